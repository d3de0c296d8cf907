"""Which language a text is written in: it, pt, fr, en, de or es, by counting function words.

No dependencies and no model file. Every word of the sample that is a common function word of a
language ("della", "não", "dans", "the", "und", "los" ...) votes for it; a word shared by several
languages ("la", "que", "in") splits its vote between them. A few letter groups that only one of
the six languages writes ("ção", "zione", "ñ", "ß" ...) add to the count. The answer is "" when fewer
than three function words were found or when two languages are too close to call.

Long texts are sampled (the start plus a slice of the middle), so a 3 MB file costs milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter

LANGUAGES = ("it", "pt", "fr", "en", "de", "es")
MIN_HITS = 3  # fewer function words than this: too little to tell
MIN_LEAD = 1.25  # the winner's score must beat the runner-up by this factor
HEAD_SAMPLE = 20_000
MIDDLE_SAMPLE = 10_000

_STOP_WORDS: dict[str, str] = {
    "it": """il lo la i gli le un una uno di del dello della dei degli delle da dal dallo dalla dai dagli
        dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra che
        chi cui non più anche come ma ed se è sono era erano stato stata stati essere ha hanno ho
        questo questa questi queste quello quella quelli loro suo sua suoi sue già ancora dopo però
        perché quando dove mentre molto tutto tutti ogni alla alle allo agli al ai verso circa oltre
        e a l dell all nell sull dall dell c ci si ne vi""",
    "pt": """o os a as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para
        e com sem que não mais como mas ou se é são foi foram ser está estão estava tem têm ter ao aos
        à às seu sua seus suas este esta estes estas esse essa isso isto ele ela eles elas já também
        após entre sobre quando onde muito todos todas cada ainda depois porque havia sua nas num numa
        pode disse segundo vai vão""",
    "fr": """le la les un une des de du au aux et est sont été être a ont avait dans en sur sous par pour
        avec sans que qui quoi dont où ne pas plus ce cette ces cet il elle ils elles leur leurs son
        sa ses se lui nous vous on mais ou donc car si aussi après entre très tout tous toutes comme
        déjà encore selon l d qu n c j s y""",
    "en": """the a an of to in on at by for from with without and or but not is are was were be been
        being has have had it its this that these those which who whom whose what will would can
        could should may might must do does did than then there their they them he she his her we
        our you your also after about into over such only more most other said""",
    "de": """der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war
        waren wird werden wurde wurden hat haben hatte zu zum zur mit von vom auf für im in an am aus
        bei nach über unter vor durch gegen sich sie er es wir ihr ihre sein seine auch noch nur schon
        wie wenn dass als auch so dieser diese dieses kann können muss mehr""",
    "es": """el la los las un una unos unas de del al en con por para sin sobre entre que no más como
        pero o y e es son fue fueron ser está están estaba ha han había su sus este esta estos estas
        ese esa eso esto él ella ellos ellas ya también después cuando donde muy todo todos cada hasta
        desde porque según se lo le les nos dijo a""",
}

# Letter groups that are typical of one language, with the weight of one sighting. Matched against
# "^word$", so "^" and "$" anchor a mark to the start or end of a word.
_MARKS: dict[str, tuple[tuple[str, float], ...]] = {
    "it": (("zione", 0.5), ("zioni", 0.5), ("ità$", 0.5), ("ì", 0.5), ("ò", 0.5), ("gli", 0.25),
           ("ggi", 0.25), ("zz", 0.25), ("cch", 0.25)),
    "pt": (("ção", 1.0), ("ções", 1.0), ("ã", 0.5), ("õ", 0.5), ("ou$", 0.25), ("lh", 0.25),
           ("nh", 0.25), ("ório", 0.5), ("ário", 0.5), ("ência", 0.5)),
    "fr": (("œ", 1.0), ("eau", 0.5), ("eux$", 0.5), ("é$", 0.25), ("ée", 0.5), ("û", 0.5), ("ù", 0.5),
           ("î", 0.5), ("oi", 0.25), ("ais$", 0.25), ("ait$", 0.25)),
    "en": (("th", 0.25), ("wh", 0.25), ("ing$", 0.25), ("ght", 0.5), ("ly$", 0.25), ("w", 0.1)),
    "de": (("ß", 1.0), ("sch", 0.5), ("ä", 0.5), ("ö", 0.25), ("ü", 0.25), ("ung$", 0.5), ("ei", 0.1)),
    "es": (("ñ", 1.0), ("ción", 1.0), ("¿", 1.0), ("¡", 1.0), ("ó$", 0.25), ("ía$", 0.25), ("dad$", 0.5)),
}

_WORD = re.compile(r"[^\W\d_]+")


def _build_weights() -> dict[str, dict[str, float]]:
    """word -> {language: share of its vote}."""
    owners: dict[str, set[str]] = {}
    for lang, words in _STOP_WORDS.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS = _build_weights()


def sample(text: str) -> str:
    """The start of a long text and a slice of its middle: enough to tell, cheap on megabytes."""
    if len(text) <= HEAD_SAMPLE + MIDDLE_SAMPLE:
        return text
    middle = len(text) // 2
    return text[:HEAD_SAMPLE] + "\n" + text[middle:middle + MIDDLE_SAMPLE]


def language_scores(text: str) -> tuple[dict[str, float], int]:
    """Score per language, and how many function words were found at all."""
    scores = dict.fromkeys(LANGUAGES, 0.0)
    hits = 0
    words = Counter(
        word.casefold() for word in _WORD.findall(sample(text))
        if len(word) == 1 or not word.isupper()  # "AI", "USA", "IL": acronyms, not function words
    )
    for word, count in words.items():
        anchored = f"^{word}$"
        shares = _WEIGHTS.get(word)
        if shares is not None:
            hits += count
            for lang, share in shares.items():
                scores[lang] += share * count
        for lang, marks in _MARKS.items():
            for mark, weight in marks:
                if mark in anchored:
                    scores[lang] += weight * count
    return scores, hits


def detect_language(text: str) -> str:
    """An ISO 639-1 code among it, pt, fr, en, de, es; "" when unsure."""
    scores, hits = language_scores(text)
    if hits < MIN_HITS:
        return ""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0 or top < second * MIN_LEAD:
        return ""
    return best

"""Numbers written in words, in it, pt, fr, en, de and es, turned into digits the figure grammar reads.

"mille miliardi di dollari" -> "1000000000000 di dollari", "tre" -> "3", "mezzo miliardo" ->
"0,5 miliardo", "un billion d'euros" -> "1 billion d'euros", "quasi la metà" -> "quasi 50 %",
"meno tre" -> "-3". Whole numbers in words are read by text2num (imported on first use); what it does
not know is here: halves and quarters, an article standing for "one" before a scale word ("un
miliardo"), "... e mezzo", minus words. Thirds and vague multitudes ("centinaia", "dozens") have no
exact value: :func:`vague` names them so the parser can say why it gives none.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from desktop.domain.figures.digits import canonical
from desktop.domain.figures.separators import decimal_comma

TEXT2NUM_LANGUAGES = frozenset({"it", "pt", "fr", "en", "de", "es"})

# An article that means "one" only before a scale or a unit: "un miliardo", "a billion", "un anno".
ONE_WORDS = frozenset({"un", "uno", "una", "un'", "a", "an", "one", "um", "uma", "une", "ein", "eine", "einen",
                       "einem", "einer"})
# Scale words text2num may not know in every language (French "billion" is 10^12 for the grammar).
SCALE_WORDS = frozenset({
    "mila", "mille", "mil", "thousand", "tausend", "milione", "milioni", "million", "millions", "milhão",
    "milhões", "millón", "millones", "millionen", "miliardo", "miliardi", "milliard", "milliards",
    "milliarde", "milliarden", "bilhão", "bilhões", "billion", "billions", "billón", "billones", "billionen",
    "trilione", "trilioni", "trillion", "trillions", "trilhão", "trilhões", "bilião", "biliões",
    "hundred", "cento", "cent", "cem", "ciento", "hundert",
})
HALF_WORDS = frozenset({"mezzo", "mezza", "meio", "meia", "demi", "demie", "medio", "media", "halbe", "halben",
                        "halber", "halb"})

_FRACTIONS = [  # (pattern, percent) read before anything else; the article is optional
    (r"(?:la\s+)?metà|(?:a\s+)?metade|(?:la\s+)?moitié|(?:la\s+)?mitad|(?:die\s+)?hälfte|half", 50),
    (r"(?:un|a|um|ein)\s+(?:quarto|quart|quarter|cuarto|viertel)", 25),
    (r"(?:tre|three|trois|três|tres|drei)\s+(?:quarti|quarts|quarters|quartos|cuartos|viertel)", 75),
]
_VAGUE = re.compile(
    r"\b(?:un\s+terzo|a\s+third|un\s+tiers|um\s+terço|un\s+tercio|ein\s+drittel|due\s+terzi|two\s+thirds|"
    r"deux\s+tiers|dois\s+terços|dos\s+tercios|zwei\s+drittel|centinaia|migliaia|decine|dozzine|hundreds|"
    r"thousands|dozens|tens\s+of|centaines|milliers|dizaines|centenas|milhares|dezenas|cientos|miles|decenas|"
    r"hunderte|tausende|dutzende|svariati|diversi|several|plusieurs|vários|varios|mehrere)\b")
_DOZEN = re.compile(r"\b(?:una\s+dozzina|a\s+dozen|une\s+douzaine|uma\s+dúzia|una\s+docena|ein\s+dutzend)\b")
# not "pelo menos 3", "au moins 3", "por lo menos 3", "al menos 3" (at least), "a menos"
_MINUS_WORD = re.compile(r"(?<![^\W\d_])(?<!pelo )(?<!au )(?<!lo )(?<!al )(?<!ao )(?<!a )(?<!du )(?<!de )"
                         r"(?:meno|menos|moins|minus)\s+(?=[0-9])")
_AND_A_HALF = re.compile(
    r"(?P<n>[0-9]+(?:[.,][0-9]+)?)\s+(?P<w>[^\W\d_]+)\s+(?:e|y|et|and\s+a|und\s+ein)\s+(?:mezzo|mezza|meio|meia|"
    r"demi|demie|medio|media|half|halb)\b")
_HALF_A = re.compile(r"(?<![^\W\d_])half\s+an?\s+([^\W\d_]+)")
_ONE_AND_A_HALF = re.compile(
    r"(?<![^\W\d_])(?:un|uno|una|a|an|one|um|uma|une|ein|eine|einen)\s+([^\W\d_]+)\s+(?:e|y|et|and\s+a|und\s+ein)\s+"
    r"(?:mezzo|mezza|meio|meia|demi|demie|medio|media|half|halb)(?![^\W\d_])")
_NUMBER_ALONE = frozenset({"mille", "mil", "cento", "cent", "cem", "ciento", "tausend", "hundert"})
_TOKEN = re.compile(r"[^\W_][\w'’-]*|[0-9]+")


@lru_cache(maxsize=4096)
def _text2num(words: str, lang: str) -> int | None:
    if lang not in TEXT2NUM_LANGUAGES:
        return None
    from text_to_num import text2num

    try:
        return int(text2num(words, lang))
    except (ValueError, TypeError):
        return None


def number_of(word: str, lang: str) -> Decimal | None:
    """One number written in words ("nove", "vingt-huit", "ventotto") or digits, else None."""
    word = word.strip().lower()
    if re.fullmatch(r"[0-9]+", word):
        return Decimal(word)
    if word in ONE_WORDS:
        return Decimal(1)
    if word in HALF_WORDS:
        return Decimal("0.5")
    value = _text2num(word, lang)
    return Decimal(value) if value is not None else None


def written(value: Decimal, lang: str) -> str:
    """Digits the grammar reads back to exactly ``value`` in ``lang``: no grouping, the language's
    decimal separator ("0,5" it, "0.5" en)."""
    text = format(canonical(value), "f")
    return text.replace(".", ",") if decimal_comma(lang) else text


def minus_words(text: str) -> str:
    """'meno 3%' -> '-3%': a minus said in words, before digits (not 'meno di 3', a bound)."""
    return _MINUS_WORD.sub("-", text.lower())


def vague(text: str) -> str | None:
    """The vague quantity word in ``text`` ("centinaia", "un terzo"), if any."""
    m = _VAGUE.search(text.lower())
    return m.group(0) if m else None


def to_digits(text: str, lang: str) -> str:
    """``text`` (lower case) with the numbers written in words replaced by digits.

    Words the grammar reads as they are (scale words after digits, currencies) are left alone.
    """
    s = text.lower().replace("’", "'")
    s = _ONE_AND_A_HALF.sub(lambda m: f"{written(Decimal('1.5'), lang)} {m.group(1)}", s)
    s = _HALF_A.sub(lambda m: f"{written(Decimal('0.5'), lang)} {m.group(1)}", s)
    for pattern, percent in _FRACTIONS:
        s = re.sub(rf"(?<![^\W\d_]){pattern}(?![^\W\d_])", f"{percent} %", s)
    s = _DOZEN.sub("12", s)
    s = _convert_runs(s, lang)
    s = _AND_A_HALF.sub(lambda m: _plus_half(m, lang), s)
    return _MINUS_WORD.sub("-", s)


def _plus_half(m: re.Match[str], lang: str) -> str:
    number = m.group("n").replace(",", ".") if decimal_comma(lang) else m.group("n").replace(",", "")
    try:
        value = Decimal(number) + Decimal("0.5")
    except ArithmeticError:
        return m.group(0)
    return f"{written(value, lang)} {m.group('w')}"


def _convert_runs(s: str, lang: str) -> str:
    tokens = list(_TOKEN.finditer(s))
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        best = None
        for j in range(min(len(tokens), i + 8), i, -1):  # the longest run of words that is one number
            words = [t.group(0) for t in tokens[i:j]]
            if any(w[0].isdigit() for w in words):
                continue
            if not all(_joinable(s, tokens[k].end(), tokens[k + 1].start()) for k in range(i, j - 1)):
                continue
            if words[0] in SCALE_WORDS and (words[0] not in _NUMBER_ALONE or (
                    i > 0 and tokens[i - 1].group(0)[0].isdigit() and _joinable(s, tokens[i - 1].end(), tokens[i].start()))):
                continue  # "miliardi" after "3" (or alone) is the grammar's scale word, not a number
            value = _run_value(words, tokens[j].group(0) if j < len(tokens) else None, lang)
            if value is not None:
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        out.append(s[pos:tokens[i].start()])
        out.append(written(value, lang))
        pos = tokens[j - 1].end()
        i = j
    out.append(s[pos:])
    return "".join(out)


def _joinable(s: str, end: int, start: int) -> bool:
    return s[end:start].strip(" ") in ("", "-")


def _run_value(words: list[str], following: str | None, lang: str) -> Decimal | None:
    first = words[0]
    if len(words) == 1 and first in ONE_WORDS:
        # "un" is "one" only before a scale or a unit word: "un miliardo", "un anno", "a decade"
        return Decimal(1) if following is not None and _counted(following) else None
    if len(words) == 1 and first in HALF_WORDS:
        return Decimal("0.5") if following is not None and _counted(following) else None
    if first in HALF_WORDS and len(words) == 2 and words[1] in SCALE_WORDS:
        return None  # "mezzo miliardo": the half alone, the scale word stays for the grammar
    if words[-1] in SCALE_WORDS and len(words) > 1 and lang == "fr" and words[-1].startswith("billion"):
        return None  # text2num does not know the French billion (10^12): the grammar does
    value = _text2num(" ".join(words), lang)
    if value is None and len(words) == 2 and first in ONE_WORDS and words[1] in SCALE_WORDS:
        return None
    return Decimal(value) if value is not None else None


UNIT_WORDS = frozenset({
    "anno", "anni", "year", "years", "an", "ans", "année", "années", "ano", "anos", "año", "años", "jahr", "jahre",
    "jahren", "mese", "mesi", "month", "months", "mois", "mês", "meses", "mes", "monat", "monate", "monaten",
    "giorno", "giorni", "day", "days", "jour", "jours", "dia", "dias", "día", "días", "tag", "tage", "tagen",
    "settimana", "settimane", "week", "weeks", "semaine", "semaines", "semana", "semanas", "woche", "wochen",
    "decennio", "decenni", "decade", "decades", "décennie", "décennies", "década", "décadas", "jahrzehnt",
    "jahrzehnte", "jahrzehnten", "secolo", "secoli", "century", "centuries", "siècle", "siècles", "século",
    "séculos", "siglo", "siglos", "jahrhundert", "jahrhunderte", "decina", "dozzina",
    "milione", "million", "milhão", "millón", "miliardo", "milliard", "milliarde", "bilhão", "billion", "billón",
    "trilione", "trillion", "trilhão", "bilião", "mld", "mln", "mrd", "mio",
})


def _counted(word: str) -> bool:
    return word in SCALE_WORDS or word in UNIT_WORDS

"""The words a figure is made of, per language: scales, currencies, percent words, bounds, ranges.

Each entry names the languages it belongs to; ``None`` means every language, including one the
parser does not know (which is read like English). Words that mean different things in different
languages are tied to their language: "billion" is 10^9 in English but 10^12 in French and German,
"mil" is a thousand only in Portuguese and Spanish, "Mio." is a German abbreviation but an Italian
word ("mine").

Bounds, a decision recorded here: "nearly / almost / quasi / quase / presque / fast / knapp" say the
true value is a little UNDER the number, so they are ``AT_MOST``; "circa / about / environ / etwa"
and friends say it is somewhere NEAR it, so they are ``ABOUT``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from desktop.domain.kinds import Bound

M = TypeVar("M", int, str, Bound)

KNOWN_LANGUAGES = frozenset({"it", "pt", "fr", "en", "de", "es"})


@dataclass(frozen=True, slots=True)
class Word(Generic[M]):
    text: str  # as written, matched case-insensitively
    meaning: M  # a power of ten for a scale, a currency code, a Bound
    langs: frozenset[str] | None = None  # None: every language

    def belongs_to(self, lang: str) -> bool:
        if self.langs is None:
            return True
        if lang in KNOWN_LANGUAGES or lang in self.langs:
            return lang in self.langs
        return "en" in self.langs  # an unknown language borrows the English readings


def _words(meaning: M, texts: Iterable[str], langs: Iterable[str] | None = None) -> list[Word[M]]:
    scope = frozenset(langs) if langs is not None else None
    return [Word(t, meaning, scope) for t in texts]


# --- scales: the power of ten a word multiplies by ------------------------------------------------

SCALES: list[Word[int]] = [
    *_words(3, ["mila", "thousand", "thousands"]),
    *_words(3, ["mille"], ["it", "fr"]),
    *_words(3, ["mil"], ["pt", "es"]),
    *_words(3, ["tsd.", "tsd", "tausend"], ["de"]),
    *_words(6, ["milione", "milioni", "mln.", "mln", "million", "millions", "mn",
                "milhão", "milhões", "milhao", "milhoes", "millones", "millón"]),
    *_words(6, ["mio.", "mio", "millionen"], ["de"]),
    *_words(9, ["mil milhões", "mil millones"], ["pt", "es"]),
    *_words(9, ["miliardo", "miliardi", "mld.", "mld", "milliard", "milliards", "milliarde", "milliarden",
                "mrd.", "mrd", "bilhão", "bilhões", "bilhao", "bilhoes", "bn"]),
    *_words(9, ["billion", "billions"], ["en", "it", "pt", "es"]),
    *_words(12, ["billón", "billones", "billon"], ["es"]),
    *_words(12, ["billion", "billions", "billionen"], ["fr", "de"]),
    *_words(12, ["bio."], ["de"]),
    *_words(12, ["trillion", "trillions", "trilione", "trilioni", "trilhão", "trilhões", "trilhao", "trilhoes",
                 "bilião", "biliões", "tn", "tln"]),
]

# Short scales that are too ambiguous alone ("10 m" is ten metres, "4K" a screen): they count only
# next to a currency, as in "$14B", "€3m", "R$ 5 bi".
SCALES_NEEDING_CURRENCY: list[Word[int]] = [
    *_words(3, ["k"]),
    *_words(6, ["m"]),
    *_words(9, ["b"]),
    *_words(12, ["t"]),
    *_words(6, ["mi"], ["pt"]),
    *_words(9, ["bi"], ["pt"]),
    *_words(12, ["tri"], ["pt"]),
    *_words(9, ["md", "mds"], ["fr"]),
]

# --- currencies -----------------------------------------------------------------------------------

# Written before the number: "$ 650 milioni", "US$1.5 billion", "R$ 2 bi", "€3m", "USD 5 million".
CURRENCY_PREFIXES: list[Word[str]] = [
    *_words("USD", ["US$", "US $", "U$", "USD", "$"]),
    *_words("BRL", ["R$", "BRL"]),
    *_words("EUR", ["€", "EUR"]),
    *_words("GBP", ["£", "GBP"]),
]

# Written after the number or scale, possibly after "di / de / d' / of".
CURRENCY_SUFFIXES: list[Word[str]] = [
    *_words("USD", ["dollari", "dollaro", "dollars", "dollar", "dólares", "dólar", "usd", "us-dollar",
                    "us-dollars", "$us", "us$", "$"]),
    *_words("EUR", ["euro", "euros", "eur", "€"]),
    *_words("BRL", ["reais", "brl"]),
    *_words("BRL", ["real"], ["pt"]),
    *_words("GBP", ["sterline", "sterlina", "sterling", "pounds sterling", "livres sterling", "libras esterlinas",
                    "pfund sterling", "gbp", "£"]),
]

# Said after a dollar word and swallowed with it: "dollari USA", "dólares americanos".
DOLLAR_QUALIFIERS = ["usa", "us", "americani", "statunitensi", "americanos", "norte-americanos", "américains"]

# --- percentages ----------------------------------------------------------------------------------

PERCENT_WORDS = ["%", "per cento", "percento", "por cento", "pour cent", "pour-cent", "percent", "per cent",
                 "prozent", "pct", "por ciento"]

# --- bounds ---------------------------------------------------------------------------------------


def _contracted(bases: Iterable[str], endings: Iterable[str]) -> list[str]:
    """'più d' + 'el' -> 'più del': Italian and Portuguese glue the article to the preposition."""
    return [b + e for b in bases for e in endings]


_IT_DI = ["i", "el", "ello", "ella", "ei", "egli", "elle", "ell'", "ell’"]
_IT_A = ["", "l", "i", "llo", "lla", "gli", "lle", "ll'", "ll’"]  # "fino a", "fino al", "fino agli", ...
_PT_DE = ["de", "do", "da", "dos", "das"]

BOUNDS: list[Word[Bound]] = [
    # about
    *_words(Bound.ABOUT, ["circa", "ca.", "~", "≈", "approx.", "about", "around", "roughly", "approximately",
                          "an estimated", "close to", "environ", "autour de", "aux alentours de",
                          "près de", "pres de", "etwa", "rund", "ungefähr", "zirka", "aproximadamente",
                          "por volta de", "em torno de", "perto de", "cerca de", "nell'ordine di",
                          "nell’ordine di", *_contracted(["intorno a", "attorno a"], _IT_A)]),
    # at least ("no less than" is matched before "less than": the longer phrase starts first)
    *_words(Bound.AT_LEAST, ["oltre", "almeno", "non meno di", "mais de", "mais do que", "pelo menos",
                             "no mínimo", "não menos de", "plus de", "plus d'", "plus d’", "au moins",
                             "pas moins de", "au-delà de", "over", "more than", "at least", "above",
                             "upwards of", "in excess of", "no less than", "not less than", "über", "mehr als",
                             "mindestens", "wenigstens", "nicht weniger als", "más de", "≥", ">",
                             *_contracted(["più d", "piu d"], _IT_DI), *_contracted(["acima "], _PT_DE)]),
    # at most ("nearly" and its kin: see the module docstring)
    *_words(Bound.AT_MOST, ["quasi", "quase", "presque", "nearly", "almost", "not quite", "knapp",
                            "al massimo", "non più di", "fino ad", "menos de", "menos do que", "até",
                            "no máximo", "moins de", "moins d'", "moins d’", "jusqu'à", "jusqu’à",
                            "jusqu'au", "jusqu’au", "au plus", "au maximum", "under", "less than", "up to",
                            "at most", "no more than", "not more than", "weniger als", "bis zu",
                            "höchstens", "maximal", "≤", "<",
                            *_contracted(["meno d"], _IT_DI), *_contracted(["fino a"], _IT_A)]),
    *_words(Bound.AT_MOST, ["fast"], ["de"]),  # "fast" is English for quick
    # Spanish
    *_words(Bound.ABOUT, ["alrededor de", "unos", "unas", "en torno a", "en torno al", "casi unos"], ["es"]),
    *_words(Bound.AT_LEAST, ["al menos", "por lo menos", "más del", "mas de", "como mínimo", "no menos de"], ["es"]),
    *_words(Bound.AT_MOST, ["casi", "hasta", "hasta el", "menos del", "como máximo", "no más de"], ["es"]),
    *_words(Bound.ABOUT, ["some"], ["en"]),
]

# Articles that may stand between a bound (or a range opener) and its number: "oltre il 40%",
# "tra il 10 e il 15%"; the elided "l'" ("oltre l'80%") is in grammar.py. Forms glued to a
# preposition ("fino al 30%") are in BOUNDS.
ARTICLES = ["il", "lo", "la", "i", "gli", "le", "un", "una", "o", "os", "as", "um", "uma", "les", "une",
            "the", "den", "die", "das", "der", "ein", "eine", "el", "los", "las", "unos", "unas"]

# --- ranges ---------------------------------------------------------------------------------------

# The word joining the two numbers of a range -> (whether an opener must come first, the openers
# it takes along). "tra 10 e 15" is a range but "10 e 15 miliardi" is two figures; "10 to 15",
# "10 à 15" and "10 bis 15" are ranges alone, and "from", "de", "von" join the span when present.
RANGE_JOINERS: dict[str, tuple[bool, frozenset[str]]] = {
    "e": (True, frozenset({"tra", "fra", "entre"})),
    "ed": (True, frozenset({"tra", "fra"})),
    "and": (True, frozenset({"between"})),
    "et": (True, frozenset({"entre"})),
    "und": (True, frozenset({"zwischen"})),
    "y": (True, frozenset({"entre"})),
    "al": (True, frozenset({"dal", "del"})),
    "a": (True, frozenset({"da", "de", "dai", "dagli"})),
    "ai": (True, frozenset({"dai"})),
    "ao": (True, frozenset({"do", "de"})),
    "to": (False, frozenset({"from"})),
    "à": (False, frozenset({"de"})),
    "bis": (False, frozenset({"von"})),
}
RANGE_OPENERS = sorted({o for _, openers in RANGE_JOINERS.values() for o in openers} | {"between", "zwischen"})


def for_language(words: Iterable[Word[M]], lang: str) -> list[Word[M]]:
    return [w for w in words if w.belongs_to(lang)]

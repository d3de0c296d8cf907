"""Reading figures: ``parse_figure`` for one expression an analyst selected, ``find_figures`` for an article.

What is read (details and word lists in vocabulary.py, digits in digits.py):

- a number as the language writes it ("100.000" it = 100000, "1,5" pt = 1.5, "100 000" fr,
  "1,000.5" en), exact as a Decimal, possibly negative ("-5%", "−5%");
- scale words after it, which multiply it ("14 miliardi", "1,5 bilhão", "2 Mrd.", "$14bn", "3 mil");
  the short ones "k", "m", "b", "t" (and pt "mi", "bi", fr "Md") only next to a currency;
- a currency before or after it ("$ 650 milioni", "29 milliards de dollars", "R$ 2 bi", "€3m") ->
  "USD", "EUR", "BRL", "GBP" ("$" is USD; a "$" glued to other letters, "C$", "A$", is left
  without a unit); or a percent ("49%", "49 per cento", "49 Prozent") -> "%";
- a bound word before it ("circa", "oltre", "quasi", "mais de", "plus de", "over", "bis zu", ...,
  optionally with an article: "oltre il 40%") or a "+" after it ("$10B+"); "nearly"-words mean
  AT_MOST (see vocabulary.py);
- a range ("tra 10 e 15 miliardi", "entre 10 e 15", "de 10 à 15", "between 10 and 15 billion",
  "10-15 bn", "zwischen 10 und 15"): value and value_max, the scale of the second number applying
  to the first when the first has none; a "range" needs value_max > value.

- for a selected expression (``parse_figure``) also: dates (dates.py), durations and ages
  (durations.py), numbers written in words (numberwords.py), signs in words ("meno 3").

What is NOT read, on purpose: ordinals and degrees ("60°", "1º", "15th", "3ème": None), numbers
glued to letters ("A320", "CO2"), times ("10:30"). A bare year is a plain number ("2016" -> 2016);
with a word that makes it a date it is a date ("nel 2016" -> 2016, granularity year). The scan of a
whole article (``find_figures``) reads amounts in digits only: it must stay fast on megabytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from desktop.domain.figures.dates import find_date
from desktop.domain.figures.durations import parse_duration
from desktop.domain.figures.model import FoundFigure, ParsedFigure
from desktop.domain.figures.numberwords import minus_words, to_digits, vague
from desktop.domain.figures.scanner import Candidate, candidates, normalise_lang
from desktop.domain.isodates import parse_reference
from desktop.domain.kinds import Bound

_YEARS = range(1900, 2101)


def parse_figure(text: str, lang: str = "en", reference: date | str | None = None) -> ParsedFigure | None:
    """The figure in an expression such as "circa 14 miliardi di dollari", or None if it holds none.

    Read in this order, the first that reads the expression wins: a date ("15 luglio 2025",
    "giovedì": relative dates count from ``reference``, the document's publication date), a duration
    or an age ("nove anni", "28enne"), an amount written in digits, an amount written in words
    ("mille miliardi di dollari", "quasi la metà"). When the text holds several amounts, the first
    that has a unit, a scale or a bound wins, else the first plain number.

    A figure the parser recognises but cannot be sure of comes back with ``value`` None and a
    ``reason``: it never guesses. Never raises.
    """
    if not text.strip():
        return None
    lang = normalise_lang(lang)
    try:
        ref = parse_reference(reference)
    except (TypeError, ValueError):
        ref = None
    found = find_date(text, lang, ref)
    if found is not None:
        return found
    found = parse_duration(text, lang)
    if found is not None:
        return found
    if _DASH_THEN_SPACE.match(text):  # "- 3.5%": a minus sign, or a dash before the number?
        return ParsedFigure(None, reason="a dash and a space before the number: a minus sign or a dash?")
    found = _amount(_spaced_groups(minus_words(text)), lang)
    if found is not None:
        return found
    if any(c.isalpha() for c in text):
        words = to_digits(text, lang)
        if words != text.lower().replace("’", "'"):
            found = _amount(words, lang)
            if found is not None:
                return found
        vague_word = vague(text)
        if vague_word is not None:
            return ParsedFigure(None, reason=f"{vague_word!r} is not an exact number")
    return None


_DASH_THEN_SPACE = re.compile(r"\s*[-−–]\s+[$€£]?\s*[0-9]")
# two groups or more, or a decimal part: "1 234.56", "1 234 567"; not "top 10 100-metre times"
_SPACED_GROUPS = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:(?: [0-9]{3}){2,}(?:[.,][0-9]+)?|(?: [0-9]{3})+[.,][0-9]+)"
                            r"(?![0-9]|-[^\W\d_])")


def _spaced_groups(text: str) -> str:
    """A selected number grouped by ordinary spaces ("1 234.56") is one number in every language, when
    it is the only number of the selection: the spaces become no-break ones, which group everywhere."""
    found = _SPACED_GROUPS.findall(text)
    if len(found) != 1 or sum(c.isdigit() for c in text) != sum(c.isdigit() for c in found[0]):
        return text
    return text.replace(found[0], found[0].replace(" ", "\u00a0"))


def _amount(text: str, lang: str) -> ParsedFigure | None:
    first: Candidate | None = None
    for candidate in candidates(text, lang):
        if _is_qualified(candidate):
            return candidate.figure
        first = first or candidate
    return first.figure if first else None


def find_figures(text: str, lang: str = "en") -> list[FoundFigure]:
    """Every money amount, percentage, count and year in running text, in order, not overlapping.

    Each span (code points, end exclusive) covers the whole expression with its bound, currency and
    scale words: "oltre 29 miliardi di dollari". Precision over recall for bare numbers: a number
    with no unit, scale or bound is kept only if it has three or more integer digits ("100.000",
    "2016", "250") and is not part of a name ("COVID-19", "F-35") or a compound ("28-year-old").
    """
    return list(iter_figures(text, lang))


def iter_figures(text: str, lang: str = "en") -> Iterator[FoundFigure]:
    """``find_figures`` one figure at a time, in order: a caller reading a long text can report how far
    it has read (``FoundFigure.end`` of ``len(text)``) and stop between two figures."""
    for c in candidates(text, lang):
        if _worth_reporting(c):
            yield FoundFigure(c.start, c.end, _as_read_alone(text, c, lang))


def _as_read_alone(text: str, c: Candidate, lang: str) -> ParsedFigure:
    """A year with words before it ("circa il 2016", "oltre l'2016") is a date, as the analyst who
    selects the same words gets from ``parse_figure``; any other figure is the scanner's."""
    value = c.figure.value
    if (c.figure.unit is not None or c.scaled_or_unit or not isinstance(value, Decimal)
            or value != value.to_integral_value() or int(value) not in _YEARS):
        return c.figure
    span = text[c.start:c.end]
    if span.isdigit():
        return c.figure
    return find_date(span, lang, None) or c.figure


def is_year(figure: ParsedFigure) -> bool:
    """A bare four-digit number between 1900 and 2100: "nel 2016"."""
    value = figure.value
    if not isinstance(value, Decimal):
        return False
    return (figure.unit is None and figure.bound is Bound.EXACT and value == value.to_integral_value()
            and int(value) in _YEARS)


def _is_qualified(c: Candidate) -> bool:
    return c.scaled_or_unit or c.figure.bound is not Bound.EXACT


def _worth_reporting(c: Candidate) -> bool:
    if _is_qualified(c) and c.figure.bound is not Bound.RANGE:
        return True
    if c.glued_to_word:
        return False
    return c.scaled_or_unit or c.integer_digits >= 3 or is_year(c.figure)

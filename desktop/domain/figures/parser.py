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

What is NOT read, on purpose: ordinals and degrees ("60°", "1º", "15th", "3ème": None), numbers
glued to letters ("28enne", "A320", "CO2"), dates and times ("15-06-2025", "10:30"), numbers
written in words ("un miliardo"). Years are plain numbers without a unit ("nel 2016" -> 2016).
"""

from __future__ import annotations

from desktop.domain.figures.model import FoundFigure, ParsedFigure
from desktop.domain.figures.scanner import Candidate, candidates
from desktop.domain.kinds import Bound

_YEARS = range(1900, 2101)


def parse_figure(text: str, lang: str = "en") -> ParsedFigure | None:
    """The figure in an expression such as "circa 14 miliardi di dollari", or None if it holds none.

    When the text holds several, the first that has a unit, a scale or a bound wins, else the first
    plain number. Never raises.
    """
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
    return [FoundFigure
(c.start, c.end, c.figure) for c in candidates(text, lang) if _worth_reporting(c)]


def is_year(figure: ParsedFigure) -> bool:
    """A bare four-digit number between 1900 and 2100: "nel 2016"."""
    value = figure.value
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

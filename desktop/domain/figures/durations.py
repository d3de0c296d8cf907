"""Durations and ages: "nove anni", "neuf années", "circa un decennio", "meno di un anno", "28enne".

A duration's unit is ``years``, ``months`` or ``days`` (weeks are counted in days, decades and
centuries in years); an age's unit is ``age`` (in years). Number words are read first (numberwords.py),
so "nove anni" is read as "9 anni". The bound words are the figure grammar's ("circa", "meno di",
"più di", "quasi", "over" ...).

An age is said so: "28enne", "ventottenne", "28-year-old", "aged 28", "âgé de 28 ans", "28 Jahre alt",
"28-jährige", "all'età di 28 anni", "com 28 anos de idade". "di 28 anni" alone is a duration: it is an
age only after a person, which the parser cannot see.

:func:`read_quantity` is also what relative dates use: "tre mesi fa" is three months before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.figures.digits import canonical
from desktop.domain.figures.grammar import grammar_for, key
from desktop.domain.figures.model import AGE, ParsedFigure
from desktop.domain.figures.numberwords import number_of, to_digits
from desktop.domain.figures.separators import decimal_comma
from desktop.domain.kinds import Bound

# word -> (unit, multiplier)
UNITS: dict[str, tuple[str, int]] = {}
for _unit, _mult, _words in [
    ("years", 1, "anno anni year years yr yrs an ans année années annee annees ano anos año años anio anios "
                 "jahr jahre jahren jahres"),
    ("months", 1, "mese mesi month months mois mês mes meses monat monate monaten monats"),
    ("days", 1, "giorno giorni day days jour jours journée journées dia dias día días tag tage tagen tages"),
    ("days", 7, "settimana settimane week weeks semaine semaines semana semanas woche wochen"),
    ("years", 10, "decennio decenni decade decades décennie décennies decennie década décadas decada "
                  "jahrzehnt jahrzehnte jahrzehnten"),
    ("years", 100, "secolo secoli century centuries siècle siècles século séculos siglo siglos "
                   "jahrhundert jahrhunderte jahrhunderten"),
]:
    for _w in _words.split():
        UNITS[_w] = (_unit, _mult)

_UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
_NUMBER = r"-?[0-9]+(?:[.,][0-9]+)?"
QUANTITY = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})?\s*-?\s*(?P<u>{_UNIT_ALT})(?![^\W\d_])")

_AGE_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:year|years)\s*-?\s*old|d['’]età|di\s+età|d['’]âge|de\s+idade|de\s+edad|alt\b|old\b|of\s+age)")
_AGE_BEFORE = re.compile(
    r"(?:aged|age|età\s+di|all['’]età\s+di|à\s+l['’]âge\s+de|âgée?s?\s+de|com|idade\s+de|edad\s+de|a\s+los|"
    r"alter\s+von|im\s+alter\s+von|at\s+the\s+age\s+of)\s*$")
_AGED = re.compile(r"(?<![^\W\d_])(?:aged|age|âgée?s?\s+de|edad\s+de|alter\s+von)\s+(?P<n>[0-9]+)(?![\w.,])")
_ENNE = re.compile(r"(?<![^\W\d_])(?P<stem>[0-9]+|[^\W\d_]+?)-?enne(?![^\W\d_])")
_JAEHRIG = re.compile(r"(?<![^\W\d_])(?P<n>[0-9]+|[^\W\d_]+?)-?jährige?[nmrs]?(?![^\W\d_])")
_YEAR_OLD = re.compile(r"(?<![^\W\d_])(?P<n>[0-9]+|[^\W\d_]+)[-\s]years?[-\s]olds?(?![^\W\d_])")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: Decimal
    unit: str  # years | months | days
    start: int  # in the digits text
    end: int
    written_unit: str


def read_quantity(text: str, lang: str) -> tuple[str, list[Quantity]]:
    """The text with its number words as digits, and every "<number> <time unit>" in it."""
    digits = to_digits(text, lang)
    found = []
    for m in QUANTITY.finditer(digits):
        word = m.group("u")
        if word == "an" and lang != "fr":
            continue  # the English article, not the French year
        unit, mult = UNITS[word]
        if m.group("n") is None:
            if mult == 1 or word.startswith(("anno", "year", "an", "ano", "año", "jahr")):
                continue  # "anni" alone is no quantity; "decennio" alone is ten years only after "un"
            continue
        value = _decimal(m.group("n"), lang)
        if value is None:
            continue
        found.append(Quantity(canonical(value * mult), unit, m.start(), m.end(), word))
    return digits, found


def _decimal(number: str, lang: str) -> Decimal | None:
    text = number.replace(",", ".") if decimal_comma(lang) else number.replace(",", "")
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def bound_before(digits: str, start: int, lang: str) -> Bound:
    """The bound word just before ``start`` ("circa", "meno di", "più di"), else EXACT."""
    g = grammar_for(lang)
    window = digits[max(0, start - 48):start]
    m = g.bound_before.match(window[::-1])
    if m is None:
        return Bound.EXACT
    return g.bounds.get(key(m.group("bound")[::-1]), Bound.EXACT)


def parse_duration(text: str, lang: str) -> ParsedFigure | None:
    """A duration or an age in a selected expression, or None when it holds neither."""
    age = _age(text, lang)
    if age is not None:
        return age
    digits, found = read_quantity(text, lang)
    if not found:
        return None
    if len(found) > 1:
        units = {q.unit for q in found}
        if units == {"years", "months"} and len(found) == 2 and found[0].unit == "years":
            total = found[0].value * 12 + found[1].value  # "due anni e tre mesi"
            return ParsedFigure(canonical(total), unit="months", bound=bound_before(digits, found[0].start, lang))
        return ParsedFigure(None, unit=found[0].unit, reason="several durations in one expression")
    q = found[0]
    if _AGE_AFTER.match(digits[q.end:]) or _AGE_BEFORE.search(digits[:q.start]):
        if q.unit == "years":
            return ParsedFigure(q.value, unit=AGE, bound=bound_before(digits, q.start, lang))
    rng = _range(digits, q, lang)
    if rng is not None:
        return rng
    return ParsedFigure(q.value, unit=q.unit, bound=bound_before(digits, q.start, lang))


def _range(digits: str, q: Quantity, lang: str) -> ParsedFigure | None:
    """'tra 5 e 10 anni', 'from 5 to 10 years', '5-10 anni': a range of the same unit."""
    m = re.search(rf"(?P<a>{_NUMBER})\s*(?:-|–|\s(?:e|ed|and|et|y|und|a|à|to|bis|al|ao)\s)\s*$",
                  digits[:q.start])
    if m is None:
        return None
    low = _decimal(m.group("a"), lang)
    if low is None:
        return None
    _, mult = UNITS[q.written_unit]
    low = canonical(low * mult)
    if low >= q.value:
        return None
    return ParsedFigure(low, q.value, unit=q.unit, bound=Bound.RANGE)


def _age(text: str, lang: str) -> ParsedFigure | None:
    s = text.lower()
    aged = _AGED.search(to_digits(s, lang))
    if aged is not None:
        return ParsedFigure(Decimal(aged.group("n")), unit=AGE)
    for pattern in (_ENNE, _JAEHRIG, _YEAR_OLD):
        m = pattern.search(s)
        if m is None:
            continue
        word = m.group(1)
        value = number_of(word, lang) if not word.isdigit() else Decimal(word)
        if value is None and pattern is _ENNE:  # "ventott-enne" -> "ventotto", "trent-enne" -> "trenta"
            value = next((v for v in (number_of(word + vowel, lang) for vowel in "oaie") if v is not None), None)
        if value is None:
            continue  # "perenne", "antenne": a word that only ends like an age
        return ParsedFigure(value, unit=AGE, bound=bound_before(s, m.start(), lang))
    return None

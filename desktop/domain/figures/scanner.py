"""Every figure-shaped expression in a text, in order, each with its span and what it says.

The scan jumps from one run of digits to the next (one fast regex search), reads the core forward
from the digits and the words before it backwards, and resumes after what it read. It never calls
the big alternations between figures, so a 3 MB article takes a fraction of a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.figures.digits import integer_digits, scaled, to_decimal
from desktop.domain.figures.grammar import Grammar, grammar_for, key
from desktop.domain.figures.model import ParsedFigure
from desktop.domain.figures.vocabulary import RANGE_JOINERS
from desktop.domain.kinds import Bound

_DIGITS = re.compile(r"[0-9]+")
_ANOTHER_DIGIT_ON_THE_LINE = re.compile(r"[^0-9\r\n]*[0-9]")  # a range never runs over a line break
_LOOKBACK = 48  # enough for "aux alentours de " + "US$ " before a number
_MINUS = "-−"
# a dash that joins two numbers needs no opener, but takes one of these along ("tra 10-15")
_DASH_OPENERS = frozenset({"tra", "fra", "entre", "between", "zwischen"})
_DASH = "-–—"


@dataclass(slots=True)  # not frozen: made once per figure of an article, and a frozen __init__ costs
class Candidate:
    start: int
    end: int
    figure: ParsedFigure
    scaled_or_unit: bool  # carries a scale word, a currency or a percent
    integer_digits: int  # of the longest number as written, before any scale
    glued_to_word: bool  # "COVID-19", "F-35", "/2048": part of a name or a path


def normalise_lang(lang: str | None) -> str:
    """'it', 'IT', 'it-IT', 'pt_BR' -> the two-letter code; nothing -> 'en'."""
    text = (lang or "").strip().lower().replace("_", "-")
    return text.split("-")[0] or "en"


def candidates(text: str, lang: str) -> Iterator[Candidate]:
    grammar = grammar_for(normalise_lang(lang))
    text = lower_keeping_offsets(text)
    floor = 0  # nothing before this belongs to the next figure
    memo: dict[tuple[re.Pattern[str], tuple[str | None, ...]], _SingleReading] = {}
    pos = 0
    while (digits := _DIGITS.search(text, pos)) is not None:
        start = digits.start()
        pos = digits.end()
        if _inside_word_or_number(text, start):
            continue
        found = _read_at(text, start, floor, grammar, memo)
        if found is not None:
            yield found
            floor = pos = found.end


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with every character at its place: "İ" (the one character whose lower case is
    two code points) becomes "i"."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.replace("\u0130", "i").lower()
    return lowered


def _inside_word_or_number(text: str, i: int) -> bool:
    if i == 0:
        return False
    before = text[i - 1]
    if before.isalnum() or before == "_":  # "A320", "CO2", "15th" continued
        return True
    # the rest of a number already read or refused: "1.5", "15-06-2025", "10:30"
    return before in ".,:/-–" and i >= 2 and text[i - 2].isdigit()


@dataclass(slots=True)
class _Core:
    match: re.Match[str]
    values: list[Decimal]
    unit: str | None
    has_scale: bool
    digits: int


def _read_at(text: str, start: int, floor: int, g: Grammar,
             memo: dict[tuple[re.Pattern[str], tuple[str | None, ...]], _SingleReading]) -> Candidate | None:
    """The figure whose first digit is at ``start``, its words before reaching back to ``floor`` at most."""
    lo = max(floor, start - _LOOKBACK)
    head, negative, prefix_unit = _sign_and_currency(text, start, lo, g)
    core, opener = _range_at(text, start, head, lo, g, prefix_unit)
    if core is None:
        core = (_single_core(text, start, g, prefix_unit, g.core_single, memo)
                or _single_core(text, start, g, prefix_unit, g.core_number, memo))
    if core is None:
        return None
    if negative:
        core.values[0] = -core.values[0]

    bound = Bound.RANGE if len(core.values) == 2 else Bound.AT_LEAST if core.match.group("plus") else Bound.EXACT
    if opener is not None:  # "tra 10 e 15": the opener starts the span; no bound word before it counts
        head = opener.start()
    else:
        bound_match = g.bound_before.match(text[max(lo, head - _LOOKBACK):head][::-1])
        if bound_match is not None:
            head -= bound_match.end()
            if bound is not Bound.RANGE:  # "circa 10-15 miliardi" stays a range
                bound = g.bounds[key(bound_match.group("bound")[::-1])]
    figure = ParsedFigure(
        value=core.values[0],
        value_max=core.values[1] if bound is Bound.RANGE else None,
        unit=core.unit,
        bound=bound,
    )
    qualified = core.has_scale or core.unit is not None
    glued = not qualified and _glued_to_word(text, start, core.match.end())
    return Candidate(head, core.match.end(), figure, qualified, core.digits, glued)


def _sign_and_currency(text: str, start: int, lo: int, g: Grammar) -> tuple[int, bool, str | None]:
    """Where the figure starts so far, whether a minus sign precedes the digits, and the unit of a
    currency written before them ("$ 650", "US$1.5", "R$ 2")."""
    negative = False
    before = start - 1
    if before >= lo and text[before] in _MINUS and (before - 1 < lo or not text[before - 1].isalnum()):
        negative, start = True, before  # "-5%", "$-2.5 billion"
    if not _may_end_currency(text, start, lo, g):
        return start, negative, None
    cur = g.currency_before.search(text, max(lo, start - 8), start)
    if cur is None:
        return start, negative, None
    head = cur.start()
    if not negative and head - 1 >= lo and text[head - 1] in _MINUS and (head - 2 < lo or not text[head - 2].isalnum()):
        negative, head = True, head - 1  # "-$2.5 billion": the sign before the currency is the number's
    return head, negative, g.prefix_currencies.get(key(cur.group("cur")))


def _may_end_currency(text: str, start: int, lo: int, g: Grammar) -> bool:
    """Cheap and never wrong when it says no: a currency written before ``start`` ends with one of the last
    letters of the language's prefix currencies, then horizontal space."""
    i = start - 1
    while i >= lo and text[i].isspace() and text[i] not in "\r\n":
        i -= 1
    return i >= lo and text[i] in g.prefix_currency_ends


def _range_at(text: str, start: int, head: int, lo: int, g: Grammar,
              prefix_unit: str | None) -> tuple[_Core | None, re.Match[str] | None]:
    """A range starting at ``start`` and the opener word that belongs to it, if any."""
    core = _range_core(text, start, g, prefix_unit)
    if core is None:
        return None, None
    opener = g.opener_before.search(text, max(lo, head - 24), head)
    allowed, keep_opener = _range_rule(core.match.group("joiner"), opener.group("opener") if opener else None)
    if not allowed:
        return None, None
    return core, opener if keep_opener else None


def _glued_to_word(text: str, start: int, end: int) -> bool:
    before = text[start - 2:start] if start >= 2 else ""
    after = text[end:end + 2]
    return ((len(before) == 2 and before[1] in "-‐" and before[0].isalpha())
            or (before[-1:] in ("/", "#", "@", "_"))
            or (len(after) == 2 and after[0] in "-‐" and after[1].isalpha()))


def _range_rule(joiner: str | None, opener: str | None) -> tuple[bool, bool]:
    """(whether the two numbers make a range, whether the opener word belongs to its span)."""
    if joiner is None:  # a dash: "10-15 bn"; "tra 10-15" takes its opener, "de 10-15%" ("of") does not
        return True, opener is not None and key(opener) in _DASH_OPENERS
    required, openers = RANGE_JOINERS[key(joiner)]
    keep = opener is not None and key(opener) in openers
    return (keep or not required), keep


def _range_core(text: str, start: int, g: Grammar, prefix_unit: str | None) -> _Core | None:
    run = _DIGITS.match(text, start)
    if run is None or _ANOTHER_DIGIT_ON_THE_LINE.match(text, run.end()) is None:
        return None  # no second number to end a range (and its big regex need not even be compiled)
    m = g.core_range.match(text, start)
    if m is None:
        return None
    first = _part_value(m, "1", g)
    second = _part_value(m, "2", g)
    if first is None or second is None:
        return None
    (v1, p1, short1, digits1), (v2, p2, short2, digits2) = first, second
    if p1 is None:  # "tra 10 e 15 miliardi": the scale of the second number applies to both
        p1 = p2
    unit = prefix_unit or _unit(m, "1", g) or _currency(m.group("cp2"), g.prefix_currencies) or _unit(m, "2", g)
    if (short1 or short2) and unit in (None, "%"):
        return None
    low, high = scaled(v1, p1 or 0), scaled(v2, p2 or 0)
    if high <= low:
        return None
    return _Core(m, [low, high], unit, p1 is not None or p2 is not None, max(digits1, digits2))


def _single_core(text: str, start: int, g: Grammar, prefix_unit: str | None, pattern: re.Pattern[str],
                 memo: dict[tuple[re.Pattern[str], tuple[str | None, ...]], _SingleReading]) -> _Core | None:
    """A single number at ``start``; ``memo`` keeps what the scan read of each core already met (an article
    writes the same years and amounts many times)."""
    m = pattern.match(text, start)
    if m is None:
        return None
    reading_key = (pattern, m.groups())  # the reading depends on the groups alone
    if reading_key in memo:
        reading = memo[reading_key]
    else:
        reading = memo[reading_key] = _single_reading(m, g)
    if reading is None:
        return None
    value, has_scale, short, digits, suffix_unit = reading
    unit = prefix_unit or suffix_unit
    if short and unit in (None, "%"):
        return None
    return _Core(m, [value], unit, has_scale, digits)


# (value with its scale, whether a scale word was read, whether that scale needs a currency, integer digits
# as written, the currency or percent written after it) or None when the digits contradict the language
_SingleReading = tuple[Decimal, bool, bool, int, str | None] | None


def _single_reading(m: re.Match[str], g: Grammar) -> _SingleReading:
    part = _part_value(m, "1", g)
    if part is None:
        return None
    value, power, short, digits = part
    return scaled(value, power or 0), power is not None, short, digits, _unit(m, "1", g)


# the groups of part "1" and part "2" of a core (grammar.py): number, scale words, percent, currency
_GROUPS = {t: (f"n{t}", f"s{t}", f"ss{t}", f"p{t}", f"c{t}") for t in ("1", "2")}


def _part_value(m: re.Match[str], t: str, g: Grammar) -> tuple[Decimal, int | None, bool, int] | None:
    """(number as written, power of ten of its scale words, whether a short scale needs a currency,
    digits of its integer part) or None when the digits contradict the language's separators."""
    n, s, ss, _, _ = _GROUPS[t]
    value = to_decimal(m.group(n), g.lang)
    if value is None:
        return None
    power, short = None, False
    if s in m.re.groupindex:  # core_number has no scale
        for word in m.group(s, ss):
            if word:
                p, needs_currency = g.scales[key(word)]
                power = (power or 0) + p
                short = short or needs_currency
    return value, power, short, integer_digits(value)


def _unit(m: re.Match[str], t: str, g: Grammar) -> str | None:
    _, _, _, p, c = _GROUPS[t]
    groups = m.re.groupindex
    if p in groups and m.group(p):
        return "%"
    if c in groups:
        return _currency(m.group(c), g.suffix_currencies)
    return None


def _currency(word: str | None, table: dict[str, str]) -> str | None:
    return table.get(key(word)) if word else None

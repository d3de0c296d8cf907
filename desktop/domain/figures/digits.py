"""Digits as written in it, pt, fr, de and en, read into exact Decimals.

it, pt, fr, de and es write "1.234.567,5" (or "1 234 567,5" with a space, a no-break space U+00A0 or
a narrow no-break space U+202F: French "100 000"); English writes "1,234,567.5"; Swiss locales group
with an apostrophe ("1'234.56"). Which language writes which comes from Babel (separators.py). A separator is
read by the language only where the text is ambiguous: "100.000" is a hundred thousand in Italian
and a hundred in English, but "2.7" (not three digits after the point) is two point seven
everywhere, and "1.000.000" (several groups) is a million everywhere. An unknown language is read
like English.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.figures.separators import decimal_comma

GROUP_SPACES = " \u00a0\u202f\u2009"
_NARROW_SPACES = "\u00a0\u202f\u2009"
APOSTROPHES = "'\u2019"
GROUP_MARKS = GROUP_SPACES + APOSTROPHES  # a separator that can only group digits, never be a decimal one


def number_pattern(tag: str, spaces_group: bool, apostrophes: bool = False) -> str:
    """A regex for one written number, captured as group ``tag``.

    Three shapes, tried in this order: digits grouped by spaces ("100 000"), digits grouped by one
    repeated "." or "," ("1.234.567,5"), plain digits with at most one separator ("2,7", "2016").
    ``spaces_group``: whether an ordinary space may group digits (not in English, where
    "top 10 100-metre times" is two numbers). A number never stops just before a digit or before
    a separator followed by a digit, so "1.5" is never read as "1".
    """
    spaces = GROUP_SPACES if spaces_group else _NARROW_SPACES
    if apostrophes:
        spaces += APOSTROPHES
    return (
        rf"(?P<{tag}>"
        rf"[0-9]{{1,3}}(?:[{spaces}][0-9]{{3}})+(?:[.,][0-9]+)?"
        rf"|[0-9]{{1,3}}(?P<{tag}sep>[.,])[0-9]{{3}}(?:(?P={tag}sep)[0-9]{{3}})*(?:[.,][0-9]+)?"
        rf"|[0-9]+(?:[.,][0-9]+)?"
        rf")(?![0-9°ºª]|[.,][0-9])"
    )


def to_decimal(token: str, lang: str) -> Decimal | None:
    """The value of a token matched by ``number_pattern``, or None when its separators contradict."""
    if token.isdigit():  # plain digits, most numbers of an article ("2016", "49"): the pattern allows [0-9] only
        return Decimal(token)
    spaced = any(c in GROUP_MARKS for c in token)
    body = "".join(c for c in token if c not in GROUP_MARKS)
    seps = [(i, c) for i, c in enumerate(body) if c in ".,"]
    if not seps:
        return Decimal(body)
    if spaced:  # the groups are spaces, so a remaining separator can only be the decimal one
        if len(seps) > 1:
            return None
        return _with_point(body, seps[-1][0])
    kinds = {c for _, c in seps}
    if len(kinds) == 2:  # "1.234,5" / "1,234.5": the last separator is the decimal one
        last_index, last = seps[-1]
        if any(c == last for _, c in seps[:-1]):
            return None
        return _with_point(body.replace(seps[0][1], "", len(seps) - 1), last_index - (len(seps) - 1))
    if len(seps) > 1:  # "1.000.000": several groups, so thousands
        return Decimal(body.replace(seps[0][1], ""))
    index, sep = seps[0]
    head, tail = body[:index], body[index + 1:]
    if len(tail) != 3 or len(head) > 3 or head.startswith("0"):
        return _with_point(body, index)  # cannot be a thousands group: a decimal separator
    thousands = "." if _decimal_comma(lang) else ","
    return Decimal(head + tail) if sep == thousands else _with_point(body, index)


def _with_point(body: str, index: int) -> Decimal:
    return Decimal(body[:index].replace(".", "").replace(",", "") + "." + body[index + 1:])


def _decimal_comma(lang: str) -> bool:
    return decimal_comma(lang)


def scaled(value: Decimal, power: int) -> Decimal:
    """``value`` times 10**power, exactly (no context rounding, whatever the number of digits)."""
    sign, digits, exponent = value.as_tuple()
    if exponent == 0 and power >= 0 and not sign:  # a whole number as read ("14", "2016"): no fraction to trim
        return value if power == 0 else Decimal(int(value) * 10**power)
    assert isinstance(exponent, int)
    return canonical(Decimal((sign, digits, exponent + power)))


def canonical(value: Decimal) -> Decimal:
    """The same number with no exponent and no trailing fractional zeros: 2.7E+9 -> 2700000000, 1.50 -> 1.5."""
    sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    digits = list(digit_tuple)
    if not any(digits):
        return Decimal(0)
    while exponent < 0 and digits[-1] == 0:
        digits.pop()
        exponent += 1
    if exponent > 0:
        digits.extend([0] * exponent)
        exponent = 0
    return Decimal((sign, tuple(digits), exponent))


def integer_digits(value: Decimal) -> int:
    """How many digits the integer part of ``value`` has: 100000 -> 6, 2.7 -> 1, 0.5 -> 0."""
    return 0 if value.is_zero() else max(0, value.adjusted() + 1)

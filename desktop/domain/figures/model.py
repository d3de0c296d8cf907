"""What the figure parser reads out of an expression such as "circa 14 miliardi di dollari".

A figure is an amount (``value`` a Decimal: money, a percentage, a count, a duration, an age) or a
date (``unit`` "date", ``value`` an ISO 8601 string whose form is its granularity: "2025-06-12",
"2024-09", "2025"). When the parser recognises what kind of figure it is but cannot be sure of its
value (a weekday without a publication date to count back from), ``value`` is None and ``reason``
says why: it never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal

from desktop.domain.kinds import Bound

DATE = "date"
DURATION_UNITS = ("years", "months", "days")
AGE = "age"


@dataclass(frozen=True, slots=True)
class ParsedFigure:
    value: Decimal | str | None
    value_max: Decimal | str | None = None  # set when bound is RANGE
    unit: str | None = None  # "USD", "EUR", "BRL", "GBP", "%", "date", "years", "months", "days", "age", None
    bound: Bound = Bound.EXACT
    granularity: str | None = None  # a date's: "day", "month" or "year"
    reason: str | None = None  # why there is no value, when there is none

    @property
    def is_date(self) -> bool:
        return self.unit == DATE

    def stored_value(self) -> str | None:
        """The value as an annotation stores it: a plain decimal string or an ISO date."""
        return _text(self.value)

    def stored_value_max(self) -> str | None:
        return _text(self.value_max)

    def to_json(self) -> dict[str, str | None]:
        data: dict[str, str | None] = {
            "value": _text(self.value),
            "value_max": _text(self.value_max),
            "unit": self.unit,
        }
        if self.is_date:
            data["granularity"] = self.granularity
        data["bound"] = self.bound.value
        if self.reason:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure found in running text: where it is (code points, end exclusive) and what it says."""

    start: int
    end: int
    figure: ParsedFigure


def _text(value: Decimal | str | None) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else format_decimal(value)


def format_decimal(value: Decimal) -> str:
    """A plain decimal string without exponent or trailing zeros: 14000000000, 1.5, 49."""
    exact = Context(prec=max(1, len(value.as_tuple().digits)))  # never round, whatever the size
    text = format(value.normalize(exact), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"

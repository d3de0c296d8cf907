"""What the figure parser reads out of an expression such as "circa 14 miliardi di dollari"."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal

from desktop.domain.kinds import Bound


@dataclass(frozen=True, slots=True)
class ParsedFigure:
    value: Decimal
    value_max: Decimal | None = None  # set when bound is RANGE
    unit: str | None = None  # "USD", "EUR", "BRL", "%", or None for a plain count
    bound: Bound = Bound.EXACT

    def to_json(self) -> dict[str, str | None]:
        return {
            "value": format_decimal(self.value),
            "value_max": format_decimal(self.value_max) if self.value_max is not None else None,
            "unit": self.unit,
            "bound": self.bound.value,
        }


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure found in running text: where it is (code points, end exclusive) and what it says."""

    start: int
    end: int
    figure: ParsedFigure


def format_decimal(value: Decimal) -> str:
    """A plain decimal string without exponent or trailing zeros: 14000000000, 1.5, 49."""
    exact = Context(prec=max(1, len(value.as_tuple().digits)))  # never round, whatever the size
    text = format(value.normalize(exact), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"

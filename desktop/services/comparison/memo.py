"""What one comparison of measures works out once per distinct stored text, not once per annotation: a desk's
thousands of figures repeat a few values, bounds and sources."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import NamedTuple

from desktop.domain.intervals import Interval, interval_for
from desktop.services.comparison.amounts import compact_figure
from desktop.services.comparison.sources import source_tag

_BOUND_ORDER = {"at_most": 0, "about": 1, "exact": 2, "range": 3, "at_least": 4}

# One figure as read for the comparison (a plain row, not an ORM object), its sort key first:
# (document label, start, end, id, document id, quote, value, value_max, unit, bound, status, attributed_to,
#  document title, outlet, reliability, author name). Ids are unique, so plain tuple order is the sort order.
FigureRow = tuple[str, int, int, str, int, str, "str | None", "str | None", "str | None", "str | None", str,
                  "str | None", str, str, "str | None", str]


def _decimal(text: str | None) -> Decimal | None:
    """A stored value as a Decimal; None when missing or unreadable (then it is listed, not compared)."""
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def unit_key(unit: str | None) -> str:
    return (unit or "").strip().casefold()


class Figure(NamedTuple):
    """One distinct figure as stored (value, value_max, unit, bound: the texts), worked out once per comparison:
    sources repeat figures."""

    value: Decimal | None
    value_max: Decimal | None
    unit_key: str
    interval: Interval | None
    sort_key: tuple[Decimal, Decimal, int] | None  # its place in the summary
    compact: str  # "~$14B"


figure_key = itemgetter(6, 7, 8, 9)  # of a FigureRow: (value, value_max, unit, bound) as stored


class Memo:
    """What one comparison works out once per distinct stored text, not once per annotation: a desk's
    thousands of figures repeat a few values, bounds and sources."""

    def __init__(self, tol: Decimal) -> None:
        self.tol = tol
        self.decimals: dict[str | None, Decimal | None] = {None: None, "": None}
        self.figures: dict[tuple[str | None, str | None, str | None, str | None], Figure] = {}
        self.tags: dict[tuple[int, str | None], str] = {}

    def decimal(self, text: str | None) -> Decimal | None:
        try:
            return self.decimals[text]
        except KeyError:
            value = self.decimals[text] = _decimal(text)
            return value

    def figure(self, key: tuple[str | None, str | None, str | None, str | None]) -> Figure:
        found = self.figures.get(key)
        if found is None:
            value_text, max_text, unit, bound = key
            value, value_max = self.decimal(value_text), self.decimal(max_text)
            if value is None:
                found = Figure(None, value_max, unit_key(unit), None, None, "")
            else:
                found = Figure(
                    value, value_max, unit_key(unit), interval_for(value, value_max, bound, self.tol),
                    (value, value_max if value_max is not None else value, _BOUND_ORDER.get(bound or "exact", 2)),
                    compact_figure(value, value_max, unit, bound))
            self.figures[key] = found
        return found

    def tag(self, row: FigureRow) -> str:
        """``source_tag`` of the figure in ``row``, once per (document, attribution)."""
        key = (row[4], row[11])
        tag = self.tags.get(key)
        if tag is None:
            tag = self.tags[key] = source_tag(row[0], row[11], row[13])
        return tag

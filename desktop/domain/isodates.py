"""Dates as the figures store them: ISO 8601 at one of three granularities.

``2025-06-12`` is a day, ``2024-09`` a month, ``2025`` a year: the form of the string IS the
granularity, so a stored value needs no other column to say how precise it is. A date stands for
every day it covers (a month, all of its days), which is what the disagreement rule compares:
"settembre 2024" and "2024-09-15" can both be true, "2024" and "2025-06-12" cannot.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.domain.intervals import Interval

DAY, MONTH, YEAR = "day", "month", "year"
GRANULARITIES = (DAY, MONTH, YEAR)

_ISO = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?")


def granularity_of(value: str | None) -> str | None:
    """'2025-06-12' -> 'day', '2024-09' -> 'month', '2025' -> 'year'; None for anything else."""
    parsed = parse_iso(value)
    return parsed[1] if parsed else None


def parse_iso(value: str | None) -> tuple[date, str] | None:
    """The first day an ISO value covers and its granularity, or None when it is not a valid date."""
    if not isinstance(value, str):
        return None
    m = _ISO.fullmatch(value.strip())
    if m is None:
        return None
    year = int(m["y"])
    if year < 1:
        return None
    try:
        if m["d"]:
            return date(year, int(m["m"]), int(m["d"])), DAY
        if m["m"]:
            return date(year, int(m["m"]), 1), MONTH
    except ValueError:
        return None
    return date(year, 1, 1), YEAR


def is_iso_date(value: str | None) -> bool:
    return parse_iso(value) is not None


def iso(day: date, granularity: str) -> str:
    """The ISO form of ``day`` at a granularity: (2025-06-12, 'month') -> '2025-06'."""
    if granularity == YEAR:
        return f"{day.year:04d}"
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def span(value: str) -> tuple[date, date]:
    """The first and the last day an ISO value covers: '2024-09' -> (2024-09-01, 2024-09-30)."""
    parsed = parse_iso(value)
    if parsed is None:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).")
    first, granularity = parsed
    if granularity == DAY:
        return first, first
    if granularity == MONTH:
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, date(first.year, 12, 31)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day of the month clipped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def parse_reference(value: str | date | None) -> date | None:
    """A publication date as documents store it ('2025-06-14', '2025-06-14T09:00:00Z') -> a date."""
    if isinstance(value, date):
        return value
    if not value:
        return None
    parsed = parse_iso(str(value).strip()[:10])
    return parsed[0] if parsed and parsed[1] == DAY else None


def date_interval(value: str, value_max: str | None, bound: str | None) -> Interval:
    """The days a dated figure allows, as an ``intervals.Interval`` of day ordinals (``date.toordinal``).

    The comparison's rule, at the date's granularity: exact "2024-09" -> every day of September 2024;
    about -> one more unit of its granularity either side ("about 2015" -> 2014 to 2016); at_least ->
    from its first day on; at_most -> up to its last day; range -> first day of the value to the last
    day of value_max. Two dates disagree when their intervals do not meet.
    """
    from decimal import Decimal

    from desktop.domain.intervals import Interval

    first, last = span(value)
    granularity = granularity_of(value)
    bound = bound or "exact"
    if bound == "range" and value_max:
        last = span(value_max)[1]
    elif bound == "about":
        if granularity == YEAR:
            first, last = date(first.year - 1, 1, 1), date(last.year + 1, 12, 31)
        elif granularity == MONTH:
            first = add_months(first, -1)
            last = span(iso(add_months(last.replace(day=1), 1), MONTH))[1]
        else:
            first, last = first - timedelta(days=1), last + timedelta(days=1)
    low = None if bound == "at_most" else Decimal(first.toordinal())
    high = None if bound == "at_least" else Decimal(last.toordinal())
    return Interval(low, high)

"""Numbers and dates as the reader's language writes them, for the Qt-free core (Babel / CLDR).

The language is ``desktop.i18n.current_language()``: the window's, or the one a command chose (``dossier
--lang it``). English keeps the forms Evidence Desk always wrote (callers pass them as ``english``), so an
English dossier is byte for byte what it was; every other language gets CLDR's digits, separators and
month names: "14.000.000.000", "1,5", "15 luglio 2025", "14 Mld USD".
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.i18n import current_language, is_source_language

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
UNGROUPED_DIGITS = 4  # "2016" is a year more often than an amount: four digits are never grouped


def _as_decimal(value: Decimal | int | float | str) -> Decimal | None:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def number(value: Decimal | int | float | str, english: str | None = None) -> str:
    """Every digit of ``value`` ("14.000.000.000", "-2.500,75", "2016"); ``english`` in English (default: as is)."""
    if is_source_language():
        return english if english is not None else str(value)
    decimal = _as_decimal(value)
    if decimal is None:
        return str(value)
    from babel.numbers import format_decimal

    whole_digits = len(str(abs(decimal).to_integral_value(rounding="ROUND_DOWN")))
    exponent = decimal.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = None if places == 0 else "#,##0." + "0" * places
    return format_decimal(decimal, format=pattern, locale=current_language(),
                          group_separator=whole_digits > UNGROUPED_DIGITS)


def compact_amount(value: Decimal, unit: str | None, english: str) -> str:
    """A figure summarised for a reader: "14 Mld USD" (it), "14 Mrd. $" (de); ``english`` ("$14B") in English."""
    if is_source_language():
        return english
    from babel.numbers import format_compact_currency, format_compact_decimal

    lang = current_language()
    if unit == "%":
        return percent(value)
    if unit and len(unit) == 3 and unit.isalpha() and unit.isupper() and abs(value) >= 1000:
        return format_compact_currency(value, unit, locale=lang, fraction_digits=2)
    if abs(value) >= 1_000_000:
        text = format_compact_decimal(value, locale=lang, fraction_digits=2)
    else:
        text = number(value)
    return f"{text} {unit}" if unit else text


def percent(value: Decimal | int | float | str, english: str | None = None) -> str:
    """49 -> "49%" (it), "49 %" (fr, de, es); ``english`` in English (default: "49%")."""
    if is_source_language():
        return english if english is not None else f"{value}%"
    from babel.numbers import format_percent

    decimal = _as_decimal(value)
    if decimal is None:
        return f"{value}%"
    return format_percent(decimal / 100, locale=current_language(), decimal_quantization=False)


def iso_date(iso: str, english: str | None = None) -> str:
    """An ISO date at its own precision: "2025-07-15" -> "15 luglio 2025", "2025-07" -> "luglio 2025",
    "2025" stays; in English ``english`` (default: the ISO text as it is)."""
    if is_source_language():
        return english if english is not None else iso
    from babel.dates import format_date

    text = (iso or "").strip()
    lang = current_language()
    try:
        day = _DAY.match(text)
        if day:
            return format_date(date(int(day[1]), int(day[2]), int(day[3])), "long", locale=lang)
        month = _MONTH.match(text)
        if month:
            return format_date(date(int(month[1]), int(month[2]), 1), "LLLL y", locale=lang)
    except ValueError:
        return text
    return text


def month_tick(year: int, month: int, english: str) -> str:
    """A time axis tick: "2025-07" in English, "lug 2025" in Italian."""
    if is_source_language():
        return english
    from babel.dates import format_date

    return format_date(date(year, month, 1), "LLL y", locale=current_language())


def timestamp(iso: str, english: str) -> str:
    """A stored UTC time ("2026-11-21T10:12:00Z") as "21 nov 2026, 10:12" (still UTC); ``english`` in English."""
    if is_source_language():
        return english
    from babel.dates import format_date

    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})", (iso or "").strip())
    if not match:
        return english
    year, month, day, hour, minute = (int(part) for part in match.groups())
    try:
        day_text = format_date(date(year, month, day), "medium", locale=current_language())
    except ValueError:
        return english
    return f"{day_text}, {hour:02d}:{minute:02d}"

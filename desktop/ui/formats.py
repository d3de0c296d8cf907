"""Numbers and dates as the reader's locale writes them (``QLocale()``: the default ``apply_language`` set).

Stored values stay ISO 8601 and plain numbers; these only decide how the window shows them: 12.345 or
12 345; 12/06/25 or 12.06.25; "luglio 2025" for a month. A partial date keeps its precision. In English,
the source language, the window keeps the forms it always showed: ISO dates and thin-space digit groups.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from desktop.i18n import is_source_language

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def number(value: int | float, decimals: int = -1) -> str:
    """12345 -> "12.345" in Italian, "12,345" in English."""
    if is_source_language() and isinstance(value, int):
        return f"{value:,}".replace(",", "\u2009")  # thin space: 12 345
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if decimals < 0:
        return locale.toString(value, "g", 15)
    return locale.toString(value, "f", decimals)


def date(iso: str, long: bool = False) -> str:
    """An ISO date at its own precision: "2025-06-12" -> "12/06/25" (it, short) or "12 giugno 2025" (long);
    "2025-06" -> "giugno 2025"; "2025" stays; anything else is shown as it is."""
    text = (iso or "").strip()
    if is_source_language():
        return text
    locale = QLocale()
    day = _DAY.match(text)
    if day:
        value = QDate(int(day[1]), int(day[2]), int(day[3]))
        if value.isValid():
            return locale.toString(value, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)
    month = _MONTH.match(text)
    if month and 1 <= int(month[2]) <= 12:
        return f"{locale.standaloneMonthName(int(month[2]))} {month[1]}"
    return text


def timestamp(iso: str) -> str:
    """A stored UTC timestamp ("2026-11-21T10:12:00Z") in local time, as the locale writes date and time."""
    if is_source_language():
        return iso
    value = QDateTime.fromString((iso or "").replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not value.isValid():
        value = QDateTime.fromString((iso or "").replace("Z", "+00:00"), Qt.DateFormat.ISODate)
    if not value.isValid():
        return iso
    return QLocale().toString(value.toLocalTime(), QLocale.FormatType.ShortFormat)

"""Figures in few characters for a reader: "$14B", "~$14B", "$10B+", "≤50%", "$10B–$15B"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from desktop.domain import localized
from desktop.domain.words import unit_word
from desktop.i18n import Context
from desktop.services.comparison.results import FigureValue

Comparison = Context("Comparison")

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "BRL": "R$", "JPY": "¥", "CHF": "CHF "}
_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))


def _plain(number: Decimal, decimals: int = 2) -> str:
    text = f"{round(number, decimals):,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def compact_amount(value: Decimal, unit: str | None) -> str:
    """14000000000 USD -> "$14B"; 3000000 EUR -> "€3M"; 49 % -> "49%"; 1500 -> "1,500"."""
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    number = None
    if unit != "%":
        for scale, suffix in _SCALES:
            if magnitude >= scale:
                number = _plain(magnitude / scale) + suffix
                break
    if number is None:
        number = _plain(magnitude)
    if unit == "%":
        english = f"{sign}{number}%"
    elif unit in CURRENCY_SYMBOLS:
        english = f"{sign}{CURRENCY_SYMBOLS[unit]}{number}"
    else:
        english = f"{sign}{number} {unit}" if unit else f"{sign}{number}"
    return localized.compact_amount(value, unit_word(unit) if unit else unit, english)


def compact_figure(value: Decimal | str | None, value_max: Decimal | str | None, unit: str | None,
                   bound: str | None) -> str:
    """A figure summarised for a reader (the dossier, the line-up): "$29B", "~$14B", "$10B+", "≤50%",
    "$10B–$15B"; "no value" when nothing was read. One annotation's figure as read, every digit, is
    ``desktop.domain.figures.wording.figure_text``."""
    value, value_max = _as_decimal(value), _as_decimal(value_max)
    if value is None:
        return Comparison.tr("no value")
    text = compact_amount(value, unit)
    if bound == "about":
        return f"~{text}"
    if bound == "at_least":
        return f"{text}+"
    if bound == "at_most":
        return f"≤{text}"
    if bound == "range" and value_max is not None:
        return f"{text}–{compact_amount(value_max, unit)}"
    return text


def _as_decimal(value: Decimal | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))



def compact_memo() -> Callable[[FigureValue], str]:
    """``compact_figure`` of a value, made once per (value, maximum, unit, bound) in one comparison: sources
    repeat a few figures. Zero is not kept (-0 equals 0 as a key, yet shows as "-0")."""
    made: dict[tuple[Decimal | None, Decimal | None, str | None, str | None], str] = {}

    def compact(v: FigureValue) -> str:
        key = (v.value, v.value_max, v.unit, v.bound)
        text = made.get(key)
        if text is None:
            text = compact_figure(v.value, v.value_max, v.unit, v.bound)
            if v.value and (v.value_max is None or v.value_max):
                made[key] = text
        return text

    return compact

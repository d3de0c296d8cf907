"""Figures as a reader sees them ("$14B", "~$15B", "$10B+", "≤50%", "$10B–$15B", "49%"): the same
wording as the comparison's summaries, whose formatter this wraps for the dossier's decimal strings."""

from __future__ import annotations

from decimal import Decimal

from desktop.services.comparison import compact_amount, compact_figure


def to_decimal(text: str | Decimal | None) -> Decimal | None:
    if text is None or text == "":
        return None
    return text if isinstance(text, Decimal) else Decimal(str(text))


def amount_text(value: Decimal, unit: str | None) -> str:
    """One amount with its unit, scaled: 14000000000 USD -> "$14B", 49 % -> "49%", 1500 -> "1,500"."""
    return compact_amount(value, unit)


def figure_text(value: Decimal | str | None, value_max: Decimal | str | None, unit: str | None,
                bound: str | None) -> str:
    """A figure with its bound: exact "$29B", about "~$14B", at_least "$10B+", at_most "≤$10B", range "$1B–$2B"."""
    return compact_figure(to_decimal(value), to_decimal(value_max), unit, bound)

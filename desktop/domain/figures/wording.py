"""How ONE figure reads when an analyst checks it against its quote: every digit, the unit as stored.

``figure_text("14000000000", None, "USD", "about")`` -> "14 000 000 000 USD (about)". This is the figure of
an annotation wherever the app shows one (list, panel, status bar, history, line-up docks). A *summary* of
figures for a reader (the dossier, the line-up chart: "~$14B") is another thing with another name,
``desktop.services.comparison.compact_figure``.
"""

from __future__ import annotations

from decimal import Decimal

BOUND_WORDS = {"exact": "exact", "about": "about", "at_least": "at least", "at_most": "at most", "range": "range"}


def group_digits(value: str | Decimal) -> str:
    """'14000000000' -> '14 000 000 000'; '1.5' stays '1.5'; '-2500.75' -> '-2 500.75' (4 digits stay: '2016')."""
    text = str(value)
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    if whole.isdigit() and len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", " ")
    return f"{sign}{whole}{dot}{fraction}"


def amount_with_unit(value: str | Decimal, value_max: str | Decimal | None, unit: str | None) -> str:
    """'14 000 000 000 USD', '49%', '10 000–15 000 EUR'."""
    amount = group_digits(value)
    if value_max is not None:
        amount += "–" + group_digits(value_max)
    if unit == "%":
        return amount + "%"
    return f"{amount} {unit}" if unit else amount


def figure_text(value: str | Decimal | None, value_max: str | Decimal | None, unit: str | None,
                bound: str | None) -> str:
    """'14 000 000 000 USD (about)', '49%', '10 000–15 000 EUR (range)'; '' when no value was read."""
    if value is None:
        return ""
    amount = amount_with_unit(value, value_max, unit)
    if bound and bound != "exact":
        amount += f" ({BOUND_WORDS.get(bound, bound)})"
    return amount

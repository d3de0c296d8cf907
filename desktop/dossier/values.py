"""Stored figure values (decimal strings) as numbers, for the dossier's charts."""

from __future__ import annotations

from decimal import Decimal


def to_decimal(text: str | Decimal | None) -> Decimal | None:
    if text is None or text == "":
        return None
    return text if isinstance(text, Decimal) else Decimal(str(text))

"""Stable keys made from labels: "Meta's investment in Scale AI" -> "metas-investment-in-scale-ai"."""

from __future__ import annotations

import re
import unicodedata


def slugify(label: str, max_length: int = 60) -> str:
    folded = unicodedata.normalize("NFKD", label)
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return slug[:max_length].rstrip("-") or "item"


def unique_key(base: str, taken: set[str]) -> str:
    """Return base, or base-2, base-3 ... whichever is not in taken."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"

"""Comparing names the way an analyst means them: case-, accent- and spacing-insensitive."""

from __future__ import annotations

import functools
import re
import unicodedata


@functools.lru_cache(maxsize=65536)  # names and labels are folded again and again
def fold(text: str) -> str:
    """'Scale  AI', 'scale ai' and 'Scàle AI' all fold to 'scale ai'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()

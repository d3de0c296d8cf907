"""Short source labels used wherever sources are listed: the seed file's number or "D<id>"."""

from __future__ import annotations

import re

_LEADING_DIGITS = re.compile(r"\d+")


def document_label(document_id: int, source_name: str | None) -> str:
    """The seed file's number ("000") when the file name starts with digits, else "D<id>"."""
    digits = _LEADING_DIGITS.match(source_name or "")
    return digits.group(0) if digits else f"D{document_id}"

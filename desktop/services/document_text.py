"""A document's stored text checked against its SHA-256, and its page starts: plain values, no database.

Shared by the reads of ``documents`` and ``read_models``.
"""

from __future__ import annotations

import hashlib
import json

from desktop.storage.errors import DamagedData
from desktop.storage.integrity import text_mismatch_message


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def verified_text(document_id: int, title: str, text: str, sha256: str) -> str:
    """``text``, once it is checked to still hash to the SHA-256 stored with it. An export that prints the hash
    next to the text calls this first: DamagedData names the document and nothing is written."""
    actual = sha256_of(text)
    if actual != sha256:
        raise DamagedData(f"{text_mismatch_message(document_id, title, sha256, actual)} Nothing was written; "
                          "re-import the original or run `evidence-desk --project FILE check`.")
    return text


def page_starts_of(value: str) -> tuple[int, ...]:
    if not value:
        return ()
    try:
        return tuple(int(v) for v in json.loads(value))
    except (ValueError, TypeError):
        return ()

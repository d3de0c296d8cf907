"""Source labels for the line-up views (the rule lives in desktop.domain.labels)."""

from __future__ import annotations

from desktop.domain.labels import document_label
from desktop.services.documents import document_labels

__all__ = ["document_label", "document_labels", "mentions_text"]  # the line-up views take all three here


def mentions_text(per_document: dict[int, int], labels: dict[int, str]) -> str:
    """{1: 3, 5: 5} -> "000:3 · 004:5" (by label)."""
    parts = sorted((labels.get(doc_id, f"D{doc_id}"), n) for doc_id, n in per_document.items())
    return " · ".join(f"{label}:{n}" for label, n in parts)

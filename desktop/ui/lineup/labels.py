"""Short source labels ("000", "004", "D7") for every document, as the comparison and the dossier
write them.

No service lists the documents' file names (``DocumentSummary`` has no ``source_name``), so this
one read lives here until ``desktop.services.documents`` offers it; it is a read, never a write.
The rule is ``desktop.services.comparison.document_label``'s, repeated here because the register
and the suggestions load at start-up and the comparison module must not (it loads on first use);
a test checks that the two agree.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from desktop.storage.models import Document
from desktop.storage.project import Project

_LEADING_DIGITS = re.compile(r"\d+")


def document_label(document_id: int, source_name: str | None) -> str:
    """The seed file's number ("000") when the file name starts with digits, else "D<id>"."""
    digits = _LEADING_DIGITS.match(source_name or "")
    return digits.group(0) if digits else f"D{document_id}"


def document_labels(project: Project) -> dict[int, str]:
    """{document id: label} for every document of the project."""
    with project.read() as s:
        rows = s.execute(select(Document.id, Document.source_name).order_by(Document.id)).all()
    return {doc_id: document_label(doc_id, source) for doc_id, source in rows}


def mentions_text(per_document: dict[int, int], labels: dict[int, str]) -> str:
    """{1: 3, 5: 5} -> "000:3 · 004:5" (by label)."""
    parts = sorted((labels.get(doc_id, f"D{doc_id}"), n) for doc_id, n in per_document.items())
    return " · ".join(f"{label}:{n}" for label, n in parts)

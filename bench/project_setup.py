"""A real project file holding the benchmark document and its annotations (no Qt here)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from desktop.domain.anchoring import anchor_for
from desktop.domain.spans import Span
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document
from desktop.storage.models import Annotation
from desktop.storage.project import Project, open_project

CREATED = "2025-06-13T09:00:00+00:00"


def make_project(path: Path, text: str, spans: list[Span]) -> tuple[Project, int]:
    """Create a project at ``path`` with the document and ``spans`` as annotations (one bulk insert)."""
    project = open_project(path)
    author_id = ensure_author(project, "bench-author", "Bench").value
    document_id = add_document(project, text, title="Benchmark article", language="it").value
    rows = []
    for span in spans:
        anchor = anchor_for(text, span.start, span.end)
        rows.append({
            "id": span.id, "document_id": document_id, "start": span.start, "end": span.end,
            "quote": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix, "kind": span.kind,
            "author_id": author_id, "created": CREATED, "modified": CREATED, "status": "proposed",
            "note": "", "machine_read": False,
        })
    with project.transaction() as s:
        s.execute(insert(Annotation), rows)
    return project, document_id

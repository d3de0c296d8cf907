"""Documents: add (deduplicated by SHA-256), list, read, edit metadata, grade."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.labels import document_label
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.storage.models import Annotation, Document
from desktop.storage.project import Project

METADATA_FIELDS = frozenset({"title", "language", "outlet", "url", "published", "reliability"})


class DuplicateDocumentError(ValueError):
    def __init__(self, existing_id: int, title: str) -> None:
        super().__init__(f"This text is already in the project as “{title}” (same SHA-256); it was not added again.")
        self.existing_id = existing_id


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    language: str
    outlet: str
    url: str
    published: str
    sha256: str
    char_count: int
    reliability: str | None
    annotation_count: int

    def to_json(self) -> dict:
        return {
            "id": self.id, "title": self.title, "language": self.language, "outlet": self.outlet,
            "url": self.url, "published": self.published, "sha256": self.sha256,
            "characters": self.char_count, "reliability": self.reliability,
            "annotations": self.annotation_count,
        }


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_document(
    project: Project, text: str, *, title: str = "", language: str = "", outlet: str = "", url: str = "",
    published: str = "", source_name: str = "", author_id: int | None = None,
) -> Outcome[int]:
    digest = sha256_of(text)
    with project.transaction() as s:
        existing = s.scalar(select(Document).where(Document.sha256 == digest))
        if existing is not None:
            raise DuplicateDocumentError(existing.id, existing.title)
        doc = Document(
            title=title or source_name or "Untitled", language=language, outlet=outlet, url=url,
            published=published, text=text, sha256=digest, char_count=len(text),
            source_name=source_name, imported=now_iso(),
        )
        s.add(doc)
        s.flush()
        record(s, "import", "document", doc.id, author_id, sha256=digest, source=source_name)
        return Outcome(doc.id, Changes(documents=frozenset({doc.id})))


def update_document(project: Project, document_id: int, author_id: int | None = None, **fields: str | None) -> Outcome[dict]:
    """Edit metadata (title, language, outlet, url, published, reliability). Returns old values for undo."""
    unknown = set(fields) - METADATA_FIELDS
    if unknown:
        raise ValueError(f"Unknown document fields: {', '.join(sorted(unknown))}")
    if "reliability" in fields:
        grade = (fields["reliability"] or "").strip().upper() or None
        if grade is not None and grade not in RELIABILITY_GRADES:
            raise ValueError("Source reliability is graded A to F.")
        fields["reliability"] = grade
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ValueError(f"There is no document {document_id}.")
        before = {k: getattr(doc, k) for k in fields if getattr(doc, k) != fields[k]}
        for k in before:
            setattr(doc, k, fields[k] if k == "reliability" else (fields[k] or ""))
        if before:
            record(s, "update", "document", doc.id, author_id, fields={k: fields[k] for k in before})
        return Outcome(before, Changes(documents=frozenset({doc.id})) if before else Changes())


def delete_document(project: Project, document_id: int, author_id: int | None = None) -> Outcome[int]:
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ValueError(f"There is no document {document_id}.")
        ann_ids = frozenset(s.scalars(select(Annotation.id).where(Annotation.document_id == document_id)))
        s.delete(doc)
        record(s, "delete", "document", document_id, author_id, sha256=doc.sha256)
        return Outcome(document_id, Changes(documents=frozenset({document_id}), annotations=ann_ids))


def list_documents(project: Project) -> list[DocumentSummary]:
    with project.read() as s:
        counts = dict(
            s.execute(select(Annotation.document_id, func.count()).group_by(Annotation.document_id)).all()
        )
        rows = s.execute(
            select(Document.id, Document.title, Document.language, Document.outlet, Document.url,
                   Document.published, Document.sha256, Document.char_count, Document.reliability)
            .order_by(Document.id)
        ).all()
        return [DocumentSummary(*row, annotation_count=counts.get(row[0], 0)) for row in rows]


def document_text(project: Project, document_id: int) -> str:
    with project.read() as s:
        text = s.scalar(select(Document.text).where(Document.id == document_id))
    if text is None:
        raise ValueError(f"There is no document {document_id}.")
    return text


def document_labels(project: Project) -> dict[int, str]:
    """{document id: short source label} for every document ("000", "004", "D7")."""
    with project.read() as s:
        rows = s.execute(select(Document.id, Document.source_name).order_by(Document.id)).all()
    return {doc_id: document_label(doc_id, source) for doc_id, source in rows}


def get_document(project: Project, document_id: int) -> DocumentSummary:
    for doc in list_documents(project):
        if doc.id == document_id:
            return doc
    raise ValueError(f"There is no document {document_id}.")

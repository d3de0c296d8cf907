"""Read models for exporters and the dossier: plain values read from the project in one session each.

The dossier and the interchange writers read the project only through these (and ``queries``,
``documents``, ``comparison``); an import-linter contract forbids them ``desktop.storage.models``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain.entity_types import type_label
from desktop.domain.labels import document_label
from desktop.services.document_text import page_starts_of, verified_text
from desktop.services.settings import get_setting
from desktop.storage.models import Author, Document, Entity, Measure, Original, Proposition, Review
from desktop.storage.project import Project


@dataclass(frozen=True)
class ReviewView:
    """A verdict (``verdict`` set) or a comment/reply on an annotation, with its author."""

    id: str
    annotation_id: str
    author_id: int
    author_key: str
    author_name: str
    verdict: str | None
    comment: str
    parent_id: str | None
    created: str


@dataclass(frozen=True)
class DocumentRecord:
    """A document with its text and metadata, for exporters that ship the sources and for the dossier."""

    id: int
    title: str
    language: str
    outlet: str
    url: str
    published: str
    sha256: str
    text: str
    imported: str
    source_name: str = ""
    reliability: str | None = None
    char_count: int = 0
    label: str = ""  # the short source label as shown ("FT 2025-07-15", else "000" or "D7")
    author: str = ""
    retrieved_at: str = ""
    page_starts: tuple[int, ...] = ()  # where each page of a PDF starts in the text


@dataclass(frozen=True)
class OriginalRecord:
    """What the dossier says of a document's archived original (not its bytes)."""

    document_id: int
    sha256: str
    mime: str
    kind: str
    filename: str
    extraction: str
    extractor: str


@dataclass(frozen=True)
class VocabularyEntry:
    """An entity, measure or proposition: its stable key, its label and one detail (type or unit)."""

    key: str
    label: str
    detail: str = ""


@dataclass(frozen=True)
class AuthorRecord:
    key: str
    name: str
    colour: str
    id: int = 0


def export_label(project: Project) -> str:
    """What to call the project in an export: its title setting, else the project file's name."""
    title = get_setting(project, "title").strip()
    if title:
        return title
    path = project.path
    return path.stem if path is not None else "Evidence Desk project"


def list_reviews(project: Project, annotation_ids: Collection[str] | None = None) -> list[ReviewView]:
    """Reviews in a stable order: by annotation, then created, then id."""
    stmt = (
        select(Review, Author.key, Author.name)
        .join(Author, Author.id == Review.author_id)
        .order_by(Review.annotation_id, Review.created, Review.id)
    )
    if annotation_ids is not None:
        stmt = stmt.where(Review.annotation_id.in_(list(annotation_ids)))
    with project.read() as s:
        return reviews_read(s, stmt)


def reviews_of_in(s: Session, annotation_id: str) -> list[ReviewView]:
    """``list_reviews`` of one annotation, in a read already open."""
    return reviews_read(s, select(Review, Author.key, Author.name).join(Author, Author.id == Review.author_id)
                        .where(Review.annotation_id == annotation_id).order_by(Review.created, Review.id))


def reviews_read(s: Session, stmt: Select[Review, str, str]) -> list[ReviewView]:
    rows = s.execute(stmt).all()
    return [
        ReviewView(id=r.id, annotation_id=r.annotation_id, author_id=r.author_id, author_key=key,
                   author_name=name, verdict=r.verdict, comment=r.comment or "", parent_id=r.parent_id,
                   created=r.created)
        for r, key, name in rows
    ]


def documents_with_text(project: Project, document_ids: Collection[int] | None = None) -> list[DocumentRecord]:
    """Documents by id, each with its whole text, checked against its stored SHA-256 first: an export or a
    dossier that prints the hash beside the text never gets an altered text (DamagedData names the document)."""
    stmt = select(Document).order_by(Document.id)
    if document_ids is not None:
        stmt = stmt.where(Document.id.in_(list(document_ids)))
    with project.read() as s:
        return [
            DocumentRecord(id=d.id, title=d.title, language=d.language, outlet=d.outlet, url=d.url,
                           published=d.published, sha256=d.sha256, imported=d.imported,
                           text=verified_text(d.id, d.title, d.text, d.sha256),
                           source_name=d.source_name or "", reliability=d.reliability, char_count=d.char_count,
                           label=document_label(d.id, d.source_name, d.label), author=d.author or "", retrieved_at=d.retrieved_at or "",
                           page_starts=page_starts_of(d.page_starts))
            for d in s.scalars(stmt)
        ]


def original_records(project: Project) -> dict[int, OriginalRecord]:
    """{document id: its original's hash, type and extraction} for the documents that have one."""
    with project.read() as s:
        rows = s.execute(select(Original.document_id, Original.sha256, Original.mime, Original.kind,
                                Original.filename, Original.extraction, Original.extractor)).all()
    return {row[0]: OriginalRecord(*row) for row in rows}


def vocabulary_entries(project: Project) -> tuple[list[VocabularyEntry], list[VocabularyEntry], list[VocabularyEntry]]:
    """(entities, measures, propositions), each sorted by key."""
    with project.read() as s:
        entities = [VocabularyEntry(e.key, e.name, type_label(e.type, e.type_guessed))
                    for e in s.scalars(select(Entity).order_by(Entity.key))]
        measures = [VocabularyEntry(m.key, m.label, m.unit) for m in s.scalars(select(Measure).order_by(Measure.key))]
        propositions = [VocabularyEntry(p.key, p.label) for p in
                        s.scalars(select(Proposition).order_by(Proposition.key))]
    return entities, measures, propositions


def author_records(project: Project) -> list[AuthorRecord]:
    """Every author, by key."""
    with project.read() as s:
        return [AuthorRecord(a.key, a.name, a.colour, a.id) for a in s.scalars(select(Author).order_by(Author.key))]

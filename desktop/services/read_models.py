"""Read models for exporters and the dossier: plain values read from the project on a Core connection
(``storage.tables``), each reader in one snapshot. No ORM: a dossier or an export on the command line never
imports it.

The dossier and the interchange writers read the project only through these (and ``queries``,
``documents``, ``comparison``); an import-linter contract forbids them ``desktop.storage.models``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select

from desktop.domain.entity_types import type_label
from desktop.domain.labels import document_label
from desktop.services.document_text import page_starts_of, verified_text
from desktop.services.settings import get_setting
from desktop.storage import tables as t
from desktop.storage.project import Project

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


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


_R, _A = t.reviews.c, t.authors.c
_REVIEWS = (select(_R.id, _R.annotation_id, _R.author_id, _A.key, _A.name, _R.verdict, _R.comment, _R.parent_id,
                   _R.created)
            .join_from(t.reviews, t.authors, _A.id == _R.author_id))


def list_reviews(project: Project, annotation_ids: Collection[str] | None = None) -> list[ReviewView]:
    """Reviews in a stable order: by annotation, then created, then id."""
    stmt = _REVIEWS.order_by(_R.annotation_id, _R.created, _R.id)
    if annotation_ids is not None:
        stmt = stmt.where(_R.annotation_id.in_(list(annotation_ids)))
    with project.read_core() as c:
        return reviews_read(c, stmt)


def reviews_of_in(s: Session | Connection, annotation_id: str) -> list[ReviewView]:
    """``list_reviews`` of one annotation, in a read already open."""
    return reviews_read(s, _REVIEWS.where(_R.annotation_id == annotation_id).order_by(_R.created, _R.id))


def reviews_read(s: Session | Connection, stmt: Select[Any]) -> list[ReviewView]:
    rows: Sequence[Any] = s.execute(stmt).all()
    return [ReviewView(i, annotation_id, author_id, key, name, verdict, comment or "", parent_id, created)
            for i, annotation_id, author_id, key, name, verdict, comment, parent_id, created in rows]


def documents_with_text(project: Project, document_ids: Collection[int] | None = None) -> list[DocumentRecord]:
    """Documents by id, each with its whole text, checked against its stored SHA-256 first: an export or a
    dossier that prints the hash beside the text never gets an altered text (DamagedData names the document)."""
    d = t.documents.c
    stmt = select(d.id, d.title, d.language, d.outlet, d.url, d.published, d.sha256, d.text, d.imported,
                  d.source_name, d.reliability, d.char_count, d.label, d.author, d.retrieved_at,
                  d.page_starts).order_by(d.id)
    if document_ids is not None:
        stmt = stmt.where(d.id.in_(list(document_ids)))
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(stmt).all()
    return [DocumentRecord(i, title, language, outlet, url, published, sha256,
                           verified_text(i, title, text, sha256), imported, source_name or "", reliability, chars,
                           document_label(i, source_name, label), author or "", retrieved or "",
                           page_starts_of(pages))
            for (i, title, language, outlet, url, published, sha256, text, imported, source_name, reliability,
                 chars, label, author, retrieved, pages) in rows]


def original_records(project: Project) -> dict[int, OriginalRecord]:
    """{document id: its original's hash, type and extraction} for the documents that have one."""
    o = t.originals.c
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(select(o.document_id, o.sha256, o.mime, o.kind, o.filename, o.extraction,
                                               o.extractor)).all()
    return {row[0]: OriginalRecord(*row) for row in rows}


def vocabulary_entries(project: Project) -> tuple[list[VocabularyEntry], list[VocabularyEntry], list[VocabularyEntry]]:
    """(entities, measures, propositions), each sorted by key."""
    e, m, p = t.entities.c, t.measures.c, t.propositions.c
    with project.read_core() as c:
        entity_rows: Sequence[Any] = c.execute(select(e.key, e.name, e.type, e.type_guessed).order_by(e.key)).all()
        measure_rows: Sequence[Any] = c.execute(select(m.key, m.label, m.unit).order_by(m.key)).all()
        proposition_rows: Sequence[Any] = c.execute(select(p.key, p.label).order_by(p.key)).all()
    entities = [VocabularyEntry(key, name, type_label(kind, guessed)) for key, name, kind, guessed in entity_rows]
    measures = [VocabularyEntry(key, label, unit) for key, label, unit in measure_rows]
    propositions = [VocabularyEntry(key, label) for key, label in proposition_rows]
    return entities, measures, propositions


def author_records(project: Project) -> list[AuthorRecord]:
    """Every author, by key."""
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(select(_A.key, _A.name, _A.colour, _A.id).order_by(_A.key)).all()
    return [AuthorRecord(*row) for row in rows]

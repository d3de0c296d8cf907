"""What the dossier reads besides its annotations (``dossier_read``): the documents with their checked texts, their
archived originals, the authors and the reviews, as plain rows on a Core connection (``storage.tables``).

The same values as ``read_models``' ``documents_with_text``, ``original_records``, ``author_records`` and
``list_reviews``, read without the ORM: a dossier on the command line never imports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import select

from desktop.domain.labels import document_label
from desktop.services.document_text import page_starts_of, verified_text
from desktop.storage import tables as t
from desktop.storage.project import Project


class SourceDocument(NamedTuple):
    """A document as the dossier cites it, its text checked against its SHA-256."""

    id: int
    title: str
    language: str
    outlet: str
    url: str
    published: str
    sha256: str
    text: str
    reliability: str | None
    char_count: int
    label: str
    author: str
    retrieved_at: str
    page_starts: tuple[int, ...]


class SourceOriginal(NamedTuple):
    document_id: int
    sha256: str
    mime: str
    kind: str
    filename: str
    extraction: str
    extractor: str


class ReviewRow(NamedTuple):
    id: str
    annotation_id: str
    author_id: int
    verdict: str | None
    comment: str
    parent_id: str | None
    created: str


def source_documents(project: Project) -> list[SourceDocument]:
    """Every document by id, each text checked against its stored SHA-256 (DamagedData names the document)."""
    d = t.documents.c
    stmt = select(d.id, d.title, d.language, d.outlet, d.url, d.published, d.sha256, d.text, d.reliability,
                  d.char_count, d.source_name, d.label, d.author, d.retrieved_at, d.page_starts).order_by(d.id)
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(stmt).all()  # plain values: the strict types checked each as it was read
    return [SourceDocument(i, title, language, outlet, url, published, sha256, verified_text(i, title, text, sha256),
                           reliability, chars, document_label(i, source_name, label), author or "", retrieved or "",
                           page_starts_of(pages))
            for (i, title, language, outlet, url, published, sha256, text, reliability, chars, source_name, label,
                 author, retrieved, pages) in rows]


def source_originals(project: Project) -> dict[int, SourceOriginal]:
    """{document id: its original's hash, type and extraction} for the documents that have one."""
    o = t.originals.c
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(select(o.document_id, o.sha256, o.mime, o.kind, o.filename, o.extraction,
                                o.extractor)).all()
    return {row[0]: SourceOriginal(*row) for row in rows}


def author_names(project: Project) -> dict[int, tuple[str, str]]:
    """{author id: (key, name)} of every author."""
    a = t.authors.c
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(select(a.id, a.key, a.name)).all()
    return {i: (key, name) for i, key, name in rows}


def review_rows(project: Project) -> list[ReviewRow]:
    """Every review and reply, by creation time then id (ordered here: a server's collation may order text
    otherwise)."""
    r = t.reviews.c
    stmt = select(r.id, r.annotation_id, r.author_id, r.verdict, r.comment, r.parent_id, r.created)
    with project.read_core() as c:
        rows: Sequence[Any] = c.execute(stmt).all()
    return sorted((ReviewRow(i, annotation_id, author_id, verdict, comment or "", parent_id, created)
                   for i, annotation_id, author_id, verdict, comment, parent_id, created in rows),
                  key=lambda row: (row.created, row.id))

"""Keyed reads for the window's large tables: the ordered ids of a list, and the rows of some ids.

A Qt table model holds only the ids (``document_ids``, ``annotation_ids``) and fetches the rows it shows
(``document_summaries``, ``queries.list_annotations(annotation_ids=...)``); after a change it reads the
ids again and only the rows that changed (``desktop.ui.keyed_table``).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select

from desktop.services.documents import DocumentSummary, list_documents
from desktop.storage.models import Annotation, Document
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project


def document_ids(project: Project) -> list[int]:
    """Every document id, in the document list's order."""
    with project.read() as s:
        return list(s.scalars(select(Document.id).order_by(Document.id)))


def document_summaries(project: Project, ids: Collection[int]) -> dict[int, DocumentSummary]:
    """The documents with these ids (those that still exist), with their annotation counts."""
    if not ids:
        return {}
    return {d.id: d for d in list_documents(project, document_ids=ids)}


def annotation_counts(project: Project) -> dict[int, int]:
    """{document id: how many annotations} (documents without any are left out)."""
    with project.read() as s:
        return dict(s.execute(select(Annotation.document_id, func.count()).group_by(Annotation.document_id)).all())


def annotation_counts_of(project: Project, ids: Collection[str]) -> dict[int, int] | None:
    """{document id: how many annotations} for the documents holding these annotations: what a tag or an edit
    changed, without counting a desk's other documents. None if one of them no longer exists (its document is
    not known any more: count them all)."""
    wanted = sorted(ids)
    if not wanted or len(wanted) > 500:
        return None
    with project.read() as s:
        found = s.execute(select(Annotation.id, Annotation.document_id).where(Annotation.id.in_(wanted))).all()
        if len(found) < len(wanted):
            return None
        documents = {document_id for _id, document_id in found}
        return dict(s.execute(select(Annotation.document_id, func.count())
                              .where(Annotation.document_id.in_(sorted(documents)))
                              .group_by(Annotation.document_id)).all())


def annotation_counts_in(project: Project, document_ids: Collection[int]) -> dict[int, int]:
    """{document id: how many annotations} for these documents (those without any are left out): what a tag
    changed when the caller already knows the tag's document."""
    with project.read() as s:
        return dict(s.execute(select(Annotation.document_id, func.count())
                              .where(Annotation.document_id.in_(sorted(document_ids)))
                              .group_by(Annotation.document_id)).all())


def annotation_ids(project: Project, document_id: int) -> list[str]:
    """The ids of a document's annotations, in text order (start, end, id), as the annotation list shows them."""
    return [place[2] for place in annotation_order(project, document_id)]


def annotation_order(project: Project, document_id: int) -> list[tuple[int, int, str]]:
    """(start, end, id) of a document's annotations, sorted: the annotation list's order and its sort keys."""
    with project.read() as s:  # many rows: as the driver gives them (checked per column)
        rows = plain_rows(s, select(Annotation.start, Annotation.end, Annotation.id)
                          .where(Annotation.document_id == document_id)
                          .order_by(Annotation.start, Annotation.end, Annotation.id))
        return [(start, end, id_) for start, end, id_ in rows]


def annotation_places(project: Project, ids: Collection[str]) -> dict[str, tuple[int, tuple[int, int, str]]]:
    """{id: (document id, (start, end, id))} of the annotations with these ids that still exist: where a
    changed annotation now belongs, without reading its document's other annotations."""
    if not ids:
        return {}
    places: dict[str, tuple[int, tuple[int, int, str]]] = {}
    wanted = sorted(ids)
    with project.read() as s:
        for first in range(0, len(wanted), 500):
            rows = s.execute(select(Annotation.id, Annotation.document_id, Annotation.start, Annotation.end)
                             .where(Annotation.id.in_(wanted[first:first + 500])))
            for id_, document_id, start, end in rows:
                places[id_] = (document_id, (start, end, id_))
    return places

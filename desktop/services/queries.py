"""Read models: annotations with their names resolved, for lists, panels, the CLI and exporters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from sqlalchemy import Select, select

from desktop.storage import tables
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project


@dataclass(frozen=True)
class AnnotationView:
    id: str
    document_id: int
    document_title: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    kind: str
    author_id: int
    author_key: str
    author_name: str
    created: str
    modified: str
    status: str
    note: str
    entity_id: int | None
    entity_key: str | None
    entity_name: str | None
    entity_type: str | None
    entity_type_guessed: bool
    value: str | None
    value_max: str | None
    unit: str | None
    bound: str | None
    measure_id: int | None
    measure_key: str | None
    measure_label: str | None
    machine_read: bool
    proposition_id: int | None
    proposition_key: str | None
    proposition_label: str | None
    stance: str | None
    speaker_id: int | None
    speaker_key: str | None
    speaker_name: str | None
    attributed_to: str | None
    credibility: int | None
    version: int = 0  # the row's version when it was read (an edit names it: nothing overwritten unseen)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)  # every field is a plain value (asdict would copy them one by one)

    @property
    def figure_text(self) -> str:
        """The figure as read, every digit: '14 000 000 000 USD (about)'; '' when no value was read."""
        # the figure grammar is imported only when a figure is shown (the command line lists without it)
        from desktop.domain.figures.wording import figure_text

        return figure_text(self.value, self.value_max, self.unit, self.bound)


FEW_IDS = 32  # up to this many ids, list_annotations reads through SQLAlchemy's cached compiled statement


def list_annotations(
    project: Project, *, document_id: int | None = None, annotation_ids: list[str] | None = None,
    kind: str | None = None, author_id: int | None = None, linked_to: tuple[str, int] | None = None,
) -> list[AnnotationView]:
    """Annotations with names resolved, by document and position. Columns, not ORM objects: a desk's 50,000
    rows are read as plain rows (each value still checked for its type as it is read). ``linked_to``:
    ("entity" | "measure" | "proposition", id), only the annotations linked to it (read through its index)."""
    rows = annotation_rows(project, document_id=document_id, annotation_ids=annotation_ids, kind=kind,
                           author_id=author_id, linked_to=linked_to)
    new, fields_ = object.__new__, _FIELDS
    views = []
    for values in map(annotation_values, rows):
        view = new(AnnotationView)  # a frozen dataclass filled as its __init__ would, without 39 setattr calls
        view.__dict__.update(zip(fields_, values, strict=True))
        views.append(view)
    return views


def annotation_values(row: Sequence[Any]) -> list[Any]:
    """A row of ``annotation_rows`` as the values of an ``AnnotationView``, in its fields' order."""
    values = list(row)
    for n in _FLAGS:  # 0 / 1 (NULL: no entity) -> bool
        values[n] = bool(values[n])
    return values


def annotation_json(rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Rows of ``annotation_rows`` as ``AnnotationView.to_json()`` gives them, without making the views."""
    fields_ = _FIELDS
    return [dict(zip(fields_, values, strict=True)) for values in map(annotation_values, rows)]


@cache
def _annotation_select() -> Select[*tuple[Any, ...]]:
    """The statement behind ``annotation_rows``, built once (39 columns and six joins: building it anew took
    longer than running it for one row). The tables' columns, on a Core connection: listing needs no ORM."""
    a, author, document = tables.annotations.c, tables.authors.c, tables.documents.c
    entity, measure, proposition = tables.entities.c, tables.measures.c, tables.propositions.c
    speakers = tables.entities.alias()  # the speaker's entity, beside the annotation's own
    speaker = speakers.c
    return (
        select(
            a.id, a.document_id, document.title.label("document_title"), a.start, a.end, a.quote, a.prefix,
            a.suffix, a.kind, a.author_id, author.key.label("author_key"), author.name.label("author_name"),
            a.created, a.modified, a.status, a.note, a.entity_id, entity.key.label("entity_key"),
            entity.name.label("entity_name"), entity.type.label("entity_type"),
            entity.type_guessed.label("entity_type_guessed"), a.value, a.value_max, a.unit,
            a.bound, a.measure_id, measure.key.label("measure_key"), measure.label.label("measure_label"),
            a.machine_read, a.proposition_id, proposition.key.label("proposition_key"),
            proposition.label.label("proposition_label"), a.stance, a.speaker_id,
            speaker.key.label("speaker_key"), speaker.name.label("speaker_name"), a.attributed_to, a.credibility,
            a.version,
        )
        .join(tables.documents, document.id == a.document_id)
        .join(tables.authors, author.id == a.author_id)
        .outerjoin(tables.entities, entity.id == a.entity_id)
        .outerjoin(tables.measures, measure.id == a.measure_id)
        .outerjoin(tables.propositions, proposition.id == a.proposition_id)
        .outerjoin(speakers, speaker.id == a.speaker_id)
        .order_by(a.document_id, a.start, a.end, a.id)
    )


def annotation_rows(
    project: Project, *, document_id: int | None = None, annotation_ids: list[str] | None = None,
    kind: str | None = None, author_id: int | None = None, linked_to: tuple[str, int] | None = None,
) -> Sequence[Sequence[Any]]:
    """The rows ``list_annotations`` makes its views of (the values in ``AnnotationView``'s fields' order,
    the two flags as stored: 0 / 1 / NULL), for a caller that writes them out without views."""
    a = tables.annotations.c
    stmt = _annotation_select()
    if document_id is not None:
        stmt = stmt.where(a.document_id == document_id)
    if annotation_ids is not None:
        stmt = stmt.where(a.id.in_(annotation_ids))
    if kind is not None:
        stmt = stmt.where(a.kind == kind)
    if author_id is not None:
        stmt = stmt.where(a.author_id == author_id)
    if linked_to is not None:
        link, item_id = linked_to
        stmt = stmt.where(_LINK_COLUMNS[link] == item_id)
    with project.read_core() as s:
        if annotation_ids is not None and len(annotation_ids) <= FEW_IDS:  # a tag, a selection: the compiled
            return s.execute(stmt).all()  # statement is cached (plain_rows compiles it afresh, for many rows)
        return plain_rows(s, stmt)


_FIELDS = [f.name for f in fields(AnnotationView)]
_LINK_COLUMNS = {"entity": tables.annotations.c.entity_id, "measure": tables.annotations.c.measure_id,
                 "proposition": tables.annotations.c.proposition_id}
_FLAGS = (_FIELDS.index("entity_type_guessed"), _FIELDS.index("machine_read"))


def get_annotation(project: Project, annotation_id: str) -> AnnotationView | None:
    found = list_annotations(project, annotation_ids=[annotation_id])
    return found[0] if found else None

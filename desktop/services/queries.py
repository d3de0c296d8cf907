"""Read models: annotations with their names resolved, for lists, panels, the CLI and exporters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.domain.figures.wording import figure_text
from desktop.storage.models import Annotation, Author, Document, Entity, Measure, Proposition
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
        return asdict(self)

    @property
    def figure_text(self) -> str:
        """The figure as read, every digit: '14 000 000 000 USD (about)'; '' when no value was read."""
        return figure_text(self.value, self.value_max, self.unit, self.bound)


def list_annotations(
    project: Project, *, document_id: int | None = None, annotation_ids: list[str] | None = None,
    kind: str | None = None, author_id: int | None = None,
) -> list[AnnotationView]:
    speaker = aliased(Entity)
    stmt = (
        select(
            Annotation, Document.title, Author.key, Author.name,
            Entity.key, Entity.name, Entity.type, Entity.type_guessed, Measure.key, Measure.label,
            Proposition.key, Proposition.label, speaker.key, speaker.name,
        )
        .join(Document, Document.id == Annotation.document_id)
        .join(Author, Author.id == Annotation.author_id)
        .outerjoin(Entity, Entity.id == Annotation.entity_id)
        .outerjoin(Measure, Measure.id == Annotation.measure_id)
        .outerjoin(Proposition, Proposition.id == Annotation.proposition_id)
        .outerjoin(speaker, speaker.id == Annotation.speaker_id)
        .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
    )
    if document_id is not None:
        stmt = stmt.where(Annotation.document_id == document_id)
    if annotation_ids is not None:
        stmt = stmt.where(Annotation.id.in_(annotation_ids))
    if kind is not None:
        stmt = stmt.where(Annotation.kind == kind)
    if author_id is not None:
        stmt = stmt.where(Annotation.author_id == author_id)
    with project.read() as s:
        rows = cast(list[_ViewRow], s.execute(stmt).all())
    return [
        AnnotationView(
            id=a.id, document_id=a.document_id, document_title=title, start=a.start, end=a.end,
            quote=a.quote, prefix=a.prefix, suffix=a.suffix, kind=a.kind, author_id=a.author_id,
            author_key=akey, author_name=aname, created=a.created, modified=a.modified, status=a.status,
            note=a.note, entity_id=a.entity_id, entity_key=ekey, entity_name=ename, entity_type=etype,
            entity_type_guessed=bool(eguessed),
            value=a.value, value_max=a.value_max, unit=a.unit, bound=a.bound, measure_id=a.measure_id,
            measure_key=mkey, measure_label=mlabel, machine_read=bool(a.machine_read),
            proposition_id=a.proposition_id, proposition_key=pkey, proposition_label=plabel,
            stance=a.stance, speaker_id=a.speaker_id, speaker_key=skey, speaker_name=sname,
            attributed_to=a.attributed_to, credibility=a.credibility, version=a.version,
        )
        for (a, title, akey, aname, ekey, ename, etype, eguessed, mkey, mlabel, pkey, plabel, skey, sname) in rows
    ]


# One row of list_annotations' query: the annotation, then the names its ids point at (outer joins: None).
_ViewRow = tuple[Annotation, str, str, str, str | None, str | None, str | None, bool | None, str | None,
                 str | None, str | None, str | None, str | None, str | None]


def get_annotation(project: Project, annotation_id: str) -> AnnotationView | None:
    found = list_annotations(project, annotation_ids=[annotation_id])
    return found[0] if found else None

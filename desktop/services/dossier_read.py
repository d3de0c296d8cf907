"""The annotations as the dossier reads them: the columns it cites and counts, in one plain read.

``queries.list_annotations`` gives every column with every name resolved (39 values an annotation) for lists and
exporters; a desk's dossier reads 50,000 annotations and needs about half of them, so it reads these rows
instead: plain tuples with named fields, each value still checked for its type (``storage.plain_read``).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import ColumnElement, func, or_, select

from desktop.storage import tables as t
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project


class DossierAnnotation(NamedTuple):
    id: str
    document_id: int
    start: int
    end: int
    prefix: str
    suffix: str
    kind: str
    author_id: int
    author_name: str
    status: str
    note: str
    entity_id: int | None
    entity_key: str | None
    entity_name: str | None
    entity_type: str | None
    entity_type_guessed: int | None  # 0 / 1 (None: no entity)
    value: str | None
    value_max: str | None
    unit: str | None
    bound: str | None
    measure_id: int | None
    proposition_id: int | None
    stance: str | None
    speaker_name: str | None
    attributed_to: str | None
    credibility: int | None


def dossier_annotations(project: Project) -> list[DossierAnnotation]:
    """Every annotation of the project (in the order the database reads them)."""
    speakers = t.entities.alias("speaker")
    a, author, entity, speaker = t.annotations.c, t.authors.c, t.entities.c, speakers.c
    stmt = (
        select(a.id, a.document_id, a.start, a.end, a.prefix, a.suffix, a.kind, a.author_id, author.name, a.status,
               a.note, a.entity_id, entity.key, entity.name, entity.type, entity.type_guessed, a.value, a.value_max,
               a.unit, a.bound, a.measure_id, a.proposition_id, a.stance, speaker.name, a.attributed_to,
               a.credibility)
        .join(t.authors, author.id == a.author_id)
        .outerjoin(t.entities, entity.id == a.entity_id)
        .outerjoin(speakers, speaker.id == a.speaker_id)
    )  # in no particular order: the dossier orders every list it shows itself
    with project.read_core() as c:  # plain rows on a Core connection: the dossier never needs the ORM
        rows = plain_rows(c, stmt)
    return list(map(DossierAnnotation._make, rows))


def count_quoted(project: Project, statuses: frozenset[str], *, author_ids: frozenset[int] = frozenset(),
                 document_ids: frozenset[int] = frozenset(), notes: bool = True) -> int:
    """How many passages a dossier with these statuses, analysts and documents quotes, counted in the database
    without building it: its figures and claims, the annotations reviewed, and (``notes``) those with a note. A
    note that cleans to nothing is not quoted but counted here; nothing else is counted that is not quoted."""
    a = t.annotations.c
    quoted: list[ColumnElement[bool]] = [a.kind.in_(("figure", "claim")),
                                         a.id.in_(select(t.reviews.c.annotation_id))]
    if notes:
        quoted.append(func.trim(a.note) != "")
    stmt = select(func.count()).select_from(t.annotations).where(a.status.in_(statuses), or_(*quoted))
    if author_ids:
        stmt = stmt.where(a.author_id.in_(author_ids))
    if document_ids:
        stmt = stmt.where(a.document_id.in_(document_ids))
    with project.read_core() as c:
        return int(c.execute(stmt).scalar_one())

"""The annotations as the dossier reads them: the columns it cites and counts, in one plain read.

``queries.list_annotations`` gives every column with every name resolved (39 values an annotation) for lists and
exporters; a desk's dossier reads 50,000 annotations and needs about half of them, so it reads these rows
instead: plain tuples with named fields, each value still checked for its type (``storage.plain_read``).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.storage.models import Annotation, Author, Entity
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
    speaker = aliased(Entity)
    a = Annotation
    stmt = (
        select(a.id, a.document_id, a.start, a.end, a.prefix, a.suffix, a.kind, a.author_id, Author.name, a.status,
               a.note, a.entity_id, Entity.key, Entity.name, Entity.type, Entity.type_guessed, a.value, a.value_max,
               a.unit, a.bound, a.measure_id, a.proposition_id, a.stance, speaker.name, a.attributed_to,
               a.credibility)
        .join(Author, Author.id == a.author_id)
        .outerjoin(Entity, Entity.id == a.entity_id)
        .outerjoin(speaker, speaker.id == a.speaker_id)
    )  # in no particular order: the dossier orders every list it shows itself
    with project.read() as s:
        rows = plain_rows(s, stmt)
    return list(map(DossierAnnotation._make, rows))

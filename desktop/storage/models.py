"""The ORM classes, mapped onto the tables of ``storage.tables`` (where the schema is defined, once).

Each class names its table (``__table__``) and types its columns' attributes (``Mapped[...]``) for mypy; the
columns themselves, their types, defaults and indexes are the table's. Code that only reads rows (or writes
them through Core) uses ``storage.tables`` and never imports the ORM.
"""

from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from desktop.storage import tables as t
from desktop.storage.tables import NAMING_CONVENTION, VERSIONED_TABLES

__all__ = [
    "NAMING_CONVENTION", "VERSIONED_TABLES", "Annotation", "Author", "Base", "ChangeLogEntry", "Conflict",
    "Document", "Entity", "EntityAlias", "JournalEntry", "Measure", "OpenSession", "Original", "ProjectInfo",
    "Proposition", "Review",
]


class Base(DeclarativeBase):
    metadata = t.metadata

    def __init_subclass__(cls, **kwargs: Any) -> None:
        cls.__tablename__ = cls.__dict__["__table__"].name  # as a class with its own columns has it
        super().__init_subclass__(**kwargs)


class ProjectInfo(Base):
    """Key/value settings of the project (tolerance, current author, title...)."""

    __table__ = t.project_info
    key: Mapped[str]
    value: Mapped[str]


class Author(Base):
    __table__ = t.authors
    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    colour: Mapped[str]
    created: Mapped[str]
    login: Mapped[str | None]


class Document(Base):
    __table__ = t.documents
    id: Mapped[int]
    title: Mapped[str]
    language: Mapped[str]
    outlet: Mapped[str]
    url: Mapped[str]
    published: Mapped[str]
    text: Mapped[str]
    sha256: Mapped[str]
    char_count: Mapped[int]
    source_name: Mapped[str]
    reliability: Mapped[str | None]
    imported: Mapped[str]
    author: Mapped[str]
    label: Mapped[str]
    retrieved_at: Mapped[str]
    page_starts: Mapped[str]


class Original(Base):
    """The bytes a document was made from: a file as read, or the WARC record of an HTTP exchange."""

    __table__ = t.originals
    id: Mapped[int]
    document_id: Mapped[int]
    kind: Mapped[str]
    data: Mapped[bytes]
    sha256: Mapped[str]
    record_sha256: Mapped[str]
    mime: Mapped[str]
    size: Mapped[int]
    filename: Mapped[str]
    url: Mapped[str]
    retrieved_at: Mapped[str]
    extractor: Mapped[str]
    extraction: Mapped[str]


class Entity(Base):
    __table__ = t.entities
    __mapper_args__ = {"version_id_col": t.entities.c.version}
    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    type: Mapped[str]
    type_guessed: Mapped[bool]
    version: Mapped[int]
    aliases: Mapped[list["EntityAlias"]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.alias"
    )


class EntityAlias(Base):
    __table__ = t.entity_aliases
    __mapper_args__ = {"version_id_col": t.entity_aliases.c.version}
    id: Mapped[int]
    entity_id: Mapped[int]
    alias: Mapped[str]
    version: Mapped[int]
    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Measure(Base):
    """What a figure measures: "Meta's investment in Scale AI" (unit USD)."""

    __table__ = t.measures
    __mapper_args__ = {"version_id_col": t.measures.c.version}
    id: Mapped[int]
    key: Mapped[str]
    label: Mapped[str]
    unit: Mapped[str]
    version: Mapped[int]


class Proposition(Base):
    """What a claim says: "OpenAI keeps working with Scale AI"."""

    __table__ = t.propositions
    __mapper_args__ = {"version_id_col": t.propositions.c.version}
    id: Mapped[int]
    key: Mapped[str]
    label: Mapped[str]
    version: Mapped[int]


class Annotation(Base):
    __table__ = t.annotations
    __mapper_args__ = {"version_id_col": t.annotations.c.version}
    id: Mapped[str]
    document_id: Mapped[int]
    start: Mapped[int]
    end: Mapped[int]
    quote: Mapped[str]
    prefix: Mapped[str]
    suffix: Mapped[str]
    kind: Mapped[str]
    author_id: Mapped[int]
    created: Mapped[str]
    modified: Mapped[str]
    status: Mapped[str]
    note: Mapped[str]
    entity_id: Mapped[int | None]
    value: Mapped[str | None]
    value_max: Mapped[str | None]
    unit: Mapped[str | None]
    bound: Mapped[str | None]
    measure_id: Mapped[int | None]
    machine_read: Mapped[bool]
    proposition_id: Mapped[int | None]
    stance: Mapped[str | None]
    speaker_id: Mapped[int | None]
    attributed_to: Mapped[str | None]
    credibility: Mapped[int | None]
    exchanged_modified: Mapped[str | None]
    version: Mapped[int]


class Review(Base):
    """An append-only verdict or comment on an annotation; replies point at their parent."""

    __table__ = t.reviews
    __mapper_args__ = {"version_id_col": t.reviews.c.version}
    id: Mapped[str]
    annotation_id: Mapped[str]
    author_id: Mapped[int]
    verdict: Mapped[str | None]
    comment: Mapped[str]
    parent_id: Mapped[str | None]
    created: Mapped[str]
    version: Mapped[int]


class Conflict(Base):
    """A colleague's version of an annotation that both sides changed since the last exchange."""

    __table__ = t.conflicts
    id: Mapped[int]
    annotation_id: Mapped[str]
    theirs: Mapped[str]
    detected: Mapped[str]
    resolved: Mapped[bool]


class JournalEntry(Base):
    """Append-only record of every change (who, when, what): the audit trail."""

    __table__ = t.journal
    id: Mapped[int]
    at: Mapped[str]
    author_id: Mapped[int | None]
    action: Mapped[str]
    target_type: Mapped[str]
    target_id: Mapped[str]
    payload: Mapped[str]


class ChangeLogEntry(Base):
    """One committed write transaction (``storage.tables.change_log``)."""

    __table__ = t.change_log
    seq: Mapped[int]
    at: Mapped[str]
    session: Mapped[str]
    author_id: Mapped[int | None]
    login: Mapped[str]
    actions: Mapped[str]
    payload: Mapped[str]
    tx: Mapped[int | None]


class OpenSession(Base):
    """A window (or ``watch``) that has the project open: who, where, since when."""

    __table__ = t.sessions
    id: Mapped[str]
    login: Mapped[str]
    author_id: Mapped[int | None]
    host: Mapped[str]
    pid: Mapped[int]
    kind: Mapped[str]
    opened: Mapped[str]
    seen: Mapped[str]


from desktop.storage import field_limits  # noqa: E402  (checks every row of these models before it is written)

field_limits.install(Base)

"""The project schema (SQLAlchemy 2.x declarative). Alembic migrations keep files in step with it.

Conventions:
- offsets are Unicode code points, end exclusive;
- timestamps are ISO-8601 UTC strings ("2026-11-21T10:12:00.123456Z"), which sort and round-trip
  through JSON-LD unchanged on SQLite and PostgreSQL alike;
- figure values are decimal strings (exact on every backend).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProjectInfo(Base):
    """Key/value settings of the project (tolerance, current author, title...)."""

    __tablename__ = "project_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # stable annotator key: urn:evidence-desk:annotator:<key>
    key: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(9), default="#1f77b4")
    created: Mapped[str] = mapped_column(String(32))


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    outlet: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    published: Mapped[str] = mapped_column(String(32), default="")  # ISO date, may be empty
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    char_count: Mapped[int] = mapped_column(Integer)
    source_name: Mapped[str] = mapped_column(String(500), default="")  # file it came from
    reliability: Mapped[str | None] = mapped_column(String(1), nullable=True)  # Admiralty A-F
    imported: Mapped[str] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(String(300), default="", server_default="")
    label: Mapped[str] = mapped_column(String(64), default="", server_default="")  # short source label
    retrieved_at: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # JSON list of the code-point offset where each PDF page starts; "" when the source has no pages
    page_starts: Mapped[str] = mapped_column(Text, default="", server_default="")
    __table_args__ = (Index("ix_documents_url", "url"),)


class Original(Base):
    """The bytes a document was made from: a file as read, or the WARC record of an HTTP exchange."""

    __tablename__ = "originals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True, unique=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "file" or "warc"
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the original document's bytes
    record_sha256: Mapped[str] = mapped_column(String(64))  # of ``data`` as stored
    mime: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    retrieved_at: Mapped[str] = mapped_column(String(32), default="")
    extractor: Mapped[str] = mapped_column(String(64), default="")
    extraction: Mapped[str] = mapped_column(String(16), default="")


class Entity(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # e.g. org:scale-ai
    name: Mapped[str] = mapped_column(String(300))
    # chosen by the analyst, or guessed from evidence (``type_guessed``), or "unknown": see domain/entity_types.py
    type: Mapped[str] = mapped_column(String(32), default="unknown")
    type_guessed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.alias"
    )


class EntityAlias(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Measure(Base):
    """What a figure measures: "Meta's investment in Scale AI" (unit USD)."""

    __tablename__ = "measures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(16), default="")


class Proposition(Base):
    """What a claim says: "OpenAI keeps working with Scale AI"."""

    __tablename__ = "propositions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(String(1000))


class Annotation(Base):
    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_document_start", "document_id", "start"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # uuid4, stable (urn:uuid:<id>)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(200), default="")
    suffix: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), index=True)
    created: Mapped[str] = mapped_column(String(32))
    modified: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    note: Mapped[str] = mapped_column(Text, default="")
    # entity
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # figure
    value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    value_max: Mapped[str | None] = mapped_column(String(64), nullable=True)
    unit: Mapped[str | None] = mapped_column(String(16), nullable=True)
    bound: Mapped[str | None] = mapped_column(String(16), nullable=True)
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="SET NULL"), nullable=True, index=True
    )
    machine_read: Mapped[bool] = mapped_column(Boolean, default=False)
    # claim
    proposition_id: Mapped[int | None] = mapped_column(
        ForeignKey("propositions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    stance: Mapped[str | None] = mapped_column(String(16), nullable=True)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), nullable=True
    )
    attributed_to: Mapped[str | None] = mapped_column(String(300), nullable=True)
    credibility: Mapped[int | None] = mapped_column(Integer, nullable=True)  # Admiralty 1-6
    # exchange with colleagues: the `modified` both sides last agreed on
    exchanged_modified: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Review(Base):
    """An append-only verdict or comment on an annotation; replies point at their parent."""

    __tablename__ = "reviews"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    annotation_id: Mapped[str] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)  # accepted/rejected/disputed
    comment: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created: Mapped[str] = mapped_column(String(32))


class Conflict(Base):
    """A colleague's version of an annotation that both sides changed since the last exchange."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[str] = mapped_column(String(36), index=True)
    theirs: Mapped[str] = mapped_column(Text)  # JSON of their annotation
    detected: Mapped[str] = mapped_column(String(32))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class JournalEntry(Base):
    """Append-only record of every change (who, when, what): the audit trail."""

    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text, default="{}")

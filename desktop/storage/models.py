"""The project schema (SQLAlchemy 2.x declarative). Alembic migrations keep files in step with it.

Conventions:
- offsets are Unicode code points, end exclusive;
- timestamps are ISO-8601 UTC strings ("2026-11-21T10:12:00.123456Z"), which sort and round-trip
  through JSON-LD unchanged on SQLite and PostgreSQL alike;
- figure values are decimal strings (exact on every backend);
- text lengths come from ``desktop.domain.limits`` and are checked before every write
  (``storage.field_limits``); columns read back strictly typed (``storage.types``), so a value edited
  into the wrong type by hand is reported as damage instead of travelling on.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.domain import limits as L
from desktop.storage.types import StrictBytes, StrictInteger, StrictString, StrictText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def version_column() -> Mapped[int]:
    """The row's version (migration 0006): 1 when written, one more at every change. An UPDATE says which
    version it read (``WHERE version = :read``), so two writers never overwrite each other unseen; an edit
    or an undo names the version the analyst saw (``Project.expecting``)."""
    return mapped_column(Integer, nullable=False, default=1, server_default="1")


VERSIONED_TABLES = ("annotations", "reviews", "entities", "entity_aliases", "measures", "propositions")


class ProjectInfo(Base):
    """Key/value settings of the project (tolerance, current author, title...)."""

    __tablename__ = "project_info"
    key: Mapped[str] = mapped_column(StrictString(L.SETTING_KEY), primary_key=True)
    value: Mapped[str] = mapped_column(StrictText, default="")


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # stable annotator key: urn:evidence-desk:annotator:<key>
    key: Mapped[str] = mapped_column(StrictString(L.AUTHOR_KEY), unique=True)
    name: Mapped[str] = mapped_column(StrictString(L.AUTHOR_NAME))
    colour: Mapped[str] = mapped_column(StrictString(L.COLOUR), default="#1f77b4")
    created: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    # the database login of this person on a team database (``team add-user``); None in a file
    login: Mapped[str | None] = mapped_column(StrictString(L.LOGIN), nullable=True, unique=True)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(StrictString(L.TITLE), default="")
    language: Mapped[str] = mapped_column(StrictString(L.LANGUAGE), default="")
    outlet: Mapped[str] = mapped_column(StrictString(L.OUTLET), default="")
    url: Mapped[str] = mapped_column(StrictString(L.URL), default="")
    published: Mapped[str] = mapped_column(StrictString(L.PUBLISHED), default="")  # ISO date, may be empty
    text: Mapped[str] = mapped_column(StrictText)
    sha256: Mapped[str] = mapped_column(StrictString(L.SHA256), unique=True)
    char_count: Mapped[int] = mapped_column(StrictInteger)
    source_name: Mapped[str] = mapped_column(StrictString(L.SOURCE_NAME), default="")  # file it came from
    reliability: Mapped[str | None] = mapped_column(StrictString(1), nullable=True)  # Admiralty A-F
    imported: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    author: Mapped[str] = mapped_column(StrictString(L.DOCUMENT_AUTHOR), default="", server_default="")
    label: Mapped[str] = mapped_column(StrictString(L.LABEL), default="", server_default="")  # short source label
    retrieved_at: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP), default="", server_default="")
    # JSON list of the code-point offset where each PDF page starts; "" when the source has no pages
    page_starts: Mapped[str] = mapped_column(StrictText, default="", server_default="")
    __table_args__ = (Index("ix_documents_url", "url"),)


class Original(Base):
    """The bytes a document was made from: a file as read, or the WARC record of an HTTP exchange."""

    __tablename__ = "originals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        StrictInteger, ForeignKey("documents.id", ondelete="CASCADE"), index=True, unique=True
    )
    kind: Mapped[str] = mapped_column(StrictString(L.ORIGINAL_KIND))  # "file" or "warc"
    data: Mapped[bytes] = mapped_column(StrictBytes)
    sha256: Mapped[str] = mapped_column(StrictString(L.SHA256), index=True)  # of the original document's bytes
    record_sha256: Mapped[str] = mapped_column(StrictString(L.SHA256))  # of ``data`` as stored
    mime: Mapped[str] = mapped_column(StrictString(L.MIME))
    size: Mapped[int] = mapped_column(StrictInteger)
    filename: Mapped[str] = mapped_column(StrictString(L.SOURCE_NAME), default="")
    url: Mapped[str] = mapped_column(StrictString(L.URL), default="")
    retrieved_at: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP), default="")
    extractor: Mapped[str] = mapped_column(StrictString(L.EXTRACTOR), default="")
    extraction: Mapped[str] = mapped_column(StrictString(L.EXTRACTION), default="")


class Entity(Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(StrictString(L.ENTITY_KEY), unique=True)  # e.g. org:scale-ai
    name: Mapped[str] = mapped_column(StrictString(L.ENTITY_NAME))
    # chosen by the analyst, or guessed from evidence (``type_guessed``), or "unknown": see domain/entity_types.py
    type: Mapped[str] = mapped_column(StrictString(L.ENTITY_TYPE), default="unknown")
    type_guessed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    aliases: Mapped[list["EntityAlias"]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.alias"
    )


class EntityAlias(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(StrictInteger, ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(StrictString(L.ALIAS))
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Measure(Base):
    """What a figure measures: "Meta's investment in Scale AI" (unit USD)."""

    __tablename__ = "measures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(StrictString(L.MEASURE_KEY), unique=True)
    label: Mapped[str] = mapped_column(StrictString(L.MEASURE_LABEL))
    unit: Mapped[str] = mapped_column(StrictString(L.UNIT), default="")
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Proposition(Base):
    """What a claim says: "OpenAI keeps working with Scale AI"."""

    __tablename__ = "propositions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(StrictString(L.PROPOSITION_KEY), unique=True)
    label: Mapped[str] = mapped_column(StrictString(L.PROPOSITION_LABEL))
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Annotation(Base):
    __tablename__ = "annotations"
    # Every column spans_of_document reads, in its order: that read is answered from the index (migration 0007).
    __table_args__ = (
        Index("ix_annotations_document_spans", "document_id", "start", "end", "kind", "author_id", "id"),
    )

    id: Mapped[str] = mapped_column(StrictString(L.UUID), primary_key=True)  # uuid4, stable (urn:uuid:<id>)
    document_id: Mapped[int] = mapped_column(StrictInteger, ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(StrictInteger)
    end: Mapped[int] = mapped_column(StrictInteger)
    quote: Mapped[str] = mapped_column(StrictText)
    prefix: Mapped[str] = mapped_column(StrictString(L.CONTEXT), default="")
    suffix: Mapped[str] = mapped_column(StrictString(L.CONTEXT), default="")
    kind: Mapped[str] = mapped_column(StrictString(L.KIND))
    author_id: Mapped[int] = mapped_column(StrictInteger, ForeignKey("authors.id"), index=True)
    created: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    modified: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    status: Mapped[str] = mapped_column(StrictString(L.STATUS), default="proposed")
    note: Mapped[str] = mapped_column(StrictText, default="")
    # entity
    entity_id: Mapped[int | None] = mapped_column(
        StrictInteger, ForeignKey("entities.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # figure
    value: Mapped[str | None] = mapped_column(StrictString(L.FIGURE_VALUE), nullable=True)
    value_max: Mapped[str | None] = mapped_column(StrictString(L.FIGURE_VALUE), nullable=True)
    unit: Mapped[str | None] = mapped_column(StrictString(L.UNIT), nullable=True)
    bound: Mapped[str | None] = mapped_column(StrictString(L.BOUND), nullable=True)
    measure_id: Mapped[int | None] = mapped_column(
        StrictInteger, ForeignKey("measures.id", ondelete="SET NULL"), nullable=True, index=True
    )
    machine_read: Mapped[bool] = mapped_column(Boolean, default=False)
    # claim
    proposition_id: Mapped[int | None] = mapped_column(
        StrictInteger, ForeignKey("propositions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    stance: Mapped[str | None] = mapped_column(StrictString(L.STANCE), nullable=True)
    speaker_id: Mapped[int | None] = mapped_column(
        StrictInteger, ForeignKey("entities.id", ondelete="SET NULL"), nullable=True
    )
    attributed_to: Mapped[str | None] = mapped_column(StrictString(L.ATTRIBUTED_TO), nullable=True)
    credibility: Mapped[int | None] = mapped_column(StrictInteger, nullable=True)  # Admiralty 1-6
    # exchange with colleagues: the `modified` both sides last agreed on
    exchanged_modified: Mapped[str | None] = mapped_column(StrictString(L.TIMESTAMP), nullable=True)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Review(Base):
    """An append-only verdict or comment on an annotation; replies point at their parent."""

    __tablename__ = "reviews"
    id: Mapped[str] = mapped_column(StrictString(L.UUID), primary_key=True)
    annotation_id: Mapped[str] = mapped_column(
        StrictString(L.UUID), ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(StrictInteger, ForeignKey("authors.id"))
    verdict: Mapped[str | None] = mapped_column(StrictString(L.VERDICT), nullable=True)  # accepted/rejected/disputed
    comment: Mapped[str] = mapped_column(StrictText, default="")
    parent_id: Mapped[str | None] = mapped_column(StrictString(L.UUID), nullable=True)
    created: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Conflict(Base):
    """A colleague's version of an annotation that both sides changed since the last exchange."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[str] = mapped_column(StrictString(L.UUID), index=True)
    theirs: Mapped[str] = mapped_column(StrictText)  # JSON of their annotation
    detected: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class JournalEntry(Base):
    """Append-only record of every change (who, when, what): the audit trail."""

    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    author_id: Mapped[int | None] = mapped_column(StrictInteger, nullable=True)
    action: Mapped[str] = mapped_column(StrictString(L.ACTION))
    target_type: Mapped[str] = mapped_column(StrictString(L.TARGET_TYPE))
    target_id: Mapped[str] = mapped_column(StrictString(L.TARGET_ID))
    payload: Mapped[str] = mapped_column(StrictText, default="{}")


class ChangeLogEntry(Base):
    """One committed write transaction: what it changed (table -> ids, JSON), who, from which session.

    Written by ``Project.transaction()`` in the transaction it describes (``storage.change_capture``), so a
    change and its record commit together. Other windows and ``watch`` read it: on PostgreSQL the same
    transaction also sends it by NOTIFY; on SQLite they poll ``PRAGMA data_version`` and read what is new.
    ``tx`` is PostgreSQL's transaction id (catching up after a dropped connection), None on SQLite."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    session: Mapped[str] = mapped_column(StrictString(L.SESSION_ID))
    author_id: Mapped[int | None] = mapped_column(StrictInteger, nullable=True)
    login: Mapped[str] = mapped_column(StrictString(L.LOGIN), default="")
    actions: Mapped[str] = mapped_column(StrictText, default="[]")  # JSON list of the journal actions
    payload: Mapped[str] = mapped_column(StrictText, default="{}")  # JSON {table: [ids]}
    tx: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)


class OpenSession(Base):
    """A window (or ``watch``) that has the project open: who, where, since when."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(StrictString(L.SESSION_ID), primary_key=True)
    login: Mapped[str] = mapped_column(StrictString(L.LOGIN), default="")
    author_id: Mapped[int | None] = mapped_column(StrictInteger, nullable=True)
    host: Mapped[str] = mapped_column(StrictString(L.HOST))
    pid: Mapped[int] = mapped_column(StrictInteger)
    kind: Mapped[str] = mapped_column(StrictString(L.SESSION_KIND), default="window")
    opened: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))
    seen: Mapped[str] = mapped_column(StrictString(L.TIMESTAMP))


from desktop.storage import field_limits  # noqa: E402  (checks every row of these models before it is written)

field_limits.install(Base)

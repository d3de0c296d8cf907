"""The project schema, defined once: SQLAlchemy Core tables. Alembic migrations keep files in step with it.

The ORM classes of ``storage.models`` are mapped onto these tables; a read that needs no ORM (the comparison of
``compare --json``, a setting) selects from them directly and never imports ``sqlalchemy.orm`` (a sixth of a
second at every start of such a command).

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
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    UniqueConstraint,
    false,
)

from desktop.domain import limits as L
from desktop.storage.types import StrictBytes, StrictInteger, StrictString, StrictText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

VERSIONED_TABLES = ("annotations", "reviews", "entities", "entity_aliases", "measures", "propositions")


def version_column() -> Column[int]:
    """The row's version (migration 0006): 1 when written, one more at every change. An UPDATE says which
    version it read (``WHERE version = :read``), so two writers never overwrite each other unseen; an edit
    or an undo names the version the analyst saw (``Project.expecting``)."""
    return Column("version", Integer, nullable=False, default=1, server_default="1")


# Key/value settings of the project (tolerance, current author, title...).
project_info = Table(
    "project_info", metadata,
    Column("key", StrictString(L.SETTING_KEY), primary_key=True),
    Column("value", StrictText, nullable=False, default=""),
)

authors = Table(
    "authors", metadata,
    Column("id", Integer, primary_key=True),
    # stable annotator key: urn:evidence-desk:annotator:<key>
    Column("key", StrictString(L.AUTHOR_KEY), nullable=False, unique=True),
    Column("name", StrictString(L.AUTHOR_NAME), nullable=False),
    Column("colour", StrictString(L.COLOUR), nullable=False, default="#1f77b4"),
    Column("created", StrictString(L.TIMESTAMP), nullable=False),
    # the database login of this person on a team database (``team add-user``); None in a file
    Column("login", StrictString(L.LOGIN), nullable=True, unique=True),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", StrictString(L.TITLE), nullable=False, default=""),
    Column("language", StrictString(L.LANGUAGE), nullable=False, default=""),
    Column("outlet", StrictString(L.OUTLET), nullable=False, default=""),
    Column("url", StrictString(L.URL), nullable=False, default=""),
    Column("published", StrictString(L.PUBLISHED), nullable=False, default=""),  # ISO date, may be empty
    Column("text", StrictText, nullable=False),
    Column("sha256", StrictString(L.SHA256), nullable=False, unique=True),
    Column("char_count", StrictInteger, nullable=False),
    Column("source_name", StrictString(L.SOURCE_NAME), nullable=False, default=""),  # file it came from
    Column("reliability", StrictString(1), nullable=True),  # Admiralty A-F
    Column("imported", StrictString(L.TIMESTAMP), nullable=False),
    Column("author", StrictString(L.DOCUMENT_AUTHOR), nullable=False, default="", server_default=""),
    Column("label", StrictString(L.LABEL), nullable=False, default="", server_default=""),  # short source label
    Column("retrieved_at", StrictString(L.TIMESTAMP), nullable=False, default="", server_default=""),
    # JSON list of the code-point offset where each PDF page starts; "" when the source has no pages
    Column("page_starts", StrictText, nullable=False, default="", server_default=""),
    Index("ix_documents_url", "url"),
)

# The bytes a document was made from: a file as read, or the WARC record of an HTTP exchange.
originals = Table(
    "originals", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", StrictInteger, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True, unique=True),
    Column("kind", StrictString(L.ORIGINAL_KIND), nullable=False),  # "file" or "warc"
    Column("data", StrictBytes, nullable=False),
    Column("sha256", StrictString(L.SHA256), nullable=False, index=True),  # of the original document's bytes
    Column("record_sha256", StrictString(L.SHA256), nullable=False),  # of ``data`` as stored
    Column("mime", StrictString(L.MIME), nullable=False),
    Column("size", StrictInteger, nullable=False),
    Column("filename", StrictString(L.SOURCE_NAME), nullable=False, default=""),
    Column("url", StrictString(L.URL), nullable=False, default=""),
    Column("retrieved_at", StrictString(L.TIMESTAMP), nullable=False, default=""),
    Column("extractor", StrictString(L.EXTRACTOR), nullable=False, default=""),
    Column("extraction", StrictString(L.EXTRACTION), nullable=False, default=""),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", StrictString(L.ENTITY_KEY), nullable=False, unique=True),  # e.g. org:scale-ai
    Column("name", StrictString(L.ENTITY_NAME), nullable=False),
    # chosen by the analyst, or guessed from evidence (``type_guessed``), or "unknown": see domain/entity_types.py
    Column("type", StrictString(L.ENTITY_TYPE), nullable=False, default="unknown"),
    Column("type_guessed", Boolean, nullable=False, default=False, server_default=false()),
    version_column(),
)

entity_aliases = Table(
    "entity_aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", StrictInteger, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", StrictString(L.ALIAS), nullable=False),
    version_column(),
    UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_alias"),
)

# What a figure measures: "Meta's investment in Scale AI" (unit USD).
measures = Table(
    "measures", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", StrictString(L.MEASURE_KEY), nullable=False, unique=True),
    Column("label", StrictString(L.MEASURE_LABEL), nullable=False),
    Column("unit", StrictString(L.UNIT), nullable=False, default=""),
    version_column(),
)

# What a claim says: "OpenAI keeps working with Scale AI".
propositions = Table(
    "propositions", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", StrictString(L.PROPOSITION_KEY), nullable=False, unique=True),
    Column("label", StrictString(L.PROPOSITION_LABEL), nullable=False),
    version_column(),
)

annotations = Table(
    "annotations", metadata,
    Column("id", StrictString(L.UUID), primary_key=True),  # uuid4, stable (urn:uuid:<id>)
    Column("document_id", StrictInteger, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", StrictInteger, nullable=False),
    Column("end", StrictInteger, nullable=False),
    Column("quote", StrictText, nullable=False),
    Column("prefix", StrictString(L.CONTEXT), nullable=False, default=""),
    Column("suffix", StrictString(L.CONTEXT), nullable=False, default=""),
    Column("kind", StrictString(L.KIND), nullable=False),
    Column("author_id", StrictInteger, ForeignKey("authors.id"), nullable=False, index=True),
    Column("created", StrictString(L.TIMESTAMP), nullable=False),
    Column("modified", StrictString(L.TIMESTAMP), nullable=False),
    Column("status", StrictString(L.STATUS), nullable=False, default="proposed"),
    Column("note", StrictText, nullable=False, default=""),
    # entity
    Column("entity_id", StrictInteger, ForeignKey("entities.id", ondelete="SET NULL"), nullable=True, index=True),
    # figure
    Column("value", StrictString(L.FIGURE_VALUE), nullable=True),
    Column("value_max", StrictString(L.FIGURE_VALUE), nullable=True),
    Column("unit", StrictString(L.UNIT), nullable=True),
    Column("bound", StrictString(L.BOUND), nullable=True),
    Column("measure_id", StrictInteger, ForeignKey("measures.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("machine_read", Boolean, nullable=False, default=False),
    # claim
    Column("proposition_id", StrictInteger, ForeignKey("propositions.id", ondelete="SET NULL"), nullable=True,
           index=True),
    Column("stance", StrictString(L.STANCE), nullable=True),
    Column("speaker_id", StrictInteger, ForeignKey("entities.id", ondelete="SET NULL"), nullable=True),
    Column("attributed_to", StrictString(L.ATTRIBUTED_TO), nullable=True),
    Column("credibility", StrictInteger, nullable=True),  # Admiralty 1-6
    # exchange with colleagues: the `modified` both sides last agreed on
    Column("exchanged_modified", StrictString(L.TIMESTAMP), nullable=True),
    version_column(),
    # Every column spans_of_document reads, in its order: that read is answered from the index (migration 0007).
    Index("ix_annotations_document_spans", "document_id", "start", "end", "kind", "author_id", "id"),
)

# An append-only verdict or comment on an annotation; replies point at their parent.
reviews = Table(
    "reviews", metadata,
    Column("id", StrictString(L.UUID), primary_key=True),
    Column("annotation_id", StrictString(L.UUID), ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("author_id", StrictInteger, ForeignKey("authors.id"), nullable=False),
    Column("verdict", StrictString(L.VERDICT), nullable=True),  # accepted/rejected/disputed
    Column("comment", StrictText, nullable=False, default=""),
    Column("parent_id", StrictString(L.UUID), nullable=True),
    Column("created", StrictString(L.TIMESTAMP), nullable=False),
    version_column(),
)

# A colleague's version of an annotation that both sides changed since the last exchange.
conflicts = Table(
    "conflicts", metadata,
    Column("id", Integer, primary_key=True),
    Column("annotation_id", StrictString(L.UUID), nullable=False, index=True),
    Column("theirs", StrictText, nullable=False),  # JSON of their annotation
    Column("detected", StrictString(L.TIMESTAMP), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
)

# Append-only record of every change (who, when, what): the audit trail.
journal = Table(
    "journal", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", StrictString(L.TIMESTAMP), nullable=False),
    Column("author_id", StrictInteger, nullable=True),
    Column("action", StrictString(L.ACTION), nullable=False),
    Column("target_type", StrictString(L.TARGET_TYPE), nullable=False),
    Column("target_id", StrictString(L.TARGET_ID), nullable=False),
    Column("payload", StrictText, nullable=False, default="{}"),
    Index("ix_journal_target", "target_type", "target_id"),
)

# One committed write transaction: what it changed (table -> ids, JSON), who, from which session.
#
# Written by ``Project.transaction()`` in the transaction it describes (``storage.change_capture``), so a
# change and its record commit together. Other windows and ``watch`` read it: on PostgreSQL the same
# transaction also sends it by NOTIFY; on SQLite they poll ``PRAGMA data_version`` and read what is new.
# ``tx`` is PostgreSQL's transaction id (catching up after a dropped connection), None on SQLite.
change_log = Table(
    "change_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", StrictString(L.TIMESTAMP), nullable=False),
    Column("session", StrictString(L.SESSION_ID), nullable=False),
    Column("author_id", StrictInteger, nullable=True),
    Column("login", StrictString(L.LOGIN), nullable=False, default=""),
    Column("actions", StrictText, nullable=False, default="[]"),  # JSON list of the journal actions
    Column("payload", StrictText, nullable=False, default="{}"),  # JSON {table: [ids]}
    Column("tx", BigInteger, nullable=True, index=True),
    sqlite_autoincrement=True,
)

# A window (or ``watch``) that has the project open: who, where, since when.
sessions = Table(
    "sessions", metadata,
    Column("id", StrictString(L.SESSION_ID), primary_key=True),
    Column("login", StrictString(L.LOGIN), nullable=False, default=""),
    Column("author_id", StrictInteger, nullable=True),
    Column("host", StrictString(L.HOST), nullable=False),
    Column("pid", StrictInteger, nullable=False),
    Column("kind", StrictString(L.SESSION_KIND), nullable=False, default="window"),
    Column("opened", StrictString(L.TIMESTAMP), nullable=False),
    Column("seen", StrictString(L.TIMESTAMP), nullable=False),
)

"""the search index: document texts, annotation notes, review comments, entity names and aliases

The index is kept by the database itself, so it follows every import, deletion and re-anchoring in
the transaction that makes them, whichever service (or colleague's import) writes:

- SQLite: FTS5 tables maintained by triggers that read only id and text columns.
  ``search_text`` indexes ``documents.text`` as an external-content table (the text is not stored
  twice), tokenizer ``unicode61 remove_diacritics 2`` (case and accents ignored).
  ``search_cjk`` (tokenizer ``trigram``) holds the documents written partly in a script without
  spaces between words (Chinese, Japanese, Thai...), where a word is found as a substring.
  ``search_notes`` indexes annotation notes, review comments, entity names and aliases; the
  ordinary table ``search_note_rows`` says which row each entry comes from. The covering index
  ``ix_search_documents_meta`` lists documents without reading their texts.
- PostgreSQL: GIN expression indexes over ``to_tsvector('simple', ed_search_fold(column))``, where
  ``ed_search_fold`` lowercases and removes accents (with ``unaccent`` when the extension can be
  created, else a fixed table), and a ``pg_trgm`` index over the lowercased text (when available).
  An expression index is maintained by PostgreSQL in the writing transaction: no trigger needed.

An existing project is indexed here, document by document, reporting progress through the
callable ``progress(done, total, what)`` the caller may put in the Alembic config's attributes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CHUNK = 25  # documents per step of the initial build (one progress report each)
FOLD = "unicode61 remove_diacritics 2"
# Scripts written without spaces between words: a document holding any of them also goes to the trigram
# table. GLOB understands code point ranges.
NO_SPACE_GLOB = "*[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]*"

# Table snapshots: the columns the triggers read (id and text columns only), as of this revision.
NOTE_SOURCES = (  # source, table, key column, text column
    ("note", "annotations", "id", "note"),
    ("comment", "reviews", "id", "comment"),
    ("entity", "entities", "id", "name"),
    ("alias", "entity_aliases", "id", "alias"),
)
ACCENTED = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÈÉÊËèéêëĒēĖėĘęĚěÌÍÎÏìíîïĪīĮįÒÓÔÕÖØòóôõöøŌōŐőÙÚÛÜùúûüŪūŮůŰűÝýÿÇçĆćČčÑñŃńŇňŚśŠšŽžŹźŻżŁłĎďŤťŘř"
UNACCENTED = "AAAAAAaaaaaaAaAaAaEEEEeeeeEeEeEeEeIIIIiiiiIiIiOOOOOOooooooOoOoUUUUuuuuUuUuUuYyyCcCcCcNnNnNnSsSsZzZzZzLlDdTtRr"


def _progress(done: int, total: int, what: str) -> None:
    report = context.config.attributes.get("progress") if context.config is not None else None
    if report is not None:
        report(done, total, what)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind)
    else:
        _upgrade_sqlite(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for _source, table, _key, column in NOTE_SOURCES:
            op.execute(f"DROP INDEX IF EXISTS ix_search_{table}_{column}")
        op.execute("DROP INDEX IF EXISTS ix_search_documents_text")
        op.execute("DROP INDEX IF EXISTS ix_search_documents_trigram")
        op.execute("DROP FUNCTION IF EXISTS ed_search_vector(text)")
        op.execute("DROP FUNCTION IF EXISTS ed_search_fold(text)")
        return
    for _source, table, _key, _column in NOTE_SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_documents_{suffix}")
    op.execute("DROP INDEX IF EXISTS ix_search_documents_meta")
    for table in ("search_notes", "search_note_rows", "search_cjk", "search_text"):
        op.execute(f"DROP TABLE IF EXISTS {table}")


# --- SQLite -----------------------------------------------------------------------------------------
def _upgrade_sqlite(bind: sa.engine.Connection) -> None:
    # IF NOT EXISTS and a build from empty tables: a first attempt cut short, where the DDL was already
    # committed, does not stop the next one.
    op.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(text, content='documents', content_rowid='id', "
               f"tokenize='{FOLD}')")
    op.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search_cjk USING fts5(text, tokenize='trigram')")
    op.execute("CREATE TABLE IF NOT EXISTS search_note_rows (id INTEGER NOT NULL, source VARCHAR(8) NOT NULL, "
               "ref VARCHAR(64) NOT NULL, CONSTRAINT pk_search_note_rows PRIMARY KEY (id), "
               "CONSTRAINT uq_search_note_rows_source UNIQUE (source, ref))")
    op.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS search_notes USING fts5(body, tokenize='{FOLD}')")
    # The columns a search lists, readable without the long text stored before them in each row.
    op.execute("CREATE INDEX IF NOT EXISTS ix_search_documents_meta ON documents "
               "(id, sha256, source_name, language, outlet, published, title)")

    cjk_insert = (f"INSERT INTO search_cjk(rowid, text) SELECT new.id, new.text "
                  f"WHERE new.text GLOB '{NO_SPACE_GLOB}';")
    text_delete = "INSERT INTO search_text(search_text, rowid, text) VALUES ('delete', old.id, old.text);"
    op.execute("CREATE TRIGGER IF NOT EXISTS search_documents_ai AFTER INSERT ON documents BEGIN "
               f"INSERT INTO search_text(rowid, text) VALUES (new.id, new.text); {cjk_insert} END")
    op.execute("CREATE TRIGGER IF NOT EXISTS search_documents_ad AFTER DELETE ON documents BEGIN "
               f"{text_delete} DELETE FROM search_cjk WHERE rowid = old.id; END")
    op.execute("CREATE TRIGGER IF NOT EXISTS search_documents_au AFTER UPDATE OF id, text ON documents "
               "WHEN old.id IS NOT new.id OR old.text IS NOT new.text BEGIN "
               f"{text_delete} DELETE FROM search_cjk WHERE rowid = old.id; "
               f"INSERT INTO search_text(rowid, text) VALUES (new.id, new.text); {cjk_insert} END")

    for source, table, key, column in NOTE_SOURCES:
        add = (f"INSERT INTO search_note_rows(source, ref) SELECT '{source}', new.{key} WHERE new.{column} <> ''; "
               f"INSERT INTO search_notes(rowid, body) SELECT id, new.{column} FROM search_note_rows "
               f"WHERE source = '{source}' AND ref = CAST(new.{key} AS TEXT) AND new.{column} <> '';")
        remove = (f"DELETE FROM search_notes WHERE rowid = (SELECT id FROM search_note_rows "
                  f"WHERE source = '{source}' AND ref = CAST(old.{key} AS TEXT)); "
                  f"DELETE FROM search_note_rows WHERE source = '{source}' AND ref = CAST(old.{key} AS TEXT);")
        op.execute(f"CREATE TRIGGER IF NOT EXISTS search_{table}_ai AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER IF NOT EXISTS search_{table}_ad AFTER DELETE ON {table} BEGIN {remove} END")
        op.execute(f"CREATE TRIGGER IF NOT EXISTS search_{table}_au AFTER UPDATE OF {key}, {column} ON {table} "
                   f"WHEN old.{key} IS NOT new.{key} OR old.{column} IS NOT new.{column} BEGIN {remove} {add} END")

    _build_sqlite(bind)


def _build_sqlite(bind: sa.engine.Connection) -> None:
    """Index what the project already holds: documents in steps (with progress), then the notes."""
    for statement in ("INSERT INTO search_text(search_text) VALUES ('delete-all')", "DELETE FROM search_cjk",
                      "DELETE FROM search_notes", "DELETE FROM search_note_rows"):
        bind.execute(sa.text(statement))
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM documents ORDER BY id"))]
    total = len(ids)
    _progress(0, total, "Indexing documents for search")
    for first in range(0, total, CHUNK):
        chunk = ids[first:first + CHUNK]
        bounds = {"lo": chunk[0], "hi": chunk[-1]}
        bind.execute(sa.text("INSERT INTO search_text(rowid, text) SELECT id, text FROM documents "
                             "WHERE id BETWEEN :lo AND :hi"), bounds)
        bind.execute(sa.text("INSERT INTO search_cjk(rowid, text) SELECT id, text FROM documents "
                             f"WHERE id BETWEEN :lo AND :hi AND text GLOB '{NO_SPACE_GLOB}'"), bounds)
        _progress(first + len(chunk), total, "Indexing documents for search")
    for source, table, key, column in NOTE_SOURCES:
        bind.execute(sa.text(f"INSERT INTO search_note_rows(source, ref) SELECT '{source}', {key} FROM {table} "
                             f"WHERE {column} <> '' ORDER BY {key}"))
        bind.execute(sa.text(f"INSERT INTO search_notes(rowid, body) SELECT r.id, t.{column} FROM search_note_rows r "
                             f"JOIN {table} t ON r.source = '{source}' AND r.ref = CAST(t.{key} AS TEXT)"))
    _progress(total, total, "Indexed for search")


# --- PostgreSQL -------------------------------------------------------------------------------------
def _try(bind: sa.engine.Connection, statement: str) -> bool:
    """Run a statement that may be refused (an extension not installed or not allowed), in a savepoint."""
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text(statement))
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def _upgrade_postgresql(bind: sa.engine.Connection) -> None:
    has_unaccent = _try(bind, "CREATE EXTENSION IF NOT EXISTS unaccent")
    has_trigram = _try(bind, "CREATE EXTENSION IF NOT EXISTS pg_trgm")
    if has_unaccent:
        schema: str = bind.execute(sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'unaccent'")).scalar_one()
        fold = f"lower({schema}.unaccent('{schema}.unaccent'::regdictionary, t))"
    else:
        fold = f"lower(translate(t, '{ACCENTED}', '{UNACCENTED}'))"
    op.execute(f"CREATE FUNCTION ed_search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
               f"PARALLEL SAFE AS $$ SELECT {fold} $$")
    # A text with more than 1 MB of distinct words cannot be a tsvector: it is then left out of this index.
    op.execute("CREATE FUNCTION ed_search_vector(t text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT "
               "PARALLEL SAFE AS $$ BEGIN RETURN to_tsvector('simple'::regconfig, ed_search_fold(t)); "
               "EXCEPTION WHEN program_limit_exceeded THEN RETURN NULL; END $$")
    _progress(0, 1, "Indexing documents for search")
    op.execute("CREATE INDEX ix_search_documents_text ON documents USING gin (ed_search_vector(text))")
    if has_trigram:
        op.execute("CREATE INDEX ix_search_documents_trigram ON documents USING gin (lower(text) gin_trgm_ops)")
    for _source, table, _key, column in NOTE_SOURCES:
        op.execute(f"CREATE INDEX ix_search_{table}_{column} ON {table} USING gin (ed_search_vector({column}))")
    _progress(1, 1, "Indexed for search")

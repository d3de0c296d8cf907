"""the search index's function names its helper with its schema, so PostgreSQL's autovacuum can analyze and vacuum

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 15:10:00

``ed_search_vector`` (the expression of the search indexes on documents, annotations, reviews, entities and
aliases, migration 0004) called ``ed_search_fold`` by its bare name. Autovacuum, like every maintenance
command, runs with an empty ``search_path``: it could not find the function, so every automatic analyze and
vacuum of those tables failed ("function ed_search_fold(text) does not exist", in the server's log, every
minute): a team database's annotations were never analyzed (its plans guessed at row counts; the desk's
commands happened to be as fast either way) nor vacuumed (edits and deletions left their dead rows in place).
The function now names its helper with the schema both live in; what it returns is the same, so no index is
rebuilt. Nothing changes on SQLite.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _body(fold: str) -> str:
    # As 0004 wrote it, the helper's name aside.
    return ("RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$ BEGIN "
            f"RETURN to_tsvector('simple'::regconfig, {fold}(t)); "
            "EXCEPTION WHEN program_limit_exceeded THEN RETURN NULL; END $$")


def _schema(bind: sa.engine.Connection) -> str:
    """The schema ``ed_search_fold`` lives in (the one 0004 made it in), quoted for SQL."""
    return str(bind.execute(sa.text(
        "SELECT quote_ident(n.nspname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE p.oid = to_regprocedure('ed_search_fold(text)')")).scalar_one())


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = _schema(bind)
    op.execute(f"CREATE OR REPLACE FUNCTION {schema}.ed_search_vector(t text) {_body(f'{schema}.ed_search_fold')}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = _schema(bind)
    op.execute(f"CREATE OR REPLACE FUNCTION {schema}.ed_search_vector(t text) {_body('ed_search_fold')}")

"""What a project's tables look like at a given schema revision, and how a file's tables fall short of it.

- At the head, the expected tables and columns are those of ``storage.tables`` (a test keeps them and the
  migrations equal).
- At an older revision (a file about to be upgraded) they are what the migrations build up to that revision,
  found once per process by migrating an empty in-memory database.

Revision ids are increasing numbers ("0001", "0002", "0004" ...): ``revision_number`` is the number written into
the SQLite header's ``user_version`` so that a file's schema can be read without SQL.
"""

from __future__ import annotations

from functools import cache

Tables = dict[str, frozenset[str]]


def revision_number(revision: str) -> int:
    return int(revision) if revision.isdigit() else 0


def head_tables() -> Tables:
    from desktop.storage.tables import metadata

    return {name: frozenset(table.columns.keys()) for name, table in metadata.tables.items()}


@cache
def tables_at(revision: str) -> Tables:
    """The tables (and columns) every project at ``revision`` has."""
    from desktop.storage.project import SCHEMA_HEAD

    if revision == SCHEMA_HEAD:
        return head_tables()
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.pool import StaticPool

    from desktop.storage.migrate import upgrade_on

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            upgrade_on(conn, revision)
            inspector = inspect(conn)
            return {
                name: frozenset(col["name"] for col in inspector.get_columns(name))
                for name in inspector.get_table_names()
                if name != "alembic_version"
            }
    finally:
        engine.dispose()


def shortfall(actual: Tables, expected: Tables) -> list[str]:
    """What ``actual`` lacks of ``expected``, in words ("table annotations", "column documents.sha256")."""
    missing: list[str] = []
    for table in sorted(expected):
        if table not in actual:
            missing.append(f"table {table}")
            continue
        missing.extend(f"column {table}.{col}" for col in sorted(expected[table] - actual[table]))
    return missing

"""Alembic environment: runs every migration on the connection ``open_project()`` hands over.

HOW A MIGRATION STAYS ATOMIC (read this before adding 0003+):

- ``desktop.storage.migrate`` opens the connection with pysqlite's own transaction handling switched off and
  begins ONE transaction (``BEGIN IMMEDIATE`` on SQLite; on PostgreSQL this file takes an advisory lock).
  Every migration from the file's revision to the head, the ``alembic_version`` update and the header
  stamps (``application_id``, ``user_version``) run in it; it commits once at the end. A kill at any
  instant leaves the old project (SQLite rolls the half-written transaction back) or the new one.
- So write an ordinary migration: ``op.create_table``, ``op.add_column``, ``op.create_index``,
  ``with op.batch_alter_table(...)`` (SQLite's table rebuild), ``op.execute(...)`` for data. Nothing special.
- Do NOT commit inside a migration: no ``op.get_context().autocommit_block()``, no ``COMMIT``, no
  ``VACUUM``, no ``PRAGMA journal_mode`` / ``PRAGMA foreign_keys`` (they cannot run, or do nothing, in a
  transaction). Foreign keys are off while migrating; ``PRAGMA foreign_key_check`` runs before the commit
  and refuses an upgrade that would break a link.
- Name the revision with the next free number (``revision = "0005"``, file ``0005_what.py``) and set
  ``SCHEMA_HEAD`` in ``desktop/storage/project.py`` to it: the number is also the file's ``user_version``.
- Declare table snapshots inside the migration (``sa.table(...)``) rather than importing live models.
- ``tests/unit/test_migration_atomicity.py`` kills the process after every statement of create and of the
  upgrade from 0001, and checks the file always opens; it covers your migration without change.
"""

from alembic import context
from sqlalchemy import Connection

from desktop.storage.search_schema import include_name
from desktop.storage.tables import metadata

config = context.config
target_metadata = metadata
PG_MIGRATION_LOCK = 0x45564453  # pg_advisory_xact_lock key: one migrating process per database


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = config.attributes["engine"]
        with engine.begin() as conn:
            _run(conn)
    elif not connection.in_transaction():
        with connection.begin():
            _run(connection)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        compare_type=True,
        transactional_ddl=True,
        include_name=include_name,  # the search index has no model (migration 0004)
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

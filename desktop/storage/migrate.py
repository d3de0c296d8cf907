"""Running Alembic so that a create or an upgrade is ONE transaction: all of it is stored, or none of it.

pysqlite normally commits every DDL statement on its own. Here its transaction handling is switched off
(``isolation_level=None``) and the transaction is begun explicitly (``BEGIN IMMEDIATE``, which also takes
the write lock so two processes never migrate the same file at once); every statement of every migration,
the ``alembic_version`` row and the header stamps then commit together. On PostgreSQL, DDL is transactional
anyway and ``migrations/env.py`` takes an advisory lock for the same reason.

Foreign keys stay OFF on a migration connection (SQLite cannot switch them inside a transaction, and a
batch migration that rebuilds a table must not cascade deletes); ``PRAGMA foreign_key_check`` runs before
the commit instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from desktop.storage import killpoints
from desktop.storage.open_errors import ProjectError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
APPLICATION_ID = 0x45564453  # "EVDS", written into the SQLite header of every project
BUSY_TIMEOUT_MS = 5000
Progress = Callable[[int, int, str], object]  # (done, total, what is being done)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_on(connection: Connection, target: str = "head", progress: Progress | None = None) -> None:
    """Run the migrations up to ``target`` on ``connection``, inside the transaction it is in.

    ``progress(done, total, what)`` is handed to the migrations (``context.config.attributes["progress"]``)."""
    from alembic import command

    cfg = alembic_config(connection)
    cfg.attributes["progress"] = progress
    command.upgrade(cfg, target)


def downgrade_on(connection: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), target)


def migration_engine(path: Path) -> Engine:
    """An engine on an SQLite file whose transactions really contain the DDL run in them."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # no implicit COMMIT before DDL: we begin and end ourselves
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA synchronous=FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "after_cursor_execute")
    def _after(*_args: Any) -> None:
        killpoints.after_statement()

    return engine


def stamp_sqlite(conn: Connection, revision: str) -> None:
    """Write our application id and the schema number into the header, inside the migration's transaction."""
    from desktop.storage.schema import revision_number

    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version={revision_number(revision)}")


def refuse_broken_links(conn: Connection, name: str) -> None:
    """Before committing a migration: every foreign key still points at a row."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise ProjectError(
            f"Upgrading {name} would leave {len(broken)} broken link(s) in {', '.join(tables)}; "
            "the project was not changed."
        )

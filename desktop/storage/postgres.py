"""Project addresses given as URLs: ``sqlite:///file`` goes through the file checks, ``postgresql://`` opens
a team project on a server, anything else is refused in one line.

On PostgreSQL the same promises hold in its own terms: the schema is checked before anything is written
(an empty database becomes a project only when asked to create one; a database with other tables is
refused), create and upgrade run in ONE transaction under an advisory lock (``migrations/env.py``), and a
role that may not write opens the project read-only. There is no ``.bak`` file: the upgrade either
commits whole or not at all, and backups of a server are the server's (``pg_dump``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, NoSuchModuleError, SQLAlchemyError

from desktop.storage.driver_errors import Storage
from desktop.storage.migrate import Progress
from desktop.storage.open_errors import NewerProjectError, NotAProjectError, ProjectError
from desktop.storage.schema import shortfall
from desktop.storage.search_schema import is_search_object

if TYPE_CHECKING:
    from desktop.storage.project import Project

POSTGRES_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"}  # all opened with psycopg 3
CONNECT_TIMEOUT_S = 10
PING_AFTER_IDLE_S = 1.0  # a pooled connection idle longer than this is pinged before it is handed out
UNCHANGED = "nothing was changed."


def safe_url(url: str) -> str:
    """The address without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def open_url(url: str, *, create: bool, open_file: Callable[[Path], Project],
             progress: Progress | None = None) -> Project:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise ProjectError(f"{url} is not a project address: give a project file or a postgresql:// URL.") from exc
    driver = parsed.drivername
    if driver == "sqlite" or driver.startswith("sqlite+"):
        database = parsed.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            raise ProjectError(f"{url} names no project file: give a path, e.g. sqlite:///notes.evidence.")
        return open_file(Path(database))
    if driver not in POSTGRES_DRIVERS:
        raise ProjectError(
            f"{safe_url(url)} is not a supported project address: give a project file or a "
            "postgresql://user@host/database URL."
        )
    return _open_postgres(parsed.set(drivername="postgresql+psycopg"), create=create, progress=progress)


def _open_postgres(url: URL, *, create: bool, progress: Progress | None) -> Project:
    from desktop.storage.project import Project

    shown = url.render_as_string(hide_password=True)
    try:
        engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise ProjectError(f"Cannot open {shown}: the PostgreSQL driver (psycopg) is not installed.") from exc
    ping_when_idle(engine)
    try:
        with engine.connect() as conn:
            revision = _check_schema(conn, shown, create=create)
            read_only = _read_only_reason(conn)
            login = str(conn.exec_driver_sql("SELECT current_user").scalar())
        if revision is None or revision != _head():
            if read_only:
                raise ProjectError(f"{shown} needs {'a new project' if revision is None else 'an upgrade'}, "
                                   f"but {read_only}: {UNCHANGED}")
            _migrate(engine, progress)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        raise ProjectError(f"Cannot open {shown}: {reason}.") from exc
    except (ProjectError, SQLAlchemyError):
        engine.dispose()
        raise
    return Project(location=url.render_as_string(hide_password=False), engine=engine, read_only_reason=read_only,
                   login=login)


def ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before handing it out only when it has been idle for PING_AFTER_IDLE_S: a
    connection that finished a transaction a moment ago is alive, and pinging it would cost every write one
    more round trip. A dead one (the server restarted) is replaced without the caller noticing; one that
    dies within the window fails its first statement, and the write is refused as "connection lost", as
    it would be had the server gone between the ping and the statement (``pool_pre_ping`` pinged always)."""

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["ed_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("ed_idle_since", None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return  # just connected, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            if engine.dialect.is_disconnect(exc, dbapi_conn, None):
                raise DisconnectionError(str(exc)) from exc  # the pool connects afresh and tries again
            raise


def _head() -> str:
    from desktop.storage.project import SCHEMA_HEAD

    return SCHEMA_HEAD


def _check_schema(conn: Connection, shown: str, *, create: bool) -> str | None:
    """The database's schema revision; None for an empty database that may become a project."""
    from desktop.storage.schema import tables_at
    from desktop.storage.sqlite_file import known_revisions

    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    if not tables:
        if not create:
            raise ProjectError(f"There is no project in {shown} (the database is empty); nothing was created.")
        return None
    if "alembic_version" not in tables or "project_info" not in tables:
        raise NotAProjectError(f"{shown} holds another program's tables, not an Evidence Desk project: {UNCHANGED}")
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise NotAProjectError(f"{shown} looks like an Evidence Desk project but its schema version is missing "
                               f"({len(rows)} row(s) in alembic_version): it is damaged; {UNCHANGED}")
    revision = str(rows[0][0])
    if revision != _head() and revision not in known_revisions():
        raise NewerProjectError(f"{shown} was made by a newer version of Evidence Desk (schema {revision}), "
                                f"or is not an Evidence Desk project: {UNCHANGED}")
    actual = {t: frozenset(c["name"] for c in inspector.get_columns(t)) for t in tables}
    # An older revision's tables are those the migrations build on SQLite, whose search index is tables of its
    # own (FTS5); on PostgreSQL it is expression indexes (migration 0004), so those tables are never expected.
    expected = {t: columns for t, columns in tables_at(revision).items() if not is_search_object(t)}
    missing = shortfall(actual, expected)
    if missing:
        raise NotAProjectError(f"{shown} is not a complete Evidence Desk project (no {', '.join(missing[:3])}): "
                               f"{UNCHANGED}")
    return revision


def _read_only_reason(conn: Connection) -> str:
    if conn.exec_driver_sql("SHOW default_transaction_read_only").scalar() == "on":
        return Storage.tr("the database is read-only")
    if conn.exec_driver_sql("SELECT pg_is_in_recovery()").scalar():
        return Storage.tr("the server is a read-only standby")
    tables = inspect(conn).get_table_names()
    if "annotations" in tables and not conn.exec_driver_sql(
        "SELECT has_table_privilege(current_user, 'annotations', 'INSERT')"
    ).scalar():
        return Storage.tr("your database role may not write to it")
    if not tables and not conn.exec_driver_sql(
        "SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')"
    ).scalar():
        return Storage.tr("your database role may not create tables")
    conn.rollback()
    return ""


def _migrate(engine: Engine, progress: Progress | None) -> None:
    from desktop.storage.migrate import upgrade_on

    with engine.begin() as conn:
        upgrade_on(conn, "head", progress)  # env.py takes the advisory lock, then reads the revision again

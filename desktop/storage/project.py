"""``open_project()``: the one way a project file is created, checked, upgraded and opened.

- A new path is created and brought to the newest schema with Alembic.
- An existing file must be an SQLite database carrying our schema; anything else (a text file,
  a corrupt database, another program's database) is refused before a single byte is written.
- A file from an older version is copied to ``<name>.bak-<revision>`` and then upgraded.
- A file from a newer version of Evidence Desk is refused with a clear message.
- SQLite runs with WAL and foreign keys on; every transaction commits durably, so a killed
  process loses nothing that was shown as done.
- A ``postgresql://`` URL opens the same schema on a PostgreSQL server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest schema revision. A test checks it equals Alembic's head; knowing it here lets a file
# that is already current open without loading Alembic at all (start-up time).
SCHEMA_HEAD = "0005"
SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x45564453  # "EVDS", written into the SQLite header of every project
Progress = Callable[[int, int, str], object]  # (done, total, what is being done)


class ProjectError(Exception):
    """A project could not be opened; the message is meant for the user."""


class NotAProjectError(ProjectError):
    pass


class NewerProjectError(ProjectError):
    pass


@dataclass
class Project:
    """An open project: where it lives, and how to run a transaction on it."""

    location: str
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    backup_path: Path | None = None

    @property
    def path(self) -> Path | None:
        return None if "://" in self.location else Path(self.location)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error."""
        with self.sessions.begin() as session:
            yield session

    def read(self) -> Session:
        """A session for reading (use as a context manager)."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(engine: Engine | None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (slow: use SCHEMA_HEAD on hot paths)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))  # type: ignore[arg-type]
    head = script.get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(None))  # type: ignore[arg-type]
    return {rev.revision for rev in script.walk_revisions()}


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def _inspect_existing_sqlite(path: Path) -> str | None:
    """Check an existing file without writing to it. Returns its schema revision (None if empty)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if len(header) == 0:
        raise NotAProjectError(f"{path.name} is an empty file, not an Evidence Desk project: nothing was changed.")
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{path.name} is not an Evidence Desk project (not an SQLite database).")
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            if not ok or ok[0] != "ok":
                raise NotAProjectError(f"{path.name} is damaged (SQLite integrity check failed): nothing was changed.")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "project_info" not in tables:
                raise NotAProjectError(
                    f"{path.name} is an SQLite database but not an Evidence Desk project: nothing was changed."
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(f"{path.name} is damaged or not a project ({exc}): nothing was changed.") from exc


def _backup_sqlite(path: Path, backup: Path) -> None:
    """A consistent copy, including anything still in the write-ahead log."""
    if backup.exists():
        backup.unlink()
    src = sqlite3.connect(path)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def open_project(location: str | Path, *, create: bool = True, progress: Progress | None = None) -> Project:
    """Create, check, upgrade if needed, and open a project. Raises ProjectError with a user message.

    ``progress(done, total, what)`` hears from a long upgrade (building the search index)."""
    loc = str(location)
    if "://" in loc:
        return _open_url(loc, progress)
    path = Path(loc).expanduser()
    backup: Path | None = None
    revision: str | None = None
    if path.exists():
        if path.is_dir():
            raise NotAProjectError(f"{path} is a folder, not a project file.")
        revision = _inspect_existing_sqlite(path)
        if revision is not None and revision != SCHEMA_HEAD:
            if revision not in _known_revisions():
                raise NewerProjectError(
                    f"{path.name} was made by a newer version of Evidence Desk (schema {revision}). "
                    "Update Evidence Desk to open it; the file was not changed."
                )
            backup = path.with_name(f"{path.name}.bak-{revision}")
            _backup_sqlite(path, backup)
    elif not create:
        raise ProjectError(f"There is no project at {path}.")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    engine = _sqlite_engine(path)
    if revision != SCHEMA_HEAD:
        _upgrade(engine, progress)
        _set_application_id(engine)
    return Project(location=str(path), engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), backup_path=backup)


def _open_url(url: str, progress: Progress | None = None) -> Project:
    engine = create_engine(url, future=True)
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    if revision is not None and revision not in _known_revisions():
        raise NewerProjectError(
            f"The database was made by a newer version of Evidence Desk (schema {revision})."
        )
    _upgrade(engine, progress)
    return Project(location=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _upgrade(engine: Engine, progress: Progress | None = None) -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = _alembic_config(engine)
        cfg.attributes["connection"] = conn
        cfg.attributes["progress"] = progress  # a migration's long work reports through it (0004)
        command.upgrade(cfg, "head")


def _set_application_id(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")

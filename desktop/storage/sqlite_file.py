"""A project file on disk: checked without writing a byte, created whole, upgraded in one transaction.

- ``inspect_file`` reads the header (magic, ``application_id``, ``user_version``) and then the schema
  through a connection that cannot write: ``immutable=1`` when no write-ahead log lies beside the file, so
  not even a ``-shm`` appears; ``mode=ro`` when one does (the log holds committed data), and a ``-shm`` it
  had to make is removed again if the file is refused. FIFOs, devices and sockets are refused from
  ``stat`` before anything opens them, so nothing ever blocks on them.
- ``create_file`` builds the new project under a temporary name in the target's folder (one transaction,
  then switched to WAL and closed) and links it into place only when complete. ``os.link`` never
  replaces: of two processes creating the same project at once, one links it and the other opens it.
- ``upgrade_file`` takes the write lock, copies the file to ``<name>.bak-<revision>`` (never over an
  earlier backup: ``-2``, ``-3`` ... follow), then runs every migration in the same transaction.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop.storage import killpoints
from desktop.storage.driver_errors import Storage
from desktop.storage.migrate import (
    APPLICATION_ID,
    Progress,
    migration_engine,
    refuse_broken_links,
    stamp_sqlite,
    upgrade_on,
)
from desktop.storage.open_errors import NewerProjectError, NotAProjectError, ProjectError
from desktop.storage.schema import Tables, revision_number, shortfall, tables_at

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
UNCHANGED = "nothing was changed."
BUILD_SUFFIX = ".creating"


@dataclass(frozen=True)
class FileState:
    """What ``inspect_file`` found: an Evidence Desk project at ``revision``."""

    revision: str
    application_id: int
    user_version: int
    read_only_reason: str  # "" when the file and its folder can be written

    @property
    def stamped(self) -> bool:
        return self.application_id == APPLICATION_ID and self.user_version == revision_number(self.revision)


def sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def sqlite_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.absolute()))}" + (f"?{query}" if query else "")


# --- Looking without touching -------------------------------------------------------------------------


def refuse_special(path: Path) -> os.stat_result:
    """The file's stat, after refusing folders, pipes, devices and sockets (opening a FIFO would block)."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ProjectError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise NotAProjectError(f"{path} is a folder, not a project file.")
    if not stat.S_ISREG(st.st_mode):
        raise NotAProjectError(
            f"{path} is not a regular file (a pipe, device or socket), so not a project: {UNCHANGED}"
        )
    return st


def read_header(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ProjectError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe between stat and open
            raise NotAProjectError(f"{path} is not a regular file, so not a project: {UNCHANGED}")
        return os.read(fd, HEADER_SIZE)
    except OSError as exc:
        raise ProjectError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    finally:
        os.close(fd)





def read_only_reason(path: Path, st: os.stat_result) -> str:
    """Why the project cannot be written ("" if it can). A file without write permission bits counts as
    read-only even for root: someone marked it so."""
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        return Storage.tr("the file is read-only")
    folder = path.parent
    try:
        folder_mode = folder.stat().st_mode
    except OSError:
        return Storage.tr("its folder cannot be read")
    if not folder_mode & 0o222 or not os.access(folder, os.W_OK | os.X_OK):
        return Storage.tr("its folder is read-only")
    return ""


@contextmanager
def peek(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that writes nothing to ``path`` (see the module docstring for what may appear beside it)."""
    params = {"mode": "ro"} if sibling(path, "-wal").exists() else {"immutable": "1"}
    conn = sqlite3.connect(sqlite_uri(path, **params), uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _forget_siblings_made(path: Path, had: dict[str, bool]) -> None:
    for suffix, existed in had.items():
        if not existed:
            with suppress(OSError):
                sibling(path, suffix).unlink()


def inspect_file(path: Path, *, quick_check: bool = True) -> FileState:
    """Check that ``path`` is an Evidence Desk project, writing nothing. Raises ProjectError saying why not.

    ``quick_check=False`` leaves out SQLite's integrity check, which reads the whole file: the caller runs it
    (``desktop.storage.deferred_check``)."""
    st = refuse_special(path)
    name = path.name
    header = read_header(path)
    if not header:
        raise NotAProjectError(f"{name} is an empty file, not an Evidence Desk project: {UNCHANGED}")
    if not header.startswith(SQLITE_MAGIC) or len(header) < HEADER_SIZE:
        raise NotAProjectError(f"{name} is not an Evidence Desk project (not an SQLite database): {UNCHANGED}")
    _refuse_foreign_id(name, int.from_bytes(header[68:72], "big"))
    had = {suffix: sibling(path, suffix).exists() for suffix in ("-wal", "-shm")}
    try:
        with peek(path) as conn:
            state = _inspect_schema(conn, name, quick_check)
    except sqlite3.DatabaseError as exc:
        _forget_siblings_made(path, had)
        raise NotAProjectError(f"{name} is damaged or not a project ({exc}): {UNCHANGED}") from exc
    except ProjectError:
        _forget_siblings_made(path, had)
        raise
    return FileState(state.revision, state.application_id, state.user_version, read_only_reason(path, st))


def _refuse_foreign_id(name: str, application_id: int) -> None:
    if application_id not in (0, APPLICATION_ID):
        raise NotAProjectError(
            f"{name} is another program's database (application id 0x{application_id:08x}), "
            f"not an Evidence Desk project: {UNCHANGED}"
        )


def _inspect_schema(conn: sqlite3.Connection, name: str, quick_check: bool) -> FileState:
    from desktop.storage.project import SCHEMA_HEAD

    if quick_check:
        ok = conn.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise NotAProjectError(f"{name} is damaged (SQLite's integrity check failed): {UNCHANGED}")
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    _refuse_foreign_id(name, application_id)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if not tables:
        raise NotAProjectError(f"{name} is an empty SQLite database, not an Evidence Desk project: {UNCHANGED}")
    if "alembic_version" not in tables or "project_info" not in tables:
        raise NotAProjectError(f"{name} is an SQLite database but not an Evidence Desk project: {UNCHANGED}")
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise NotAProjectError(
            f"{name} looks like an Evidence Desk project but its schema version is missing "
            f"({len(rows)} row(s) in alembic_version): it is damaged; {UNCHANGED}"
        )
    revision = rows[0][0]
    ours = application_id == APPLICATION_ID
    head_number = revision_number(SCHEMA_HEAD)
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        if ours or revision_number(revision) > head_number:
            raise NewerProjectError(
                f"{name} was made by a newer version of Evidence Desk (schema {revision}). "
                f"Update Evidence Desk to open it; {UNCHANGED}"
            )
        raise NotAProjectError(f"{name} is an SQLite database but not an Evidence Desk project "
                               f"(unknown schema {revision!r}): {UNCHANGED}")
    if user_version > head_number and ours:
        raise NewerProjectError(
            f"{name} was made by a newer version of Evidence Desk (schema {user_version}). "
            f"Update Evidence Desk to open it; {UNCHANGED}"
        )
    if user_version not in (0, revision_number(revision)):
        raise NotAProjectError(
            f"{name} is damaged: its header says schema {user_version} but its tables say {revision}; {UNCHANGED}"
        )
    expected = tables_at(revision)
    # only the tables a project must have are read: a column listing of one of the search index's virtual
    # tables (and their shadow tables, some 25) would make SQLite connect the full-text module to read them
    missing = shortfall(_tables(conn, [table for table in tables if table in expected]), expected)
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise NotAProjectError(
            f"{name} is not a complete Evidence Desk project (no {', '.join(missing[:3])}{more}): "
            f"it is damaged or another program's; {UNCHANGED}"
        )
    return FileState(revision, application_id, user_version, "")


def _tables(conn: sqlite3.Connection, names: list[str]) -> Tables:
    out: Tables = {}
    for table in names:
        quoted = table.replace('"', '""')
        out[table] = frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{quoted}")'))
    return out


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from desktop.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


# --- Creating ------------------------------------------------------------------------------------------


def create_file(path: Path, progress: Progress | None = None) -> bool:
    """Build a complete new project and link it into place at ``path``.

    Returns False when another process linked one there first (the caller then opens theirs)."""
    from desktop.storage.project import SCHEMA_HEAD

    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"Cannot create a project in {folder}: {exc.strerror or exc}.") from exc
    if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
        raise ProjectError(f"Cannot create a project in {folder}: the folder is read-only.")
    _remove_stale_builds(path)
    build = folder / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{BUILD_SUFFIX}"
    try:
        engine = migration_engine(build)
        try:
            with engine.begin() as conn:
                upgrade_on(conn, "head", progress)
                stamp_sqlite(conn, SCHEMA_HEAD)
                killpoints.at("before-commit")
            raw = engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA journal_mode=WAL")  # persistent; closing checkpoints the log away
            finally:
                raw.close()
        finally:
            engine.dispose()
        _fsync(build)
        killpoints.at("before-link")
        if not link_into_place(build, path):
            return False
        killpoints.at("after-link")
        _fsync(folder)
        return True
    except (sqlite3.Error, OSError) as exc:
        raise ProjectError(f"Cannot create a project at {path}: {exc}.") from exc
    except Exception as exc:  # SQLAlchemy wraps the driver's errors
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            raise ProjectError(f"Cannot create a project at {path}: {exc.orig}.") from exc
        raise
    finally:
        for leftover in (build, sibling(build, "-journal"), sibling(build, "-wal"), sibling(build, "-shm")):
            with suppress(OSError):
                leftover.unlink()


def link_into_place(build: Path, path: Path) -> bool:
    try:
        os.link(build, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: rename, unless someone got there first
        if path.exists():
            return False
        os.replace(build, path)
        return True


def _remove_stale_builds(path: Path) -> None:
    """Temporary files left by a create that was killed (its process is gone)."""
    for leftover in path.parent.glob(f".{path.name}.*{BUILD_SUFFIX}"):
        pid_part = leftover.name[len(path.name) + 2:].split("-", 1)[0]
        if pid_part.isdigit() and not process_alive(int(pid_part)):
            for extra in (leftover, sibling(leftover, "-journal")):
                with suppress(OSError):
                    extra.unlink()


def process_alive(pid: int) -> bool:
    """Whether a process of this machine with that id still runs (one owned by another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and folders on some platforms) do not sync
    finally:
        os.close(fd)


# --- Upgrading -----------------------------------------------------------------------------------------


def upgrade_file(path: Path, progress: Progress | None = None) -> Path | None:
    """Bring the project at ``path`` to the head in one transaction, after a backup. Returns the backup
    (None when another process upgraded it while we waited for the lock)."""
    from sqlalchemy.exc import OperationalError

    from desktop.storage.project import SCHEMA_HEAD

    engine = migration_engine(path)
    try:
        with engine.connect() as conn:
            try:
                conn.begin()
            except OperationalError as exc:
                raise ProjectError(
                    f"{path.name} needs an upgrade, but another program is writing to it. "
                    f"Close it there and try again; {UNCHANGED}"
                ) from exc
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if current == SCHEMA_HEAD:
                conn.commit()
                return None
            backup = backup_file(path, str(current))
            killpoints.at("after-backup")
            upgrade_on(conn, "head", progress)
            stamp_sqlite(conn, SCHEMA_HEAD)
            refuse_broken_links(conn, path.name)
            killpoints.at("before-commit")
            conn.commit()
            return backup
    finally:
        engine.dispose()


def backup_file(path: Path, revision: str) -> Path:
    """A consistent copy (with what the write-ahead log holds) at the first free ``<name>.bak-<revision>``."""
    build = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.bak")
    try:
        source = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        target = sqlite3.connect(build)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        _fsync(build)
        n = 1
        while True:
            backup = path.with_name(f"{path.name}.bak-{revision}" + (f"-{n}" if n > 1 else ""))
            if link_into_place(build, backup):
                _fsync(path.parent)
                return backup
            n += 1
    except (sqlite3.Error, OSError) as exc:
        raise ProjectError(f"Cannot back {path.name} up before upgrading it ({exc}); {UNCHANGED}") from exc
    finally:
        for leftover in (build, sibling(build, "-journal")):
            with suppress(OSError):
                leftover.unlink()

"""``open_project()``: the one way a project is created, checked, upgraded and opened.

- A new path is built whole under a temporary name and linked into place (``sqlite_file.create_file``);
  of two processes creating the same project at once, one creates it and the other opens it.
- An existing file must be an SQLite database carrying our ``application_id``, ``user_version`` and
  schema; anything else (a text file, a FIFO, an empty or look-alike database, a damaged file) is refused
  before a single byte is written, and no ``-wal``/``-shm`` is left beside it.
- A file from an older version is copied to ``<name>.bak-<revision>`` (never over an earlier backup) and
  upgraded in ONE transaction; a file from a newer version is refused.
- A read-only file or folder opens read-only: reads work, ``transaction()`` raises ``ReadOnlyProject``.
- Every ``sqlite:///`` URL goes through the same checks as a path; ``postgresql://`` opens the same
  schema on a server (``storage.postgres``); anything else is refused in one line.
- SQLite runs in WAL with foreign keys on and synchronous=FULL: a killed process loses nothing shown as done.
- ``transaction()`` takes the write lock up front (``BEGIN IMMEDIATE``), so two writers never race
  between a read and a write. A writer that finds the project busy waits; while a long write announced
  with ``transaction(label=...)`` (an import) holds it, waiting goes on and ``on_busy`` is told what is
  in progress. Driver errors leave as ``desktop.storage.errors`` with a message for the user.
- Every write transaction also appends one ``change_log`` row saying what it changed (and on PostgreSQL
  NOTIFYs it), so other windows follow (``storage.change_capture``, ``storage.change_log``). Inside
  ``expecting({(table, id): version})`` a transaction first checks (and on PostgreSQL locks) those rows and
  raises ``ChangedMeanwhile`` if one is not at that version; ``recording()`` collects the versions the
  transactions it encloses left behind.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from desktop.storage import deferred_check
from desktop.storage.bulk_pragmas import BULK_OPTIONS, bulk_begin
from desktop.storage.deferred_check import DeferredCheck
from desktop.storage.driver_errors import Storage, translate
from desktop.storage.errors import ChangedMeanwhile, DamagedData, DatabaseBusy, ReadOnlyProject
from desktop.storage.migrate import APPLICATION_ID, MIGRATIONS_DIR, alembic_config
from desktop.storage.open_errors import NewerProjectError, NotAProjectError, ProjectError
from desktop.storage.sqlite_file import (
    SQLITE_MAGIC,
    create_file,
    inspect_file,
    process_alive,
    sibling,
    sqlite_uri,
    upgrade_file,
)

if TYPE_CHECKING:  # the ORM is imported when a caller first needs a Session (``Project.sessions``), not before
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.storage.change_capture import RowKey, Written

__all__ = [
    "APPLICATION_ID", "MIGRATIONS_DIR", "SCHEMA_HEAD", "SQLITE_MAGIC", "BusyWait", "NewerProjectError",
    "NotAProjectError", "Progress", "Project", "ProjectError", "head_revision", "open_project",
]

# The newest schema revision. A test checks it equals Alembic's head; knowing it here lets a file that is
# already current open without loading Alembic at all (start-up time).
SCHEMA_HEAD = "0008"
Progress = Callable[[int, int, str], object]  # (done, total, what is being done)
BUSY_TIMEOUT_MS = 1000  # one wait for the write lock inside SQLite; transaction() loops over these
READ_BUSY_TIMEOUT_MS = 5000  # a read is rarely kept waiting in WAL (recovery, a truncating checkpoint)
SHORT_WAIT_S = 10.0  # how long a writer waits for an unannounced writer
LONG_WAIT_S = 30 * 60.0  # ... and for an announced long write (an import) that is still alive
LONG_WRITE_KEY = "busy:long-write"  # project_info row announcing a long write
_STALE_ANNOUNCEMENT_S = 6 * 3600.0


@dataclass(frozen=True)
class BusyWait:
    """Told to ``Project.on_busy`` while a write waits for the lock."""

    message: str  # "Waiting: an import of 20000 annotations is in progress (since 10:12:03)."
    waited: float  # seconds so far
    long_write: bool  # an announced long write holds the project


@dataclass
class Project:
    """An open project: where it lives, and how to run a transaction on it.

    A read that needs no ORM objects runs Core statements (``storage.tables``) on a connection (``read_core``);
    the ORM (``sqlalchemy.orm``, the models, their sessions) is loaded only when a Session is first asked for
    (``read``, ``transaction``, ``sessions``), so a command that only reads rows never imports it."""

    location: str
    engine: Engine
    backup_path: Path | None = None
    read_only_reason: str = ""  # "" when writable; else why not ("the file is read-only")
    on_busy: Callable[[BusyWait], bool] | None = field(default=None, repr=False)
    writer: Engine | None = field(default=None, repr=False)  # whose transactions take the write lock (None: engine)
    _writing: threading.local = field(default_factory=threading.local, repr=False)
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)  # this opening, in the change log
    login: str = ""  # the database login on PostgreSQL ("" for a file)
    on_committed: Callable[[Written], object] | None = field(default=None, repr=False)  # after each commit
    commits: int = field(default=0, init=False, repr=False)  # transactions committed through this object
    integrity: DeferredCheck | None = field(default=None, repr=False)  # SQLite's check, run while the window starts

    _makers: dict[str, sessionmaker[Session]] = field(default_factory=dict, init=False, repr=False)
    _makers_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions for reading (and, on PostgreSQL, writing), made on first use with the ORM."""
        return self._maker("read", self.engine)

    @property
    def _writes(self) -> sessionmaker[Session]:
        return self.sessions if self.writer is None else self._maker("write", self.writer)

    def _maker(self, name: str, engine: Engine) -> sessionmaker[Session]:
        maker = self._makers.get(name)
        if maker is None:
            with self._makers_lock:
                maker = self._makers.get(name)
                if maker is None:
                    from sqlalchemy.orm import sessionmaker

                    from desktop.storage import change_capture

                    maker = sessionmaker(engine, expire_on_commit=False)
                    change_capture.install(maker)  # every flush records what it changed (the change log)
                    self._makers[name] = maker
        return maker

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        return None if "://" in self.location else Path(self.location)

    @property
    def shown_location(self) -> str:
        """Where the project is, fit to show: a server's address without its password."""
        if "://" not in self.location:
            return self.location
        from desktop.storage.postgres import safe_url

        return safe_url(self.location)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def name(self) -> str:
        path = self.path
        return path.name if path is not None else self.location.rsplit("/", 1)[-1]

    @contextmanager
    def transaction(self, label: str | None = None, *, bulk: bool = False) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error.

        ``bulk``: a write of tens of thousands of rows (an import); on SQLite its connection gets a larger page
        cache and keeps its statement journal in memory (``storage.bulk_pragmas``).

        ``label`` announces a long write ("Importing 20000 annotations") to other writers, who then wait
        for it (telling ``on_busy``) instead of giving up. Driver errors leave as StorageError."""
        self.settle_integrity()  # no write to a file before SQLite's integrity check has passed it
        if self.read_only:
            raise ReadOnlyProject(Storage.tr("{project} is open read-only ({reason}): nothing can be changed.").format(
                project=self.name, reason=self.read_only_reason))
        if getattr(self._writing, "active", False):
            raise RuntimeError("A write transaction was begun inside another on the same thread; it would wait "
                               "for itself. Pass the session down instead.")
        if label:
            self._announce(label)
        session = self._begin_write(bulk)
        committed = False
        self._writing.active = True
        try:
            self._check_expected(session)
            yield session
            if label:
                session.execute(text("DELETE FROM project_info WHERE key = :k"), {"k": LONG_WRITE_KEY})
            record = self._log(session)
            session.commit()
            committed = True
            self.commits += 1
            self._recorded(record)
        except BaseException as exc:
            with suppress(Exception):
                session.rollback()
            error = _storage_error(self, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            self._writing.active = False
            session.close()
            if label and not committed:
                self._withdraw()

    def settle_integrity(self) -> str:
        """Wait for SQLite's integrity check if it still runs (``open_project(check_later=True)``); a damaged
        file becomes read-only, saying so. Returns why it is damaged ("" if it is not)."""
        check = self.integrity
        if check is None:
            return ""
        problem = check.problem()
        if problem and not self.read_only_reason.startswith(problem):
            self.read_only_reason = problem
        return problem

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading: one consistent snapshot; driver errors leave as StorageError."""
        with self._storage_errors(), self.sessions() as session:
            yield session

    @contextmanager
    def read_core(self) -> Iterator[Connection]:
        """A connection for reading rows with Core statements (``storage.tables``), without the ORM: one
        consistent snapshot, as ``read()``; a damaged value and driver errors leave as ``read()``'s do."""
        with self._storage_errors(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """What leaves the block as the StorageError it means (a damaged value, a busy or lost database...)."""
        try:
            yield
        except BaseException as exc:
            error = _storage_error(self, exc)
            if error is exc:
                raise
            raise error from exc

    def close(self) -> None:
        if self.integrity is not None:
            self.integrity.stop()
        self.engine.dispose()

    # --- versions: no change overwritten unseen ----------------------------------------------------------

    @contextmanager
    def expecting(self, versions: Mapping[RowKey, int | None]) -> Iterator[None]:
        """Transactions begun inside first check that each row is at its version (None: the row must not
        exist) and raise ``ChangedMeanwhile`` otherwise; on PostgreSQL the rows stay locked until the commit.
        A row deleted since is left to the write, which refuses in its own words ("no longer exists")."""
        stack = self._stack("expected")
        stack.append(dict(versions))
        try:
            yield
        finally:
            stack.pop()

    @contextmanager
    def recording(self) -> Iterator[dict[RowKey, int | None]]:
        """Collects, for every versioned row the enclosed transactions wrote, its version after the commit."""
        ledger: dict[RowKey, int | None] = {}
        stack = self._stack("recorders")
        stack.append(ledger)
        try:
            yield ledger
        finally:
            stack.pop()

    def _stack(self, name: str) -> list[Any]:
        found = getattr(self._writing, name, None)
        if found is None:
            found = []
            setattr(self._writing, name, found)
        return found

    def _check_expected(self, session: Session) -> None:
        from desktop.storage.tables import VERSIONED_TABLES

        wanted: dict[RowKey, int | None] = {}
        for versions in self._stack("expected"):
            wanted.update(versions)
        lock = " FOR UPDATE" if self.dialect == "postgresql" else ""
        for (table, key), version in sorted(wanted.items()):
            if table not in VERSIONED_TABLES:
                raise ValueError(f"{table} has no versions")
            typed: object = key if table in ("annotations", "reviews") else int(key)
            actual = session.execute(text(f"SELECT version FROM {table} WHERE id = :k{lock}"), {"k": typed}).scalar()
            if actual is None and version is not None:
                continue  # deleted since: the write itself says "no longer exists", in the service's words
            if actual != version:
                raise _changed_meanwhile(session, table, key, version, actual)

    def _log(self, session: Session) -> Written | None:
        from desktop.storage import change_capture, change_log
        from desktop.storage.change_capture import Written

        along = change_capture.take_rows_at_commit(session)  # inserted with the change log entry below
        session.flush()  # what is still pending is part of the record too
        record = session.info.get("written")
        if not isinstance(record, Written) or record.empty:
            change_log.insert_rows(session, along)
            return record if isinstance(record, Written) else None
        record.seq = change_log.append(session, record, session_id=self.session_id, login=self.login,
                                       along=along).seq
        return record

    def _recorded(self, record: Written | None) -> None:
        if record is None:
            return
        for ledger in self._stack("recorders"):
            ledger.update(record.versions)
        if self.on_committed is not None and not record.empty:
            self.on_committed(record)

    # --- writers taking turns ---------------------------------------------------------------------

    def _begin_write(self, bulk: bool = False) -> Session:
        """A session holding the write lock; waits while another writer has it."""
        maker = self._writes
        started = time.monotonic()
        while True:
            session = maker()
            try:
                # BEGIN IMMEDIATE on SQLite: the lock, or "database is locked"
                session.connection(execution_options=BULK_OPTIONS if bulk else None)
                return session
            except DBAPIError as exc:
                session.close()
                error = translate(exc)
                if not isinstance(error, DatabaseBusy):
                    raise (error or exc) from exc
                self._wait_or_give_up(started, error)

    def _wait_or_give_up(self, started: float, error: DatabaseBusy) -> None:
        waited = time.monotonic() - started
        holder = self.long_write_in_progress()
        limit = LONG_WAIT_S if holder else SHORT_WAIT_S
        message = f"Waiting: {holder}." if holder else "Waiting: another program is writing to the project."
        if waited >= limit:
            raise DatabaseBusy(f"{holder}: {error}" if holder else str(error))
        if self.on_busy is not None and not self.on_busy(BusyWait(message, waited, bool(holder))):
            raise DatabaseBusy(f"{holder}: {error}" if holder else str(error))

    def long_write_in_progress(self) -> str:
        """What an announced long write says it is doing ("" if none, or its process is gone)."""
        try:
            with self.engine.connect() as s:
                raw = s.execute(text("SELECT value FROM project_info WHERE key = :k"),
                                {"k": LONG_WRITE_KEY}).scalar()
        except DBAPIError:
            return ""
        if not raw:
            return ""
        try:
            info = json.loads(raw)
            since = float(info["since"])
            what, host, pid = str(info["what"]), str(info["host"]), int(info["pid"])
        except (ValueError, KeyError, TypeError):
            return ""
        if time.time() - since > _STALE_ANNOUNCEMENT_S:
            return ""
        if host == socket.gethostname() and not process_alive(pid):
            return ""
        at = time.strftime("%H:%M:%S", time.localtime(since))
        where = "" if host == socket.gethostname() else f" on {host}"
        return f"{what} is in progress{where} (since {at})"

    def _announce(self, label: str) -> None:
        value = json.dumps({"what": label, "host": socket.gethostname(), "pid": os.getpid(), "since": time.time()})
        session = self._begin_write()
        try:
            session.execute(text("DELETE FROM project_info WHERE key = :k"), {"k": LONG_WRITE_KEY})
            session.execute(text("INSERT INTO project_info (key, value) VALUES (:k, :v)"),
                            {"k": LONG_WRITE_KEY, "v": value})
            session.commit()
        except BaseException as exc:
            with suppress(Exception):
                session.rollback()
            error = _storage_error(self, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            session.close()

    def _withdraw(self) -> None:
        with suppress(Exception), self.transaction() as s:
            s.execute(text("DELETE FROM project_info WHERE key = :k"), {"k": LONG_WRITE_KEY})


_THINGS = {"annotations": ("annotation", "annotation"), "reviews": ("review", "annotation"),
           "entities": ("entity", "entity"), "entity_aliases": ("alias", "entity"),
           "measures": ("measure", "measure"), "propositions": ("proposition", "proposition")}


def _changed_meanwhile(session: Session, table: str, key: str, expected: int | None,
                       actual: int | None) -> ChangedMeanwhile:
    """Who changed the row last, and when (from the journal), in a message for the user."""
    thing, target_type = _THINGS.get(table, ("row", table))
    by = at = ""
    if table in ("annotations", "entities", "measures", "propositions"):
        row = session.execute(text(
            "SELECT j.at, a.name FROM journal j LEFT JOIN authors a ON a.id = j.author_id "
            "WHERE j.target_type = :t AND j.target_id = :k ORDER BY j.id DESC LIMIT 1"),
            {"t": target_type, "k": key}).first()
        if row is not None:
            at, by = str(row[0] or ""), str(row[1] or "")
    who = by or "Someone"
    when = f" (at {at[11:16]} UTC)" if len(at) >= 16 else ""
    if actual is None:
        what = f"{who} deleted this {thing}{when}"
    elif expected is None:
        what = f"This {thing} exists again: {who} brought it back{when}"
    else:
        what = f"{who} changed this {thing}{when} since you last saw it"
    return ChangedMeanwhile(f"{what}; nothing was changed.", table=table, key=key, expected=expected,
                            actual=actual, by=by, at=at)


def _storage_error(project: Project, exc: BaseException) -> BaseException:
    """The exception to raise for ``exc`` met inside a transaction or a read."""
    from desktop.storage.types import DamagedValue

    if isinstance(exc, DamagedValue):
        from desktop.storage.integrity import describe_damage

        return describe_damage(project) or DamagedData(str(exc))
    return translate(exc) or exc


# --- opening ------------------------------------------------------------------------------------------


def head_revision() -> str:
    """Alembic's head, read from the migration scripts (slow: use SCHEMA_HEAD on hot paths)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def open_project(location: str | Path, *, create: bool = True, progress: Progress | None = None,
                 check_later: bool = False) -> Project:
    """Create, check, upgrade if needed, and open a project. Raises ProjectError with a one-line message.

    ``progress(done, total, what)`` hears from a long create or upgrade (building the search index).
    ``check_later`` (the window's start): a project file that needs no upgrade opens before SQLite's
    integrity check, which reads the whole file, has run; the check runs in a thread (``Project.integrity``,
    ``desktop.storage.deferred_check``) and the first write waits for it."""
    loc = str(location)
    if "://" in loc or loc.startswith("sqlite:"):
        from desktop.storage.postgres import open_url

        return open_url(loc, create=create, progress=progress,
                        open_file=lambda p: open_project(p, create=create, progress=progress))
    return _open_file(Path(loc).expanduser().absolute(), create=create, progress=progress, check_later=check_later)


def _open_file(path: Path, *, create: bool, progress: Progress | None, check_later: bool = False) -> Project:
    if not path.exists() and not path.is_symlink():
        if not create:
            raise ProjectError(f"There is no project at {path}.")
        create_file(path, progress)  # False: another process made it first; either way it is complete now
    state = inspect_file(path, quick_check=not check_later)
    if check_later and (state.revision != SCHEMA_HEAD or not (state.stamped or state.read_only_reason)):
        state = inspect_file(path)  # it is written before it opens (an upgrade, a stamp): checked first
        check_later = False
    backup: Path | None = None
    if state.revision != SCHEMA_HEAD:
        if state.read_only_reason:
            raise ProjectError(
                f"{path.name} was made by an older version of Evidence Desk and must be upgraded, "
                f"but {state.read_only_reason}: copy it somewhere writable to open it. Nothing was changed."
            )
        backup = upgrade_file(path, progress)
    elif not state.stamped and not state.read_only_reason:
        _stamp_header(path)
    integrity = deferred_check.start(path) if check_later else None  # begun early (check_early) or now
    project = _sqlite_project(path, state.read_only_reason, integrity)
    project.backup_path = backup
    return project


def _stamp_header(path: Path) -> None:
    """A project made by 0.1 (schema checked) gets the application id and schema number in its header."""
    from desktop.storage.migrate import migration_engine, stamp_sqlite

    engine = migration_engine(path)
    try:
        with engine.begin() as conn:
            stamp_sqlite(conn, SCHEMA_HEAD)
    except DBAPIError:
        pass  # busy or read-only: the schema was checked; the stamp can wait for the next open
    finally:
        engine.dispose()


def _sqlite_project(path: Path, read_only_reason: str, integrity: DeferredCheck | None = None) -> Project:
    if read_only_reason:
        # immutable when no log lies beside it: nothing is created in a folder that is not ours to write
        params = {"mode": "ro"} if sibling(path, "-wal").exists() else {"immutable": "1"}
    else:
        params = {"mode": "rw"}  # never re-create a project file that vanished while open
    uri = sqlite_uri(path, **params)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we begin transactions ourselves (below)
        dbapi_conn.execute("PRAGMA foreign_keys=ON")
        if not read_only_reason:
            dbapi_conn.execute("PRAGMA synchronous=FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("evidence_write", False)
        timeout = BUSY_TIMEOUT_MS if immediate else READ_BUSY_TIMEOUT_MS
        if conn.info.get("busy_timeout") != timeout:  # the pooled connection remembers (a statement less)
            conn.exec_driver_sql(f"PRAGMA busy_timeout={timeout}")
            conn.info["busy_timeout"] = timeout
        bulk_begin(conn)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return Project(location=str(path), engine=engine, read_only_reason=read_only_reason,
                   writer=engine.execution_options(evidence_write=True), integrity=integrity)

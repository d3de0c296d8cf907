"""Following what other windows, colleagues and scripts change in a project, as it happens.

``ChangeFeed(project)`` hands out the ``change_log`` entries (``storage.change_log``) committed by anyone
else (not by ``own_session``, by default the project's own), oldest first:

- SQLite: ``poll()`` asks ``PRAGMA data_version`` on a connection of its own (it moves whenever another
  connection commits; a few microseconds) and reads the entries after the last one seen. A write on SQLite
  is serialised, so entries appear in commit order and nothing is missed.
- PostgreSQL: a thread LISTENs on the project's channel; each committed write's transaction NOTIFYs its
  entry. The thread checks the connection every ``HEARTBEAT_S``; when it drops, ``status`` turns
  ``offline`` at once and the thread reconnects every ``RETRY_S``. On reconnecting it catches up: it reads
  the entries of every transaction that was not finished when it last looked (``pg_snapshot_xmin``), so
  nothing committed while it was away is missed, and it skips what it had already handed out.

``poll()`` never blocks (the window calls it from a timer); ``wait(timeout)`` blocks (``evidence-desk watch``).
Nothing here imports Qt.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from desktop.storage import change_log
from desktop.storage.change_log import LoggedChange
from desktop.storage.project import Project

HEARTBEAT_S = 2.0  # how often the listener checks its connection when nothing arrives
RETRY_S = 1.0  # how often it tries to reconnect
CONNECT_TIMEOUT_S = 3
POLL_S = 0.1  # wait(): how often SQLite is asked
_REMEMBERED = 5000  # seqs remembered to skip duplicates after a catch-up

ONLINE, OFFLINE, LOCAL = "online", "offline", "local"


class ChangeFeed:
    def __init__(self, project: Project, *, own_session: str | None = "", on_status: Callable[[str], object] | None = None,
                 connect: Callable[[], Any] | None = None) -> None:
        self._project = project
        self._own = project.session_id if own_session == "" else own_session
        self._on_status = on_status
        self._closed = threading.Event()
        self._queue: queue.Queue[LoggedChange] = queue.Queue()
        self.offline_reason = ""
        self._sqlite: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        if project.dialect == "postgresql":
            self.status = OFFLINE
            self._connect = connect or self._connect_postgres
            self._started = threading.Event()
            self._thread = threading.Thread(target=self._listen, name="evidence-desk: change feed", daemon=True)
            self._thread.start()
            self._started.wait(CONNECT_TIMEOUT_S + 1)
        else:
            self.status = LOCAL
            self._open_sqlite()

    # --- the two ways to read ----------------------------------------------------------------------------
    def poll(self) -> list[LoggedChange]:
        """What arrived since the last call (never blocks long)."""
        if self._sqlite is not None:
            return self._poll_sqlite()
        found: list[LoggedChange] = []
        while True:
            try:
                found.append(self._queue.get_nowait())
            except queue.Empty:
                return found

    def wait(self, timeout: float) -> list[LoggedChange]:
        """Block until something arrives or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        if self._sqlite is not None:
            while not self._closed.is_set():
                found = self._poll_sqlite()
                if found or time.monotonic() >= deadline:
                    return found
                time.sleep(min(POLL_S, max(0.0, deadline - time.monotonic())))
            return []
        try:
            first = self._queue.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return []
        return [first, *self.poll()]

    @property
    def online(self) -> bool:
        return self.status != OFFLINE

    def close(self) -> None:
        self._closed.set()
        if self._sqlite is not None:
            with suppress(sqlite3.Error):
                self._sqlite.close()
            self._sqlite = None
        if self._thread is not None:
            self._thread.join(timeout=HEARTBEAT_S + 1)
            self._thread = None

    # --- SQLite ------------------------------------------------------------------------------------------
    def _open_sqlite(self) -> None:
        from desktop.storage.sqlite_file import sqlite_uri

        path = self._project.path
        assert path is not None
        self._sqlite = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, check_same_thread=False,
                                       isolation_level=None)
        self._sqlite.execute("PRAGMA busy_timeout=200")
        self._version = self._data_version()
        self._last = int(self._sqlite.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0])

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _poll_sqlite(self) -> list[LoggedChange]:
        if self._sqlite is None:
            return []
        try:
            version = self._data_version()
            if version == self._version:
                return []
            self._version = version
            rows = self._sqlite.execute(f"{change_log.SELECT} WHERE seq > ? ORDER BY seq", (self._last,)).fetchall()
        except sqlite3.Error:
            self._version = -1  # busy or briefly unreadable: ask again next time
            return []
        found = []
        for row in rows:
            entry = change_log.entry_from_row(row)
            self._last = max(self._last, entry.seq)
            if entry.session != self._own:
                found.append(entry)
        return found

    # --- PostgreSQL --------------------------------------------------------------------------------------
    def _connect_postgres(self) -> Any:
        import psycopg

        url = self._project.engine.url.set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                               connect_timeout=CONNECT_TIMEOUT_S, keepalives=1, keepalives_idle=5,
                               keepalives_interval=2, keepalives_count=2,
                               application_name="evidence-desk change feed")

    def _set_status(self, status: str, reason: str = "") -> None:
        self.offline_reason = reason
        if status != self.status:
            self.status = status
            if self._on_status is not None:
                self._on_status(status)

    def _listen(self) -> None:
        horizon: int | None = None  # transactions at or above it may not have been seen
        seen: deque[int] = deque(maxlen=_REMEMBERED)
        seen_set: set[int] = set()

        def hand_out(entry: LoggedChange) -> None:
            if entry.seq in seen_set:
                return
            if len(seen) == seen.maxlen:
                seen_set.discard(seen[0])
            seen.append(entry.seq)
            seen_set.add(entry.seq)
            if entry.session != self._own:
                self._queue.put(entry)

        while not self._closed.is_set():
            conn = None
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {change_log.CHANNEL}")
                fresh = self._xmin(conn)
                if horizon is not None:  # back after a drop: what was committed meanwhile
                    rows = conn.execute(f"{change_log.SELECT} WHERE tx >= %s ORDER BY seq", (horizon,)).fetchall()
                    for row in rows:
                        hand_out(change_log.entry_from_row(row))
                horizon = fresh
                self._set_status(ONLINE)
                self._started.set()
                last_beat = time.monotonic()
                while not self._closed.is_set():
                    for note in conn.notifies(timeout=0.25):
                        parsed = change_log.parse_notification(note.payload)
                        if isinstance(parsed, int):
                            row = conn.execute(f"{change_log.SELECT} WHERE seq = %s", (parsed,)).fetchone()
                            if row is not None:
                                hand_out(change_log.entry_from_row(row))
                        elif parsed is not None:
                            hand_out(parsed)
                    if time.monotonic() - last_beat >= HEARTBEAT_S:
                        horizon = self._xmin(conn)
                        last_beat = time.monotonic()
            except Exception as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                self._set_status(OFFLINE, reason)
                self._started.set()
                self._closed.wait(RETRY_S)
            finally:
                if conn is not None:
                    with suppress(Exception):
                        conn.close()

    @staticmethod
    def _xmin(conn: Any) -> int:
        return int(conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0])

"""SQLite's integrity check of a project file, run in a thread of its own while the window starts.

``PRAGMA quick_check`` reads every page of the file: about 70 ms of a 50,000-annotation desk's launch (28 MB),
and more as the desk grows. ``open_project(..., check_later=True)`` (the window's start) checks everything
else before it returns (header, application id, schema, tables), opens the project, and runs the quick check
here, off the GUI thread: ``sqlite3`` lets go of the GIL while SQLite reads, so the window imports, builds and
paints meanwhile on the other core. ``evidence-desk --project PATH`` begins it before the window's imports
(``check_early``); the project then opens with that check (``start``), over or not.

A damaged file is never used silently:

- ``Project.transaction()`` waits for the check before its first write (``settle``): no write ever goes to a
  file the check has not passed; a failed check makes the project read-only, saying why;
- ``when_done(callback)`` tells the window the outcome (``callback(problem)``, from the checking thread; the
  window shows it in a message box and its read-only label).
Reads meanwhile see what the file holds; a damaged page read before the answer fails as a storage error.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

Listener = Callable[[str], object]
_early: dict[str, DeferredCheck] = {}


def damage_message(detail: str = "") -> str:
    """Why a damaged project is read-only (after "read-only: ", as "the file is read-only" is)."""
    from desktop.storage.driver_errors import Storage  # (this module is imported before the window's imports)

    if detail:
        return Storage.tr("the file is damaged (SQLite's integrity check failed: {detail})").format(detail=detail)
    return Storage.tr("the file is damaged (SQLite's integrity check failed)")


class DeferredCheck:
    """``PRAGMA quick_check`` of ``uri`` in a daemon thread; ``problem()`` is "" when it passed."""

    def __init__(self, uri: str, stamp: tuple[int, ...] = ()) -> None:
        self._uri = uri
        self.stamp = stamp  # the file's (inode, size, mtime) when the check began
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._problem = ""
        self._answered = False
        self._listeners: list[Listener] = []
        self._connection: sqlite3.Connection | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="integrity check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
            try:
                with self._lock:
                    self._connection = None if self._stopped else conn
                found = conn.execute("PRAGMA quick_check").fetchone() if self._connection is not None else ("ok",)
            finally:
                with self._lock:
                    self._connection = None
                conn.close()
            problem = "" if found and found[0] == "ok" else damage_message()
        except sqlite3.Error as exc:
            problem = damage_message(str(exc))
        with self._lock:
            if self._stopped:  # the project was closed: nobody waits for a verdict, an interrupted check has none
                problem, self._listeners = "", []
            self._problem = problem
            self._answered = True
            listeners, self._listeners = self._listeners, []
        try:
            for listener in listeners:
                listener(problem)
        finally:
            self._done.set()  # after the listeners: a write waiting for the check goes on once they know

    def done(self) -> bool:
        return self._done.is_set()

    def stop(self) -> None:
        """The project is closed: interrupt the check if it still reads the file, and wait for its thread (no
        thread left reading a file that is closed, perhaps about to be moved or deleted)."""
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()
        self._thread.join()

    def problem(self) -> str:
        """"" if the file passed; else why it is damaged. Waits for the check."""
        self._done.wait()
        return self._problem

    def when_done(self, listener: Listener) -> None:
        """``listener(problem)`` once the check is done: now if it is, else from the checking thread."""
        with self._lock:
            if not self._answered:
                self._listeners.append(listener)
                return
        listener(self._problem)



def reading_uri(path: Path) -> str:
    """A connection that cannot write (as ``sqlite_file.peek``'s): the check's, which must not checkpoint a log
    into the file as the last connection to close would."""
    wal = path.with_name(path.name + "-wal").exists()
    return f"file:{quote(str(path.absolute()))}?" + ("mode=ro" if wal else "immutable=1")


def _stamp(path: Path) -> tuple[int, ...] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def check_early(location: str | None) -> None:
    """Begin checking the project file the window is asked to open before the window's imports, which hold
    the GIL for most of a second while SQLite's reading does not: on two cores the check is then done by the
    time the project opens (``take_early``). Nothing is started for a server, a missing file or anything but
    a regular file (``open_project`` says what is wrong with it)."""
    if not location or "://" in location or location.startswith("sqlite:"):
        return
    path = Path(location).expanduser().absolute()
    stamp = _stamp(path)
    if stamp is not None and str(path) not in _early:
        _early[str(path)] = DeferredCheck(reading_uri(path), stamp)


def take_early(path: Path) -> DeferredCheck | None:
    """The check ``check_early`` began on ``path``, if the file is still the one it checks."""
    check = _early.pop(str(path), None)
    return check if check is not None and check.stamp == _stamp(path) else None


def start(path: Path) -> DeferredCheck:
    return take_early(path) or DeferredCheck(reading_uri(path), _stamp(path) or ())

"""SQLite's integrity check of a project file, run in a thread of its own while the window starts.

``PRAGMA quick_check`` reads every page of the file: about 70 ms of a 50,000-annotation desk's launch (28 MB),
and more as the desk grows. ``open_project(..., check_later=True)`` (the window's start) checks everything
else before it returns (header, application id, schema, tables), opens the project, and runs the quick check
here, off the GUI thread: ``sqlite3`` lets go of the GIL while SQLite reads, so the window builds and paints
meanwhile on the other core.

A damaged file is never used silently:

- ``Project.transaction()`` waits for the check before its first write (``settle``): no write ever goes to a
  file the check has not passed; a failed check makes the project read-only, saying why;
- ``when_done(callback)`` tells the window the outcome (``callback(problem)``, from the checking thread; the
  window shows it in a message box and its read-only label).
Reads meanwhile see what the file holds; a damaged page read before the answer fails as a storage error.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

from desktop.storage.driver_errors import Storage

Listener = Callable[[str], object]


def damage_message(detail: str = "") -> str:
    """Why a damaged project is read-only (after "read-only: ", as "the file is read-only" is)."""
    if detail:
        return Storage.tr("the file is damaged (SQLite's integrity check failed: {detail})").format(detail=detail)
    return Storage.tr("the file is damaged (SQLite's integrity check failed)")


class DeferredCheck:
    """``PRAGMA quick_check`` of ``uri`` in a daemon thread; ``problem()`` is "" when it passed."""

    def __init__(self, uri: str) -> None:
        self._uri = uri
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._problem = ""
        self._answered = False
        self._listeners: list[Listener] = []
        self._thread = threading.Thread(target=self._run, name="integrity check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
            try:
                found = conn.execute("PRAGMA quick_check").fetchone()
            finally:
                conn.close()
            problem = "" if found and found[0] == "ok" else damage_message()
        except sqlite3.Error as exc:
            problem = damage_message(str(exc))
        with self._lock:
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


"""What a GUI test may not leave behind: a top-level widget, a deferred call, a running timer or thread.

A lambda timer that outlives its window fires in the NEXT test, on widgets that are gone ("Internal C++
object already deleted"), and which test that is depends on the order. So, for every GUI test:

- ``QTimer.singleShot`` without an owner object fails at once, where it is called;
- a deferred call or a started ``QTimer`` still pending once the test's windows are gone fails the test;
- a top-level widget the test created that is still alive once its windows are gone fails the test;
- a thread the test started (a ``QThread``, or a Python thread such as the runner's background step)
  still running once its windows are gone fails the test: closing a window finishes its work first.

The checks look at the test's own leftovers only (what existed before it started is not its doing).
"""

from __future__ import annotations

import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 1000  # how long an owned deferred call may take to fire once the test is over


class UnownedTimer(AssertionError):
    """``QTimer.singleShot`` called without a context object."""


@dataclass
class _Shot:
    owner: QObject
    where: str
    fired: bool = False


def _caller() -> str:
    frames = [f for f in traceback.extract_stack()[:-3] if "/tests/gui/leaks.py" not in f.filename]
    return "".join(traceback.format_list(frames[-3:])).rstrip()


def _describe(widget: QWidget) -> str:
    title = widget.windowTitle() or widget.objectName() or ""
    return f"{type(widget).__name__}({title!r}, visible={widget.isVisible()})"


@dataclass
class LeakWatch:
    """Installed for one test with :meth:`install`; :meth:`check` after the test's windows are closed."""

    _before: set[int] = field(default_factory=set)
    _shots: list[_Shot] = field(default_factory=list)
    _timers: weakref.WeakKeyDictionary[QTimer, str] = field(default_factory=weakref.WeakKeyDictionary)
    _qthreads: weakref.WeakKeyDictionary[QThread, str] = field(default_factory=weakref.WeakKeyDictionary)
    _threads_before: set[int | None] = field(default_factory=set)
    _restore: list[Callable[[], None]] = field(default_factory=list)

    def install(self) -> None:
        self._before = {id(w) for w in QApplication.topLevelWidgets()}
        self._threads_before = {t.ident for t in threading.enumerate()}
        single_shot = QTimer.__dict__["singleShot"]
        start = QTimer.__dict__["start"]
        thread_start = QThread.__dict__["start"]
        original_single_shot = QTimer.singleShot
        original_start = QTimer.start
        original_thread_start = QThread.start

        def watched_single_shot(*args: Any) -> None:
            if len(args) < 3 or not isinstance(args[1], QObject):
                raise UnownedTimer(
                    "QTimer.singleShot needs an owner object, QTimer.singleShot(ms, owner, fn): a timer "
                    "without one outlives its widget and fires in a later test")
            shot = _Shot(args[1], _caller())
            self._shots.append(shot)
            fn = args[2]
            if callable(fn):
                def fire() -> None:
                    shot.fired = True
                    fn()
                original_single_shot(args[0], args[1], fire, *args[3:])
            else:  # a slot by name: count it as fired once queued (Qt checks the receiver)
                shot.fired = True
                original_single_shot(*args)

        def watched_start(timer: QTimer, *args: Any) -> None:
            self._timers[timer] = _caller()
            original_start(timer, *args)

        def watched_thread_start(thread: QThread, *args: Any) -> None:
            self._qthreads[thread] = _caller()
            original_thread_start(thread, *args)

        QTimer.singleShot = staticmethod(watched_single_shot)  # type: ignore[method-assign]
        QTimer.start = watched_start  # type: ignore[method-assign]
        QThread.start = watched_thread_start  # type: ignore[method-assign]
        self._restore.append(lambda: setattr(QTimer, "singleShot", single_shot))
        self._restore.append(lambda: setattr(QTimer, "start", start))
        self._restore.append(lambda: setattr(QThread, "start", thread_start))

    def uninstall(self) -> None:
        while self._restore:
            self._restore.pop()()

    def pending_shots(self) -> list[_Shot]:
        return [s for s in self._shots if not s.fired and shiboken6.isValid(s.owner)]

    def running_timers(self) -> list[str]:
        return [where for timer, where in list(self._timers.items())
                if shiboken6.isValid(timer) and timer.isActive()]

    def running_threads(self) -> list[str]:
        """QThreads the test started that still run, and Python threads it started that are still alive
        (Python's placeholders for threads it did not start, such as a QThread's, are not threads it owns)."""
        running = [f"a QThread ({type(thread).__name__}) is still running; started at\n{where}"
                   for thread, where in list(self._qthreads.items())
                   if shiboken6.isValid(thread) and thread.isRunning()]
        dummy = getattr(threading, "_DummyThread", ())
        running += [f"a thread is still running: {t.name!r}" for t in threading.enumerate()
                    if t.ident not in self._threads_before and not isinstance(t, dummy) and t.is_alive()]
        return running

    def leftover_widgets(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if id(w) not in self._before and shiboken6.isValid(w)]

    def check(self) -> None:
        """Delete what was closed for deletion, give owned deferred calls a moment to fire, then fail
        with what is still there."""
        app = QCoreApplication.instance()
        assert app is not None
        deadline = QDeadlineTimer(SETTLE_MS)
        while True:
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            if not self.pending_shots() or deadline.hasExpired():
                break
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        problems = []
        for widget in self.leftover_widgets():
            problems.append(f"a top-level widget is still alive: {_describe(widget)}")
        for shot in self.pending_shots():
            problems.append(f"a deferred call owned by {type(shot.owner).__name__} never ran; queued at\n"
                            f"{shot.where}")
        for where in self.running_timers():
            problems.append(f"a QTimer is still running; started at\n{where}")
        problems += self.running_threads()
        if problems:
            raise AssertionError("The test left Qt objects behind:\n- " + "\n- ".join(problems))

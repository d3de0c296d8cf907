"""Colleagues' changes in the window, as they happen, and the state of the connection.

``LiveUpdates`` reads the project's change feed (``storage.change_feed``: LISTEN/NOTIFY on PostgreSQL,
``PRAGMA data_version`` on a file) every ``TICK_MS`` and announces what others committed on the runner's
``changed`` signal with a ``Remote`` initiator, so every view updates exactly as it does for the analyst's
own changes, and the undo history is not touched. ``statusChanged`` says ``online`` / ``offline`` (PostgreSQL)
or ``local`` (a file); while offline the runner refuses every write at once (``Operations.offline_reason``).
After a drop the feed reconnects by itself and hands over what was committed meanwhile.

While a step runs in the background (an import, an export), a project file's feed is read when it ends, not every
tick: reading it is a statement on the GUI thread that waits for the GIL behind the worker (tens of ms of frozen
window each time), and what colleagues committed meanwhile is all handed over at once after (read by sequence).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.live import Authors, changes_of
from desktop.storage.change_feed import LOCAL, OFFLINE, ChangeFeed
from desktop.storage.project import Project
from desktop.ui.operation_support import Remote
from desktop.ui.operations import Operations

TICK_MS = 100


class LiveUpdates(QObject):
    statusChanged = Signal(str)  # online, offline, local
    arrived = Signal(object)  # the Remote that was announced (tests and the status line follow it)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveUpdates")
        self._ops = ops
        self.feed: ChangeFeed | None = None
        self._authors: Authors | None = None
        self.status = ""
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        ops.connectionLost.connect(self._lost)
        self.follow(ops.project)

    def follow(self, project: Project) -> None:
        """Follow ``project`` from now on (at start, and when another project is opened)."""
        self.stop()
        self.feed = ChangeFeed(project)
        self._authors = Authors(project)
        self._timer.start()
        self._show_status()

    def stop(self) -> None:
        self._timer.stop()
        if self.feed is not None:
            self.feed.close()
            self.feed = None

    def tick(self) -> None:
        feed = self.feed
        if feed is None or (feed.status == LOCAL and self._ops.background is not None):
            return
        entries = feed.poll()
        self._show_status()
        if not entries:
            return
        changes = changes_of(entries)
        assert self._authors is not None
        names = tuple(dict.fromkeys(self._authors.name(e.author_id, e.login) for e in entries))
        origin = Remote(names, len(entries))
        if not changes.empty:
            self._ops.announce_remote(changes, origin)
        self.arrived.emit(origin)

    def _show_status(self) -> None:
        feed = self.feed
        if feed is None:
            return
        status = feed.status
        self._ops.offline_reason = (feed.offline_reason or "offline") if status == OFFLINE else ""
        if status != self.status:
            self.status = status
            self.statusChanged.emit(status)

    def _lost(self, _message: str) -> None:
        """A write found the database gone: say offline now (the feed confirms, or corrects, next tick)."""
        if self.feed is not None and self.feed.status != "local":
            self.status = OFFLINE
            self.statusChanged.emit(OFFLINE)

"""What the annotation list does about a small change (a tag, an edit), once the event loop has turned.

A tag is stored and its highlight painted in the pane the analyst is looking at, and the panel takes the keyboard,
before anything else: the "Annotations in this article" list (a row in, its selection, its count, its columns
widened, and the repaint of the rows below it) follows on the next turn of the event loop, after that first paint
(an owned zero-delay timer: Qt runs timers after the posted paint requests). Its work keeps its order: a new
change set, another document in the list, or a selection while a row still waits, first runs what is waiting
(``flush``, ``soon``); a project replaced drops it (every view loads again).

Only work that reads nothing newer than its change set waits here (the list places rows from the views read when
the change came): a count read from the database later would already hold the next tag's annotation too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class NextTurn(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: list[Callable[[], object]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def later(self, work: Callable[[], object]) -> None:
        """Run ``work`` on the loop's next turn, after what is waiting already."""
        self._work.append(work)
        self._timer.start()

    def soon(self, work: Callable[[], object]) -> None:
        """Run ``work`` after what is waiting: now if nothing is (a click on a highlight selects its row at once)."""
        if self._work:
            self.later(work)
        else:
            work()

    def pending(self) -> bool:
        return bool(self._work)

    def flush(self) -> None:
        """Run what is waiting, now, in order."""
        self._timer.stop()
        while self._work:
            self._work.pop(0)()

    def drop(self) -> None:
        self._timer.stop()
        self._work = []

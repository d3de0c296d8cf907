"""The history of one annotation, one line per event ("rejected by Marco 11:03: 'the 29B is ...'")."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktop.ui.annotation_list import colour_icon
from desktop.ui.review.review_colours import ACTION_HEX, status_hex

if TYPE_CHECKING:  # the history is read when an annotation is first shown, not at start-up
    from desktop.services.review_history import HistoryEvent


def event_colour(event: HistoryEvent) -> str:
    if event.action in ("verdict", "adjudicated"):
        return status_hex(event.verdict or "proposed")
    return ACTION_HEX.get(event.action, "#6b7280")


class HistoryView(QListWidget):
    """Read-only list of an annotation's history lines, oldest first, coloured by what happened."""

    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewHistory")
        self._tz = tz
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(False)

    def set_events(self, events: list[HistoryEvent]) -> None:
        from desktop.services.review_history import describe

        self.clear()
        for event in events:
            line = describe(event, self._tz)
            item = QListWidgetItem(colour_icon(event_colour(event), 9), line)
            item.setToolTip(f"{line}\n{event.at}")
            self.addItem(item)
        if self.count():
            self.scrollToBottom()

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

"""The Annotation panel before the Review dock: when both share the right column and the annotation the
panel shows does not fit (its fields are cut, "Sara…"), the Review dock gives up the height the panel
needs. The Review dock's history and discussion scroll, so they are the ones that shrink."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class PanelRoom(QObject):
    def __init__(self, window: MainWindow, review_dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._review = review_dock
        window.panel.annotationLoaded.connect(lambda _id: QTimer.singleShot(0, self, self.fit))
        review_dock.visibilityChanged.connect(lambda visible: visible and QTimer.singleShot(0, self, self.fit))

    def shortfall(self) -> int:
        """How many pixels the panel's scroll area lacks to show the panel without scrolling (0: none)."""
        scroll = self._window.panel_dock.widget()
        if not isinstance(scroll, QAbstractScrollArea):
            return 0
        return max(0, self._window.panel.minimumSizeHint().height() - scroll.viewport().height())

    def _stacked(self) -> bool:
        """The panel and the Review dock, both open, one above the other in the same dock area."""
        window, panel, review = self._window, self._window.panel_dock, self._review
        if panel.isHidden() or review.isHidden() or panel.isFloating() or review.isFloating():
            return False
        if window.dockWidgetArea(panel) != window.dockWidgetArea(review) or review in window.tabifiedDockWidgets(panel):
            return False
        return abs(panel.x() - review.x()) < panel.width() // 2  # one column, not side by side

    def fit(self) -> bool:
        """Give the panel the height it lacks, from the Review dock; True if anything moved."""
        missing = self.shortfall()
        if not missing or not self._stacked():
            return False
        panel, review = self._window.panel_dock, self._review
        missing = min(missing, max(0, review.height() - review.minimumSizeHint().height()))
        if not missing:
            return False
        self._window.resizeDocks([panel, review], [panel.height() + missing, review.height() - missing],
                                 Qt.Orientation.Vertical)
        return True

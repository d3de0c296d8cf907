"""The centre of the window: any number of article panes side by side in a splitter.

The area creates panes with the factory it is given (so it knows nothing of how a pane paints),
keeps track of the active one (the pane that last had the focus), and announces panes coming
and going so the window can wire their signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.ui.article_pane import ArticlePane

PaneFactory = Callable[[], ArticlePane]


class PaneArea(QWidget):
    paneAdded = Signal(object)  # ArticlePane
    paneRemoved = Signal(object)  # ArticlePane (already out of the splitter, deleted later)
    activePaneChanged = Signal(object)  # ArticlePane | None

    def __init__(self, factory: PaneFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneArea")
        self._factory = factory
        self._active: ArticlePane | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def panes(self) -> list[ArticlePane]:
        widgets = (self.splitter.widget(i) for i in range(self.splitter.count()))
        return [pane for pane in widgets if isinstance(pane, ArticlePane)]

    def active_pane(self) -> ArticlePane | None:
        return self._active

    def add_pane(self, activate: bool = True) -> ArticlePane:
        pane = self._factory()
        pane.setMinimumWidth(220)
        pane.setObjectName("articlePane")
        pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet draws its accent
        self.splitter.addWidget(pane)
        pane.focusedIn.connect(lambda p=pane: self.set_active(p))
        pane.closeRequested.connect(lambda p=pane: self.close_pane(p))
        self._equalise()
        self.paneAdded.emit(pane)
        if activate or self._active is None:
            self.set_active(pane)
        return pane

    def close_pane(self, pane: ArticlePane) -> None:
        """Remove a pane; the last one is only emptied, so there is always somewhere to read."""
        if pane not in self.panes():
            return
        if len(self.panes()) == 1:
            pane.clear()
            self.set_active(pane, force=True)
            return
        index = self.panes().index(pane)
        pane.hide()
        pane.setParent(None)
        self.paneRemoved.emit(pane)
        pane.deleteLater()
        self._equalise()
        if pane is self._active:
            remaining = self.panes()
            self._active = None
            self.set_active(remaining[min(index, len(remaining) - 1)])

    def set_active(self, pane: ArticlePane | None, force: bool = False) -> None:
        if pane is self._active and not force:
            return
        for other in self.panes():
            other.setProperty("active", other is pane)
            for widget in (other, *other.findChildren(QLabel)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self._active = pane
        self.activePaneChanged.emit(pane)

    def pane_showing(self, document_id: int) -> ArticlePane | None:
        """The active pane if it shows the document, else the first pane that does."""
        if self._active is not None and self._active.document_id == document_id:
            return self._active
        return next((p for p in self.panes() if p.document_id == document_id), None)

    def open_documents(self) -> list[int | None]:
        return [p.document_id for p in self.panes()]

    def ensure_panes(self, count: int) -> None:
        while len(self.panes()) < count:
            self.add_pane(activate=False)

    def save_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray | bytes | None) -> bool:
        if not state:
            return False
        return self.splitter.restoreState(QByteArray(state))

    def _equalise(self) -> None:
        count = self.splitter.count()
        if count:
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width // count] * count)

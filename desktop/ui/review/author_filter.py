"""Whose annotations the article panes show: everyone's, one person's, or any chosen few.

A toolbar button "Show: All authors" opens a menu with one checkable entry per author, "All authors"
and "Only <name>" shortcuts. The choice goes to every pane (``set_visible_authors``), including
panes opened later; a new author (another colleague's work merged in) is shown by default.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.services.authors import list_authors
from desktop.storage.project import Project
from desktop.ui.annotation_list import colour_icon
from desktop.ui.article_pane import ArticlePane
from desktop.ui.pane_area import PaneArea


class AuthorFilter(QObject):
    visibleAuthorsChanged = Signal(object)  # frozenset[int] | None (None: everyone)

    def __init__(self, pane_area: PaneArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area = pane_area
        self._authors: list[tuple[int, str, str]] = []  # id, name, colour
        self._hidden: set[int] = set()

        self.menu = QMenu("Show Authors", parent)
        self.menu.setObjectName("authorFilterMenu")
        self.button = QToolButton(parent)
        self.button.setObjectName("authorFilterButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setToolTip("Whose annotations the articles show")
        self._all_action = QAction("All Authors", self)
        self._all_action.triggered.connect(lambda _c=False: self.show_all())
        self._author_actions: dict[int, QAction] = {}
        pane_area.paneAdded.connect(self._apply_to)
        self._rebuild()

    # --- state -----------------------------------------------------------------------------------
    def visible_authors(self) -> frozenset[int] | None:
        """The authors shown, or None when nobody is hidden."""
        if not self._hidden:
            return None
        return frozenset(a_id for a_id, _n, _c in self._authors if a_id not in self._hidden)

    def load(self, project: Project) -> None:
        """Read the project's authors (after opening a project or when authors changed)."""
        self._authors = [(a.id, a.name, a.colour) for a in list_authors(project)]
        known = {a_id for a_id, _n, _c in self._authors}
        self._hidden &= known
        self._rebuild()
        self._apply()

    def set_shown(self, author_id: int, shown: bool) -> None:
        if shown:
            self._hidden.discard(author_id)
        else:
            self._hidden.add(author_id)
        self._apply()

    def show_all(self) -> None:
        self._hidden.clear()
        self._apply()

    def show_only(self, author_id: int) -> None:
        self._hidden = {a_id for a_id, _n, _c in self._authors if a_id != author_id}
        self._apply()

    # --- view ------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.menu.clear()
        self.menu.addAction(self._all_action)
        self.menu.addSeparator()
        self._author_actions = {}
        for author_id, name, colour in self._authors:
            action = QAction(colour_icon(colour), name, self.menu)
            action.setCheckable(True)
            action.setChecked(author_id not in self._hidden)
            action.toggled.connect(lambda on, a=author_id: self.set_shown(a, on))
            self.menu.addAction(action)
            self._author_actions[author_id] = action
        if len(self._authors) > 1:
            only = self.menu.addMenu("Show Only")
            group = QActionGroup(only)
            for author_id, name, colour in self._authors:
                action = only.addAction(colour_icon(colour), name)
                group.addAction(action)
                action.triggered.connect(lambda _c=False, a=author_id: self.show_only(a))
        self._update_texts()

    def _apply(self) -> None:
        for author_id, action in self._author_actions.items():
            action.blockSignals(True)
            action.setChecked(author_id not in self._hidden)
            action.blockSignals(False)
        for pane in self._area.panes():
            self._apply_to(pane)
        self._update_texts()
        self.visibleAuthorsChanged.emit(self.visible_authors())

    def _apply_to(self, pane: ArticlePane) -> None:
        visible = self.visible_authors()
        pane.set_visible_authors(None if visible is None else set(visible))

    def _update_texts(self) -> None:
        shown = [name for a_id, name, _c in self._authors if a_id not in self._hidden]
        if not self._hidden:
            text = "Show: All authors"
        elif len(shown) == 1:
            text = f"Show: only {shown[0]}"
        elif not shown:
            text = "Show: nobody"
        else:
            text = f"Show: {len(shown)} of {len(self._authors)} authors"
        self.button.setText(text)
        self._all_action.setEnabled(bool(self._hidden))

"""Adds search to a main window, through its public attributes and signals only.

``install(window)`` adds:

- the Search menu (before Help): Find in Article (Ctrl+F, the active pane's find bar), Search the
  Desk (Ctrl+Shift+F), Batch Search (Ctrl+Shift+B);
- the Search dock (bottom, a tab beside the annotation list; closed until asked for) with two tabs:
  Search (query, scopes, filters, hits by document) and Batch (a list of names × documents);
- opening a hit: the document in a pane (the one showing it, else the active pane), the hit on
  screen and selected, the keyboard in the text, so E / F / C tags it (Enter + E: two keys);
- "Tag Row as Entity…": the hits of a batch term as suggested mentions, accepted with Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMenu, QMessageBox, QTabWidget

from desktop.i18n import Context
from desktop.services.changes import Changes
from desktop.ui.window_layout import place_dock, present_at_bottom

SearchFeatureCounts = Context("SearchFeatureCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:  # the search itself loads when first used: the dock is closed at launch
    from desktop.services.search import BatchRow, DocumentHits, EntityHits, Hit
    from desktop.ui.lineup.install import LineupFeature
    from desktop.ui.main_window import MainWindow
    from desktop.ui.search.batch_panel import BatchPanel
    from desktop.ui.search.search_panel import SearchPanel

FEATURE_NAME = "searchFeature"
DOCK_SHARE = 0.42  # of the height below the tool bar, while the dock is in front
REFRESH_MS = 400
LINEUP = "desktop.ui.lineup.install"


class SearchFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(FEATURE_NAME)
        self.window = window
        # The two panels are made when the dock first comes into sight (or a search first needs them): the
        # dock is closed at launch, and its widgets and modules are not part of the first paint.
        self._panel: SearchPanel | None = None
        self._batch: BatchPanel | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("searchTabs")
        self.dock = QDockWidget(self.tr("Search"), window)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.tabs)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        place_dock(window, self.dock)
        window.list_dock.raise_()
        self._build_menu()

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._rerun)
        window.ops.changed.connect(self._on_changed)
        window.ops.projectReplaced.connect(self._on_project_replaced)
        self.dock.visibilityChanged.connect(self._in_sight)

    # --- the panels ------------------------------------------------------------------------------
    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            self._build_panels()
        assert self._panel is not None
        return self._panel

    @property
    def batch(self) -> BatchPanel:
        if self._batch is None:
            self._build_panels()
        assert self._batch is not None
        return self._batch

    def _in_sight(self, visible: bool) -> None:
        if visible:
            self._build_panels()

    def _build_panels(self) -> None:
        if self._panel is not None:
            return
        from desktop.ui.search.batch_panel import BatchPanel
        from desktop.ui.search.search_panel import SearchPanel

        window = self.window
        panel = self._panel = SearchPanel(lambda: window.project)
        batch = self._batch = BatchPanel(lambda: window.project)
        self.tabs.addTab(panel, self.tr("Search"))
        self.tabs.addTab(batch, self.tr("Batch"))
        panel.hitActivated.connect(self.open_hit)
        batch.cellOpened.connect(self.open_cell)
        batch.tagRowRequested.connect(self.tag_row)
        batch.load_button.clicked.connect(self.load_list_dialog)
        batch.export_button.clicked.connect(self.export_dialog)
        batch.tag_button.clicked.connect(batch.request_tag_row)
        panel.query.textEdited.connect(lambda _text: panel.restrict_to(None))
        panel.reload_filters()

    # --- menu ------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # works wherever the focus is in the window
        return action

    def _build_menu(self) -> None:
        self.find_action = self._action(self.tr("&Find in Article…"), self.find_in_article, "Ctrl+F",
                                        self.tr("Find a word in the active article: every match highlighted"))
        self.search_action = self._action(self.tr("&Search the Desk…"), self.show_search, "Ctrl+Shift+F",
                                          self.tr("Search every document, and notes, comments and entity names"))
        self.batch_action = self._action(self.tr("&Batch Search…"), self.show_batch, "Ctrl+Shift+B",
                                         self.tr("A list of names against every document"))
        menu = QMenu(self.tr("&Search"), self.window)
        menu.setObjectName("searchMenu")
        for action in (self.find_action, self.search_action, self.batch_action):
            menu.addAction(action)
        self.window.menuBar().insertMenu(self.window.help_menu_action, menu)
        self.menu = menu
        self.window.view_menu.addAction(self.dock.toggleViewAction())

    # --- the actions -----------------------------------------------------------------------------
    def find_in_article(self) -> None:
        pane = self.window.pane_area.active_pane()
        if pane is None or pane.document_id is None:
            self.window.show_status(self.tr("Open an article first, then find in it (Ctrl+F)."))
            return
        pane.open_find()

    def show_search(self) -> None:
        present_at_bottom(self.window, self.dock, DOCK_SHARE)
        self.tabs.setCurrentWidget(self.panel)
        self.panel.reload_filters()
        pane = self.window.pane_area.active_pane()
        if pane is not None and not self.panel.query.text():
            selected = pane.text_view().textCursor().selectedText().strip()
            if selected and len(selected) <= 80 and "\u2029" not in selected:
                self.panel.query.setText(f'"{selected}"' if " " in selected else selected)
                self.panel.run()
        self.panel.focus_query()

    def show_batch(self) -> None:
        present_at_bottom(self.window, self.dock, DOCK_SHARE)
        self.tabs.setCurrentWidget(self.batch)
        self.batch.terms.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_hit(self, group: DocumentHits | EntityHits, hit: Hit | None) -> None:
        """The hit in a pane, on screen and selected, the keyboard there: E / F / C tags it."""
        from desktop.services.search import EntityHits

        if isinstance(group, EntityHits):
            self._show_entity(group.entity_id)
            return
        pane = self.window.pane_area.pane_showing(group.document_id) or self.window.open_document(group.document_id)
        self.window.pane_area.set_active(pane)
        if hit is not None and hit.source != "text" and hit.annotation_id:
            self.window.select_annotation(hit.annotation_id)
        elif hit is not None:
            pane.reveal_range(hit.start, hit.end)
        pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_entity(self, entity_id: int) -> None:
        lineup = self._lineup()
        if lineup is None:
            return
        lineup.register_dock.show()
        lineup.register_dock.raise_()
        lineup.register.select("entity", entity_id)

    def open_cell(self, row: BatchRow, document_id: int) -> None:
        """A batch count clicked: its hits in the Search tab, the document opened at the first one."""
        self.panel.query.setText(row.query)
        self.panel.restrict_to(frozenset({document_id}))
        result = self.panel.run()
        self.tabs.setCurrentWidget(self.panel)
        if result is not None and result.documents and result.documents[0].hits:
            group = result.documents[0]
            self.open_hit(group, group.hits[0])
            self.panel.focus_first_hit()

    # --- batch: files and tagging ----------------------------------------------------------------
    def load_list_dialog(self) -> None:
        from desktop.ui.search.batch_panel import BatchError

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Load a list of names"), "",
                                              self.tr("Text files (*.txt *.csv *.tsv);;All files (*)"))
        if not path:
            return
        try:
            count = self.batch.load_file(path)
        except BatchError as exc:
            self.window.message_box(QMessageBox.Icon.Warning, self.tr("Cannot load the list"), str(exc))
            return
        self.window.show_status(SearchFeatureCounts.tr("Loaded %n name(s); Search All looks for them in every document.", "",
                                                 count))

    def export_dialog(self) -> None:
        from desktop.ui.search.batch_panel import BatchError

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the batch search"), "batch-search.csv",  # i18n: ok (a file name)
                                              self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            written = self.batch.export_csv(path)
        except BatchError as exc:
            self.window.message_box(QMessageBox.Icon.Warning, self.tr("Export failed"), str(exc))
            return
        self.window.show_status(self.tr("Exported the list and its results to {path}").format(path=written))

    def tag_row(self, row: BatchRow, entity_name: str | None = None) -> int:
        """Propose every hit of a batch term as a mention of an entity (asked for, the term offered;
        a new name makes a new entity, one undo step). Returns how many suggestions were made."""
        from desktop.domain.search_query import QueryError, batch_term
        from desktop.services import register
        from desktop.services.search import hits_as_mentions

        if entity_name is None:
            names = [e.name for e in register.list_entities(self.window.project)]
            default = next((n for n in names if n.casefold() == row.line.casefold()), row.line)
            entity_name, ok = QInputDialog.getItem(self.window, self.tr("Tag as entity"),
                                                   self.tr("Tag every hit of “{term}” as the entity:").format(
                                                       term=row.line),
                                                   [default, *[n for n in names if n != default]], 0, True)
            if not ok or not entity_name.strip():
                return 0
        entity_id = self._entity_named(entity_name.strip())
        if entity_id is None:
            return 0
        try:
            node = batch_term(row.line)
        except QueryError as exc:
            self.window.ops.refuse(self.tr("Tag the hits"), exc)
            return 0
        if node is None:
            return 0
        found = hits_as_mentions(self.window.project, node, entity_id)
        lineup = self._lineup()
        if lineup is None:
            return 0
        name = register.get_entity(self.window.project, entity_id).name
        lineup.suggestions_dock.show()
        lineup.suggestions_dock.raise_()
        count = lineup.suggestions.propose(found, self.tr("“{term}” as {name}").format(term=row.line, name=name), name)
        self.window.show_status(
            SearchFeatureCounts.tr("%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects", "",
                             count).format(term=row.line, name=name)
            if count else self.tr("Every hit of “{term}” is already tagged as {name}.").format(term=row.line,
                                                                                              name=name))
        return count

    def _entity_named(self, name: str) -> int | None:
        from desktop.services.vocabulary import find_entity

        with self.window.project.read() as s:
            entity = find_entity(s, name)
            if entity is not None:
                return entity.id
        lineup = self._lineup()
        return lineup.lineup.create_entity(name) if lineup is not None else None

    def _lineup(self) -> LineupFeature | None:
        """The line-up feature (register, suggestions), when the window has it."""
        from desktop.ui.lineup.install import LineupFeature

        feature = getattr(self.window, "features", {}).get(LINEUP)
        return feature if isinstance(feature, LineupFeature) else None

    # --- keeping up ------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        """Search again when what the results show may have changed (a tag does not change a text's hits:
        the list stays as it is, and the keyboard where it was)."""
        if self._panel is None:
            return  # never shown: its filters are read when it is made
        from desktop.services.search import COMMENTS, ENTITIES, NOTES

        if changes.documents:
            self.panel.reload_filters()
        if self.panel.model.result is None:
            return
        scopes = set(self.panel.scopes())
        stale = bool(changes.documents) \
            or (bool(changes.annotations) and (bool(scopes & {NOTES, COMMENTS}) or bool(self.panel.filters().kinds))) \
            or (bool(changes.reviews) and COMMENTS in scopes) \
            or (bool(changes.entities) and ENTITIES in scopes)
        if stale:
            self._refresh.start()

    def _rerun(self) -> None:
        if self._panel is not None and self._panel.model.result is not None:
            self.panel.run(keep_current=True)

    def _on_project_replaced(self) -> None:
        if self._panel is None:
            return  # never shown: nothing of the old project's in it
        self.panel.restrict_to(None)
        self.panel.model.set_result(None)
        self.batch.model.set_result(None)
        self.panel.reload_filters()


def install(window: MainWindow) -> SearchFeature:
    return SearchFeature(window)

"""The workbench: documents on the left, article panes in the middle, the selected annotation on the
right, the document's annotations below. The window wires views together; every change goes
through ``Operations`` and comes back as a ``Changes`` set, from which each view updates itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QToolBar,
    QWidget,
)

from desktop.domain.kinds import Kind
from desktop.domain.spans import Span
from desktop.resources import resource_path
from desktop.services import authors as author_service
from desktop.services import profiles as profile_service
from desktop.services.annotations import spans_of_document
from desktop.services.changes import Changes
from desktop.services.documents import document_text
from desktop.services.profiles import Profile
from desktop.services.queries import get_annotation, list_annotations
from desktop.storage.project import Project, ProjectError, open_project
from desktop.ui.annotation_list import AnnotationList
from desktop.ui.annotation_panel import AnnotationPanel
from desktop.ui.article_pane import ArticlePane
from desktop.ui.completion import VocabularyCompleters
from desktop.ui.document_dialog import DocumentDialog
from desktop.ui.document_list import DocumentListView, DocumentTableModel
from desktop.ui.operations import Operations
from desktop.ui.pane_area import PaneArea, PaneFactory
from desktop.ui.profile_dialog import ProfileDialog, SwitchAuthorDialog
from desktop.ui.recent_projects import OpenDocuments, RecentProjects

IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
PROJECT_FILTER = "Evidence Desk projects (*.evidence);;All files (*)"
FOCUS_AFTER_TAG = {Kind.ENTITY: "entity", Kind.FIGURE: "measure", Kind.CLAIM: "proposition"}
DEFAULT_PANES = 2
STATUS_MS = 8000


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    # For features installed on the window (desktop.ui.features): they follow these, never poke inside.
    annotationSelected = Signal(object)  # annotation id, or None
    documentShown = Signal(object, int)  # (ArticlePane, document id) after a pane shows a document

    def __init__(self, operations: Operations, profile: Profile, settings: QSettings,
                 pane_factory: PaneFactory = ArticlePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ops = operations
        self.ops.setParent(self)
        self.profile = profile
        self.settings = settings
        self.recent = RecentProjects(settings)
        self.open_documents_memory = OpenDocuments(settings)
        self.completers = VocabularyCompleters(self)
        self.last_message: QMessageBox | None = None  # the latest report/warning box (tests read it)
        self._current_annotation: str | None = None
        self._pane_spans: dict[ArticlePane, set[str]] = {}
        self._pane_titles: dict[ArticlePane, str] = {}
        self._author_colours: dict[int, str] = {}
        self._failures = 0  # refusals reported so far (undo/redo say "Undone" only if none came)

        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self._build_centre(pane_factory)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._load_project_views(restore=True)
        self.restore_layout()

    # ============================================================================ construction ===
    def _build_centre(self, pane_factory: PaneFactory) -> None:
        self.pane_area = PaneArea(pane_factory, self)
        self.pane_area.paneAdded.connect(self._wire_pane)
        self.pane_area.paneRemoved.connect(self._unwire_pane)
        self.pane_area.activePaneChanged.connect(self._on_active_pane)
        self.setCentralWidget(self.pane_area)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.document_model = DocumentTableModel(self)
        self.document_list = DocumentListView(self.document_model)
        self.documents_dock = self._dock("Documents", "documentsDock", self.document_list,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)

        self.panel = AnnotationPanel(self.ops, self.completers)
        scroll = QScrollArea()
        scroll.setObjectName("panelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.panel_dock = self._dock("Annotation", "annotationDock", scroll, Qt.DockWidgetArea.RightDockWidgetArea)

        self.annotation_list = AnnotationList()
        self.list_dock = self._dock("Annotations in this article", "annotationListDock", self.annotation_list,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.documents_dock, self.panel_dock], [340, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.list_dock], [220], Qt.Orientation.Vertical)

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None,  # noqa: ANN001
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_project_action = a("&New Project…", self.new_project_dialog, "Ctrl+Shift+N", "new-project",
                                    "Create an empty project file")
        self.open_project_action = a("&Open Project…", self.open_project_dialog, QKeySequence.StandardKey.Open,
                                     "open", "Open a project file")
        self.import_action = a("&Import Documents…", self.import_dialog, "Ctrl+I", "import",
                               "Import articles (.txt, .md, .html)")
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit, None, "Quit Evidence Desk")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = a("&Undo", self.undo, QKeySequence.StandardKey.Undo, "undo", "Undo the last change")
        self.redo_action = a("&Redo", self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo", "Redo")
        self.delete_action = a("&Delete Annotation", self.delete_selected_annotation, QKeySequence.StandardKey.Delete,
                               "delete", "Delete the selected annotation")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pane_area.addAction(self.delete_action)
        self.annotation_list.addAction(self.delete_action)
        self.edit_document_action = a("Document &Metadata…", self.edit_active_document, "Ctrl+Shift+M", None,
                                      "Edit the title, outlet, date and reliability of the article")

        self.tag_actions = {
            Kind.ENTITY: a("Tag as &Entity", lambda: self.tag_selection(Kind.ENTITY), None, "tag-entity",
                           "Tag the selection as an entity (E in the article)"),
            Kind.FIGURE: a("Tag as &Figure", lambda: self.tag_selection(Kind.FIGURE), None, "tag-figure",
                           "Tag the selection as a figure (F in the article)"),
            Kind.CLAIM: a("Tag as &Claim", lambda: self.tag_selection(Kind.CLAIM), None, "tag-claim",
                          "Tag the selection as a claim (C in the article)"),
        }
        for kind, action in self.tag_actions.items():
            action.setIconText(kind.value.capitalize())  # the toolbar shows "Entity", the menu "Tag as Entity"
        self.new_pane_action = a("New &Pane", self.new_pane, "Ctrl+T", "add-pane", "Open another article pane")
        self.close_pane_action = a("&Close Pane", self.close_active_pane, "Ctrl+W", "close-pane", "Close the active pane")
        self.next_pane_action = a("Next Pane", lambda: self._cycle_pane(1), "Ctrl+PgDown", None, "Next pane")
        self.previous_pane_action = a("Previous Pane", lambda: self._cycle_pane(-1), "Ctrl+PgUp", None,
                                      "Previous pane")
        self.focus_filter_action = a("Filter Annotations", self._focus_filter, "Ctrl+Shift+F", None,
                                     "Filter the annotation list")
        self.focus_panel_action = a("Edit Annotation", self._focus_panel, "F2", None,
                                    "Edit the selected annotation in the panel")
        self.switch_author_action = a("&Switch Author…", self.switch_author_dialog, None, "author",
                                      "Annotate as someone else on this computer")
        self.edit_profile_action = a("&Edit Profile…", self.edit_profile_dialog, None, None,
                                     "Change your name and highlight colour")
        self.shortcuts_action = a("&Keyboard Shortcuts", self.show_shortcuts, "F1", None, "Keyboard shortcuts")
        self.about_action = a("&About Evidence Desk", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_project_action)
        file_menu.addAction(self.open_project_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.file_export_separator = file_menu.addSeparator()  # features add their exports above Quit
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in self.tag_actions.values():
            edit_menu.addAction(action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.focus_panel_action)
        edit_menu.addAction(self.edit_document_action)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.new_pane_action)
        view_menu.addAction(self.close_pane_action)
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        for dock in (self.documents_dock, self.panel_dock, self.list_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.focus_filter_action)
        self.view_menu = view_menu

        profile_menu = bar.addMenu("&Profile")
        profile_menu.addAction(self.switch_author_action)
        profile_menu.addAction(self.edit_profile_action)

        self.help_menu_action = None
        help_menu = bar.addMenu("&Help")
        self.help_menu_action = help_menu.menuAction()  # features insert their menus before Help
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.import_action)
        bar.addSeparator()
        tag_label = QLabel("Tag:")
        tag_label.setObjectName("toolbarLabel")
        bar.addWidget(tag_label)
        for action in self.tag_actions.values():
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.new_pane_action)
        for action in (self.undo_action, self.redo_action, self.import_action, self.new_pane_action):
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.view_menu.addAction(bar.toggleViewAction())

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.author_chip = QLabel()
        self.author_chip.setObjectName("authorChip")
        self.author_label = QLabel()
        self.author_label.setObjectName("statusAuthor")
        author_box = QWidget()
        row = QHBoxLayout(author_box)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        row.addWidget(self.author_chip)
        row.addWidget(self.author_label)
        self.project_label = QLabel()
        self.project_label.setObjectName("statusProject")
        status.addPermanentWidget(author_box)
        status.addPermanentWidget(self.project_label)

    def _connect(self) -> None:
        self.ops.changed.connect(self._on_changed)
        self.ops.failed.connect(self._on_failed)
        self.ops.message.connect(self.show_status)
        self.ops.projectReplaced.connect(lambda: self._load_project_views(restore=True))
        stack = self.ops.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo_action.setText(f"&Undo {t}" if t else "&Undo"))
        stack.redoTextChanged.connect(lambda t: self.redo_action.setText(f"&Redo {t}" if t else "&Redo"))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.document_list.openRequested.connect(self._open_from_list)
        self.document_list.editRequested.connect(self.edit_document)
        self.document_list.deleteRequested.connect(self.delete_document)
        self.annotation_list.annotationSelected.connect(lambda a_id: self.select_annotation(a_id, origin="list"))
        self.panel.returnToPane.connect(self._focus_active_text)

    # ============================================================================ project views ===
    @property
    def project(self) -> Project:
        return self.ops.project

    def _load_project_views(self, restore: bool) -> None:
        """Fill every view from the project (at start and after opening another project)."""
        self._current_annotation = None
        self.annotation_list.set_document(None, None)  # the same ids may mean other documents now
        self.document_model.load(self.project)
        self.completers.reload(self.project)
        self._load_authors()
        self.panel.load(None)
        wanted = self._remembered_documents() if restore else None
        known = {d.id for d in self.document_model.documents()}
        if not wanted:
            wanted = [d.id for d in self.document_model.documents()[:DEFAULT_PANES]]
            wanted += [None] * (DEFAULT_PANES - len(wanted))
        wanted = [d if d in known else None for d in wanted] or [None]
        panes = self.pane_area.panes()
        for extra in panes[len(wanted):]:
            self.pane_area.close_pane(extra)
        self.pane_area.ensure_panes(len(wanted))
        for pane, document_id in zip(self.pane_area.panes(), wanted, strict=False):
            if document_id is None:
                self._clear_pane(pane)
            else:
                self.open_document(document_id, pane, reload=True)
        first = self.pane_area.panes()[0]
        self.pane_area.set_active(first, force=True)
        self._update_title()

    def _load_authors(self) -> None:
        authors = author_service.list_authors(self.project)
        self._author_colours = {a.id: a.colour for a in authors}
        for pane in self.pane_area.panes():
            pane.set_author_colours(self._author_colours)
        self.annotation_list.set_authors([(a.id, a.name, a.colour) for a in authors])
        me = next((a for a in authors if a.id == self.ops.author_id), None)
        name = me.name if me else self.profile.name
        colour = me.colour if me else self.profile.colour
        self.author_chip.setStyleSheet(f"background: {colour}; border-radius: 5px;")
        self.author_chip.setFixedSize(10, 10)
        self.author_label.setText(name)
        self.author_label.setToolTip(f"Annotating as {name} ({self.profile.key})")

    def _update_title(self) -> None:
        location = self.project.location
        name = Path(location).stem if self.project.path else location
        self.setWindowTitle(f"{name} — Evidence Desk")
        self.project_label.setText(location)
        self.project_label.setToolTip(location)

    # ================================================================================== panes ===
    def _wire_pane(self, pane: ArticlePane) -> None:
        pane.setObjectName("articlePane")
        self._pane_spans[pane] = set()
        pane.set_author_colours(self._author_colours)
        pane.tagRequested.connect(lambda kind, s, e, p=pane: self._tag(p, kind, s, e))
        pane.annotationClicked.connect(lambda a_id, p=pane: self.select_annotation(a_id, origin=p))

    def _unwire_pane(self, pane: ArticlePane) -> None:
        self._pane_spans.pop(pane, None)
        self._pane_titles.pop(pane, None)
        self._remember_documents()

    def _on_active_pane(self, pane: ArticlePane | None) -> None:
        document_id = pane.document_id if pane is not None else None
        if document_id != self.annotation_list.document_id:
            self.annotation_list.set_document(self.project, document_id)
        if self._current_annotation and self.annotation_list.model.row_of(self._current_annotation) >= 0:
            self.annotation_list.select_annotation(self._current_annotation)
        if document_id is not None:
            self.document_list.select_document(document_id)
        self.list_dock.setWindowTitle(
            f"Annotations in “{pane.title}”" if pane is not None and pane.document_id is not None
            else "Annotations in this article"
        )

    def new_pane(self, document_id: int | None = None) -> ArticlePane:
        pane = self.pane_area.add_pane()
        if document_id is not None:
            self.open_document(document_id, pane)
        pane.setFocus()
        self._remember_documents()
        return pane

    def close_active_pane(self) -> None:
        pane = self.pane_area.active_pane()
        if pane is not None:
            self.pane_area.close_pane(pane)
            if pane in self._pane_spans:  # the last pane is kept (emptied)
                self._clear_pane(pane)
            self._remember_documents()

    def _cycle_pane(self, step: int) -> None:
        panes = self.pane_area.panes()
        active = self.pane_area.active_pane()
        if not panes:
            return
        index = (panes.index(active) + step) % len(panes) if active in panes else 0
        panes[index].setFocus()
        self.pane_area.set_active(panes[index])

    def _clear_pane(self, pane: ArticlePane) -> None:
        pane.clear()
        self._pane_spans[pane] = set()
        self._pane_titles[pane] = ""
        if pane is self.pane_area.active_pane():
            self._on_active_pane(pane)

    def open_document(self, document_id: int, pane: ArticlePane | None = None, reload: bool = False) -> ArticlePane:
        """Show a document in ``pane`` (default: the active pane, or a new one)."""
        if pane is None:
            pane = self.pane_area.active_pane()
        if pane is None:
            pane = self.pane_area.add_pane()
        if pane.document_id == document_id and not reload:
            return pane  # already there: keep the reading position
        summary = self.document_model.summary(document_id)
        title = summary.title if summary else ""
        spans = [Span(*row) for row in spans_of_document(self.project, document_id)]
        pane.show_document(document_id, title, document_text(self.project, document_id), spans)
        pane.set_author_colours(self._author_colours)
        self._pane_spans[pane] = {s.id for s in spans}
        self._pane_titles[pane] = title
        if pane is self.pane_area.active_pane():
            self._on_active_pane(pane)
        self._remember_documents()
        self.documentShown.emit(pane, document_id)
        return pane

    def _open_from_list(self, document_id: int, new_pane: bool) -> None:
        if new_pane:
            self.new_pane(document_id)
        else:
            pane = self.open_document(document_id)
            pane.setFocus()

    def _focus_active_text(self) -> None:
        pane = self.pane_area.active_pane()
        if pane is not None:
            pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # ================================================================================ tagging ===
    def tag_selection(self, kind: str) -> str | None:
        """Toolbar/menu tagging: tag the active pane's selection."""
        pane = self.pane_area.active_pane()
        selected = pane.selected_range() if pane is not None and pane.document_id is not None else None
        if pane is None or selected is None:
            self.show_status("Select some text in an article first, then tag it (E, F or C).")
            return None
        return self._tag(pane, kind, *selected)

    def _tag(self, pane: ArticlePane, kind: str, start: int, end: int) -> str | None:
        if pane.document_id is None:
            return None
        self.pane_area.set_active(pane)
        self.panel.commit_pending()
        annotation_id = self.ops.tag(pane.document_id, kind, start, end)
        if annotation_id is None:
            return None
        view = pane.text_view()
        cursor = view.textCursor()
        cursor.clearSelection()  # let the new highlight show instead of the selection colour
        view.setTextCursor(cursor)
        self.select_annotation(annotation_id, origin=pane)
        field = FOCUS_AFTER_TAG.get(Kind(kind))
        if field:
            self.panel_dock.show()
            self.panel.focus_field(field)
        return annotation_id

    def select_annotation(self, annotation_id: str | None, origin: object = None) -> None:
        """Make an annotation current everywhere: its pane's outline, the list row, the panel."""
        self._current_annotation = annotation_id
        target: ArticlePane | None = origin if isinstance(origin, ArticlePane) else None
        if annotation_id is not None and target is None:
            document_id = self._document_of(annotation_id)
            target = self.pane_area.pane_showing(document_id) if document_id is not None else None
        for pane in self.pane_area.panes():
            if pane is target:
                pane.select_annotation(annotation_id, scroll=origin is not pane)
            elif pane.selected_annotation is not None:
                pane.select_annotation(None, scroll=False)
        if target is not None and target is not self.pane_area.active_pane():
            self.pane_area.set_active(target)
        if origin != "list":
            self.annotation_list.select_annotation(annotation_id)
        self.panel.load(annotation_id)
        self.annotationSelected.emit(annotation_id)

    def current_annotation(self) -> str | None:
        return self._current_annotation

    def _document_of(self, annotation_id: str) -> int | None:
        row = self.annotation_list.model.row_of(annotation_id)
        if row >= 0:
            return self.annotation_list.model.view(row).document_id
        view = get_annotation(self.project, annotation_id)
        return view.document_id if view else None

    def delete_selected_annotation(self) -> None:
        annotation_id = self._current_annotation
        if annotation_id is None:
            self.show_status("Select an annotation to delete (click its highlight or its row).")
            return
        self.panel.commit_pending()
        if self.ops.delete_annotation(annotation_id):
            self.select_annotation(None)

    # ============================================================================== undo/redo ===
    def undo(self) -> None:
        self.panel.commit_pending()  # an edit in progress is a step too: undo reverts it
        stack = self.ops.undo_stack
        if not stack.canUndo():
            self.show_status("Nothing to undo.")
            return
        command = stack.command(stack.index() - 1)
        target, text = getattr(command, "annotation_id", None), stack.undoText()
        failures = self._failures
        self.ops.undo()
        self._reselect_after(target)
        if self._failures == failures:  # else the status bar already says what went wrong
            self.show_status(f"Undone: {text}")

    def redo(self) -> None:
        self.panel.commit_pending()
        stack = self.ops.undo_stack
        if not stack.canRedo():
            self.show_status("Nothing to redo.")
            return
        command = stack.command(stack.index())
        target, text = getattr(command, "annotation_id", None), stack.redoText()
        failures = self._failures
        self.ops.redo()
        self._reselect_after(target)
        if self._failures == failures:
            self.show_status(f"Redone: {text}")

    def _reselect_after(self, annotation_id: str | None) -> None:
        """After undo/redo, show the annotation it touched (or nothing if it is gone)."""
        if annotation_id is None:
            return
        if get_annotation(self.project, annotation_id) is not None:
            self.select_annotation(annotation_id)
        elif self._current_annotation == annotation_id:
            self.select_annotation(None)

    # ================================================================================ changes ===
    def _on_changed(self, changes: Changes) -> None:
        project = self.project
        if changes.documents or changes.annotations:
            self.document_model.load(project)
        if changes.documents:
            self._refresh_pane_documents(changes)
        if changes.annotations:
            self._refresh_pane_spans(changes)
        if changes.authors:
            self._load_authors()
        self.annotation_list.apply_changes(project, changes)
        self.completers.refresh_if_needed(project, changes)
        self.panel.apply_changes(changes)
        if self._current_annotation in changes.annotations and self.panel.annotation_id is None:
            self._current_annotation = None

    def _refresh_pane_documents(self, changes: Changes) -> None:
        for pane in self.pane_area.panes():
            document_id = pane.document_id
            if document_id is None or document_id not in changes.documents:
                continue
            summary = self.document_model.summary(document_id)
            if summary is None:  # deleted
                self._clear_pane(pane)
            elif summary.title != self._pane_titles.get(pane):
                self.open_document(document_id, pane, reload=True)
        self._on_active_pane(self.pane_area.active_pane())

    def _refresh_pane_spans(self, changes: Changes) -> None:
        """Add, update or remove only the spans that changed, in every pane showing their document."""
        panes = [p for p in self.pane_area.panes() if p.document_id is not None]
        if not panes:
            return
        views = {v.id: v for v in list_annotations(self.project, annotation_ids=sorted(changes.annotations))}
        for pane in panes:
            known = self._pane_spans.setdefault(pane, set())
            for annotation_id in changes.annotations:
                view = views.get(annotation_id)
                if view is not None and view.document_id == pane.document_id:
                    span = Span(view.id, view.start, view.end, view.kind, view.author_id)
                    if annotation_id in known:
                        pane.update_span(span)
                    else:
                        pane.add_span(span)
                        known.add(annotation_id)
                elif annotation_id in known:
                    pane.remove_span(annotation_id)
                    known.discard(annotation_id)

    def _on_failed(self, message: str) -> None:
        self._failures += 1
        self.show_status(f"⚠ {message}", error=True)

    def show_status(self, text: str, error: bool = False) -> None:
        status = self.statusBar()
        status.setProperty("error", error)
        status.style().unpolish(status)
        status.style().polish(status)
        status.showMessage(text, STATUS_MS * (2 if error else 1))

    # ============================================================================== documents ===
    def edit_active_document(self) -> None:
        pane = self.pane_area.active_pane()
        document_id = pane.document_id if pane is not None else self.document_list.current_document_id()
        if document_id is None:
            self.show_status("Open or select a document first.")
            return
        self.edit_document(document_id)

    def edit_document(self, document_id: int) -> None:
        summary = self.document_model.summary(document_id)
        if summary is None:
            return
        dialog = DocumentDialog(summary, self)
        if dialog.exec() == DocumentDialog.DialogCode.Accepted:
            fields = dialog.changed_values()
            if fields:
                self.ops.update_document(document_id, **fields)

    def delete_document(self, document_id: int) -> None:
        summary = self.document_model.summary(document_id)
        if summary is None:
            return
        question = (f"Delete “{summary.title}” and its {summary.annotation_count} annotation(s)?\n\n"
                    "This cannot be undone, and it clears the undo history.")
        if self.confirm("Delete document", question):
            self.ops.delete_document(document_id)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ================================================================================ import ===
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import documents", str(Path.home()), IMPORT_FILTER)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> object:
        """Import files and show what was added and what was refused (and why)."""
        progress = None
        if len(paths) > 3:
            progress = QProgressDialog("Importing…", "Stop", 0, len(paths), self)
            progress.setWindowTitle("Import")
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def advance(done: int, total: int, name: str) -> bool:
            assert progress is not None
            progress.setValue(done)
            progress.setLabelText(f"Importing {Path(name).name}…" if name else "Done")
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            report = self.ops.import_files(paths, progress=advance if progress is not None else None)
        finally:
            if progress is not None:
                progress.close()
        if report is None:
            return None
        added_lines = []
        for result in report.results:
            if result.added:
                summary = self.document_model.summary(result.document_id)
                title = summary.title if summary else ""
                added_lines.append(f"✓ {Path(result.path).name} — {title}")
        refused_lines = [f"✗ {Path(r.path).name}: {r.message}" for r in report.refused]
        text = report.summary()
        details = "\n".join(added_lines + ([""] if added_lines and refused_lines else []) + refused_lines)
        kind = QMessageBox.Icon.Information if not report.refused else QMessageBox.Icon.Warning
        self.message_box(kind, "Import", text, details)
        if report.added:
            self.document_list.select_document(report.added[-1])
        return report

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_paths(paths))  # leave the drag before a dialog shows

    def message_box(self, kind: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
        """A window-modal message that does not block the caller (kept in ``last_message``)."""
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_message = box
        return box

    # =============================================================================== projects ===
    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home() / "Untitled.evidence"),
                                              PROJECT_FILTER)
        if path:
            if not path.endswith(".evidence") and not Path(path).suffix:
                path += ".evidence"
            self.open_project_path(path, create=True)

    def open_project_dialog(self) -> None:
        start = str(Path(self.project.location).parent) if self.project.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open project", start, PROJECT_FILTER)
        if path:
            self.open_project_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project_path(p))
        if not paths:
            empty = self.recent_menu.addAction("No recent projects")
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self.recent.clear)

    def open_project_path(self, path: str, create: bool = False) -> bool:
        """Open (or create) a project and make it current. On failure the current project stays."""
        if self.project.path is not None and Path(path).expanduser().resolve() == self.project.path.resolve():
            self.show_status("That project is already open.")
            return True
        try:
            project = open_project(path, create=create)
        except ProjectError as exc:
            if not Path(path).expanduser().exists():
                self.recent.remove(path)
            self.message_box(QMessageBox.Icon.Warning, "Cannot open the project",
                             str(exc), f"{self.project.location} is still open.")
            return False
        self.switch_project(project)
        return True

    def switch_project(self, project: Project) -> None:
        self.panel.commit_pending()
        self._save_layout()
        author_id = author_service.ensure_author(project, self.profile.key, self.profile.name,
                                                 self.profile.colour).value
        previous = self.ops.replace_project(project, author_id)  # views reload on projectReplaced
        previous.close()
        self.recent.add(project.location)
        self.show_status(f"Opened {project.location}")

    # ================================================================================ profile ===
    def switch_author_dialog(self) -> None:
        profiles, active = profile_service.load_profiles()
        dialog = SwitchAuthorDialog(profiles, self.profile.key, self)
        if dialog.exec() != SwitchAuthorDialog.DialogCode.Accepted:
            return
        key = dialog.chosen_key()
        if key == SwitchAuthorDialog.NEW:
            editor = ProfileDialog(parent=self)
            if editor.exec() != ProfileDialog.DialogCode.Accepted:
                return
            self.set_profile(profile_service.save_profile(editor.name(), editor.colour()))
        elif key:
            self.set_profile(profile_service.switch_profile(key))

    def edit_profile_dialog(self) -> None:
        dialog = ProfileDialog(self.profile.name, self.profile.colour, parent=self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.set_profile(profile_service.save_profile(dialog.name(), dialog.colour(), key=self.profile.key))

    def set_profile(self, profile: Profile) -> None:
        """Annotate as ``profile`` from now on (its author is added to the project if new)."""
        self.panel.commit_pending()
        self.profile = profile
        outcome = author_service.ensure_author(self.project, profile.key, profile.name, profile.colour)
        self.ops.set_author(outcome.value)
        self._load_authors()
        if not outcome.changes.empty:
            self._on_changed(outcome.changes)
        self.show_status(f"Annotating as {profile.name}")

    # ============================================================================ focus & help ===
    def _focus_filter(self) -> None:
        self.list_dock.show()
        self.annotation_list.text_filter.setFocus()
        self.annotation_list.text_filter.selectAll()

    def _focus_panel(self) -> None:
        view = get_annotation(self.project, self._current_annotation) if self._current_annotation else None
        if view is None:
            self.show_status("Select an annotation first.")
            return
        self.panel_dock.show()
        self.panel.focus_field({"entity": "entity", "figure": "measure", "claim": "proposition"}[view.kind])

    def show_shortcuts(self) -> None:
        rows = [
            ("E / F / C", "tag the selection as entity / figure / claim"),
            ("Enter (in Measure, Entity, Proposition)", "save and go back to the article"),
            ("Delete", "delete the selected annotation"),
            ("Ctrl+Z · Ctrl+Shift+Z or Ctrl+Y", "undo · redo"),
            ("Ctrl+T · Ctrl+W", "new pane · close pane"),
            ("Ctrl+PgDown · Ctrl+PgUp", "next · previous pane"),
            ("F2", "edit the selected annotation"),
            ("Ctrl+Shift+F", "filter the annotation list"),
            ("Ctrl+I", "import documents"),
            ("Ctrl+O · Ctrl+Shift+N", "open · new project"),
        ]
        html = "<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows
        ) + "</table>"
        self.message_box(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", html)

    def show_about(self) -> None:
        from desktop import __version__

        self.message_box(QMessageBox.Icon.Information, "About Evidence Desk",
                         f"<b>Evidence Desk {__version__}</b><br>Tag claims, entities and figures across "
                         "articles, line the sources up, and export an evidence dossier.")

    # ========================================================================= layout & close ===
    def _layout_key(self, name: str) -> str:
        return f"window/{name}"

    def restore_layout(self) -> None:
        """Geometry, docks and splitter as last saved (again after features add their docks)."""
        geometry = self.settings.value(self._layout_key("geometry"))
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1440, 900)
        state = self.settings.value(self._layout_key("state"))
        if state:
            self.restoreState(QByteArray(state))
        splitter = self.settings.value(self._layout_key("splitter"))
        if splitter:
            self.pane_area.restore_state(splitter)

    def _save_layout(self) -> None:
        self.settings.setValue(self._layout_key("geometry"), self.saveGeometry())
        self.settings.setValue(self._layout_key("state"), self.saveState())
        self.settings.setValue(self._layout_key("splitter"), self.pane_area.save_state())
        self._remember_documents()
        self.settings.sync()

    def _remembered_documents(self) -> list[int | None]:
        return self.open_documents_memory.get(self.project.location)

    def _remember_documents(self) -> None:
        self.open_documents_memory.set(self.project.location, self.pane_area.open_documents())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.commit_pending()  # no Save button: the edit in progress is kept
        self._save_layout()
        super().closeEvent(event)

"""The workbench: documents on the left, article panes in the middle, the selected annotation on the
right, the document's annotations below. The window wires views together; every change goes
through ``Operations`` and comes back as a ``Changes`` set, from which each view updates itself.

The wiring is split by job: ``window_menus`` builds the actions, menus, tool bar and status bar;
``pane_wiring`` keeps the article panes in step; ``annotation_selection`` keeps one annotation
current everywhere (tag, select, delete, undo); ``window_layout`` remembers the layout;
``window_documents`` imports and edits documents; ``window_projects`` opens projects and switches
authors; ``shortcuts_sheet`` is Help > Keyboard Shortcuts. This class builds the docks, loads a
project into the views, and keeps the public API that features (``desktop.ui.features``) and tests use.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from desktop.domain.kinds import Kind
from desktop.services import authors as author_service
from desktop.services.changes import Changes
from desktop.services.profiles import Profile
from desktop.storage.project import Project
from desktop.ui.annotation_list import AnnotationList
from desktop.ui.annotation_panel import AnnotationPanel, scroll_area_for
from desktop.ui.annotation_reads import FEW as FEW_VIEWS
from desktop.ui.annotation_selection import AnnotationSelection
from desktop.ui.article_pane import ArticlePane
from desktop.ui.completion import VocabularyCompleters
from desktop.ui.document_list import DocumentListView, DocumentTableModel
from desktop.ui.integrity_watch import IntegrityWatch
from desktop.ui.next_turn import NextTurn
from desktop.ui.operations import Operations
from desktop.ui.pane_area import PaneArea, PaneFactory
from desktop.ui.pane_wiring import PaneWiring
from desktop.ui.recent_projects import RecentProjects
from desktop.ui.window_documents import DocumentActions, dropped_paths, dropped_urls
from desktop.ui.window_layout import WindowLayout
from desktop.ui.window_menus import build_actions, build_menus, build_status_bar, build_toolbar, icon
from desktop.ui.window_projects import ProjectDialogs

if TYPE_CHECKING:  # the importers load when the analyst first imports; the legend and the shortcuts when first shown
    from desktop.services.importing import ImportReport
    from desktop.ui.legend import LegendDialog
    from desktop.ui.shortcuts_sheet import ShortcutsSheet

__all__ = ["MainWindow", "icon"]

DEFAULT_PANES = 2
STATUS_MS = 8000


class MainWindow(QMainWindow):
    # For features installed on the window (desktop.ui.features): they follow these, never poke inside.
    annotationSelected = Signal(object)  # annotation id, or None
    documentShown = Signal(object, int)  # (ArticlePane, document id) after a pane shows a document

    # Built by desktop.ui.window_menus (actions, menus, tool bar, status bar) during __init__.
    new_project_action: QAction
    open_project_action: QAction
    import_action: QAction
    add_url_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    delete_action: QAction
    edit_document_action: QAction
    tag_actions: dict[Kind, QAction]
    new_pane_action: QAction
    close_pane_action: QAction
    next_pane_action: QAction
    previous_pane_action: QAction
    focus_filter_action: QAction
    focus_panel_action: QAction
    switch_author_action: QAction
    edit_profile_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    legend_action: QAction
    file_menu: QMenu
    recent_menu: QMenu
    file_export_separator: QAction
    view_menu: QMenu
    entity_type_menu: QMenu
    help_menu_action: QAction
    toolbar: QToolBar
    author_chip: QLabel
    author_label: QLabel
    project_label: QLabel
    read_only_label: QLabel
    # Set by desktop.ui.features.install_features: each feature module's installed object, by module name.
    features: dict[str, object]

    def __init__(self, operations: Operations, profile: Profile, settings: QSettings,
                 pane_factory: PaneFactory = ArticlePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ops = operations
        self.ops.setParent(self)
        self.profile = profile
        self.settings = settings
        self.recent = RecentProjects(settings)
        self.lists = NextTurn(self)  # the annotation list's part of a tag or an edit
        self.completers = VocabularyCompleters(self)
        self.last_message: QMessageBox | None = None  # the latest report/warning box (tests read it)
        self.shortcuts_sheet: ShortcutsSheet | None = None
        self.rebuilt_as: MainWindow | None = None  # set when View › Language builds the window anew
        self.legend: LegendDialog | None = None

        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.pane_area = PaneArea(pane_factory, self)
        self.setCentralWidget(self.pane_area)
        self.layout_memory = WindowLayout(self, self.pane_area, settings)
        self.open_documents_memory = self.layout_memory.open_documents
        self._build_docks()
        self.pane_wiring = PaneWiring(self)
        self.project_dialogs = ProjectDialogs(self)
        self.document_actions = DocumentActions(self)
        self.selection = AnnotationSelection(self)
        self.integrity_watch = IntegrityWatch(self)
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        build_status_bar(self)
        self._connect()
        self._load_project_views(restore=True)
        # the layout is restored once the features have added their docks (``desktop.ui.features``)

    # ============================================================================ construction ===
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
        self.documents_dock = self._dock(self.tr("Documents"), "documentsDock", self.document_list,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.panel = AnnotationPanel(self.ops, self.completers)
        self.panel_dock = self._dock(self.tr("Annotation"), "annotationDock", scroll_area_for(self.panel),
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.annotation_list = AnnotationList()
        self.list_dock = self._dock(self.tr("Annotations in this article"), "annotationListDock", self.annotation_list,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.documents_dock, self.panel_dock], [340, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.list_dock], [220], Qt.Orientation.Vertical)

    def _connect(self) -> None:
        self.ops.changed.connect(self.apply_changes)
        self.ops.failed.connect(self.show_failure)
        self.ops.message.connect(self.show_status)
        self.ops.waiting.connect(self.show_waiting)
        self.ops.projectReplaced.connect(lambda: self._load_project_views(restore=True))
        stack = self.ops.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo_action.setText(
            self.tr("&Undo {action}").format(action=t) if t else self.tr("&Undo")))
        stack.redoTextChanged.connect(lambda t: self.redo_action.setText(
            self.tr("&Redo {action}").format(action=t) if t else self.tr("&Redo")))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.document_list.openRequested.connect(self._open_from_list)
        self.document_list.editRequested.connect(self.edit_document)
        self.document_list.deleteRequested.connect(self.delete_document)
        self.annotation_list.annotationSelected.connect(lambda a_id: self.select_annotation(a_id, origin="list"))
        self.panel.returnToPane.connect(self.pane_wiring.focus_active_text)

    # ============================================================================ project views ===
    @property
    def project(self) -> Project:
        return self.ops.project

    def _load_project_views(self, restore: bool) -> None:
        """Fill every view from the project (at start and after opening another project)."""
        self.selection.current = None
        self.lists.drop()  # an earlier project's changes: every view loads below
        self.annotation_list.set_document(None, None)  # the same ids may mean other documents now
        self.document_model.load(self.project)
        self.completers.reload_when_needed(self.project)  # a desk's names: when a field needs them
        self.load_authors()
        self.panel.load(None)
        wanted = self.layout_memory.remembered_documents(self.project.location) if restore else None
        ids = self.document_model.keys()  # the ids only: a desk's summaries are fetched as the list shows them
        known = set(ids)
        if not wanted:
            first: list[int | None] = list(ids[:DEFAULT_PANES])
            wanted = first + [None] * (DEFAULT_PANES - len(first))
        self.pane_wiring.show_documents([d if d in known else None for d in wanted] or [None])
        location = self.project.shown_location  # never a server password on screen
        self.project_label.setText(location)
        self.project_label.setToolTip(location)
        self.show_read_only()
        self.integrity_watch.watch(self.project)  # SQLite's check of the file, still running: its answer

    def show_read_only(self) -> None:
        """The title, and the status bar's read-only label with the reason in its tooltip."""
        location = self.project.shown_location  # never a server password on screen
        name = Path(location).stem if self.project.path else location
        read_only = self.project.read_only
        title = self.tr("{project} (read-only) — Evidence Desk") if read_only else self.tr("{project} — Evidence Desk")
        self.setWindowTitle(title.format(project=name))
        self.read_only_label.setVisible(read_only)
        self.read_only_label.setToolTip(
            self.tr("This project is open read-only: {reason}. You can read and export; changes are refused.")
            .format(reason=self.project.read_only_reason) if read_only else "")

    def load_authors(self) -> None:
        """Highlight colours and the author filter from the project; the status bar names the author."""
        authors = author_service.list_authors(self.project)
        self.pane_wiring.set_author_colours({a.id: a.colour for a in authors})
        self.annotation_list.set_authors([(a.id, a.name, a.colour) for a in authors])
        me = next((a for a in authors if a.id == self.ops.author_id), None)
        name = me.name if me else self.profile.name
        colour = me.colour if me else self.profile.colour
        self.author_chip.setStyleSheet(f"background: {colour}; border-radius: 5px;")
        self.author_chip.setFixedSize(10, 10)
        self.author_label.setText(name)
        self.author_label.setToolTip(self.tr("Annotating as {name} ({key})").format(name=name, key=self.profile.key))

    # ================================================================================== panes ===
    def new_pane(self, document_id: int | None = None) -> ArticlePane:
        return self.pane_wiring.new_pane(document_id)

    def close_active_pane(self) -> None:
        self.pane_wiring.close_active_pane()

    def open_document(self, document_id: int, pane: ArticlePane | None = None, reload: bool = False) -> ArticlePane:
        """Show a document in ``pane`` (default: the active pane, or a new one)."""
        return self.pane_wiring.open_document(document_id, pane, reload)

    def _open_from_list(self, document_id: int, new_pane: bool) -> None:
        if new_pane:
            self.new_pane(document_id)
        else:
            self.open_document(document_id).setFocus()

    # ===================================================================== the current annotation ===
    def tag_selection(self, kind: str) -> str | None:
        """Toolbar/menu tagging: tag the active pane's selection."""
        return self.selection.tag_selection(kind)

    def tag_range(self, pane: ArticlePane, kind: str, start: int, end: int) -> str | None:
        return self.selection.tag_range(pane, kind, start, end)

    def select_annotation(self, annotation_id: str | None, origin: object = None) -> None:
        """Make an annotation current everywhere: its pane's outline, the list row, the panel."""
        self.selection.select(annotation_id, origin)

    def current_annotation(self) -> str | None:
        return self.selection.current

    def delete_selected_annotation(self) -> None:
        self.selection.delete_current()

    def undo(self) -> None:
        self.selection.step(undo=True)

    def redo(self) -> None:
        self.selection.step(undo=False)

    # ================================================================================ changes ===
    def apply_changes(self, changes: Changes) -> None:
        """Every view updates what the change set touched. Of a tag or an edit (a few annotations), the annotation
        list follows on the event loop's next turn, once the highlight is painted (``desktop.ui.next_turn``)."""
        project = self.project
        self.lists.flush()  # what an earlier change set left it to do comes first
        few = 0 < len(changes.annotations) <= FEW_VIEWS  # a tag, an edit: read once, shown everywhere
        views = self.ops.reads.many(changes.annotations) if few else None
        if len(changes.annotations) > FEW_VIEWS:  # an import: the documents' counts on the loop's next turn
            self.document_model.apply_changes(project, dataclasses.replace(changes, annotations=frozenset()))
            QTimer.singleShot(0, self, lambda: self.document_model.apply_changes(  # (a slot of its own: counting
                self.project, Changes(annotations=changes.annotations), changes.holding))  # those holding them)
        else:  # at once: a count read later would already hold the next tag's annotation too
            holding = {v.document_id for v in views.values()} if views and len(views) == len(changes.annotations) \
                else None  # none gone: their documents are known
            self.document_model.apply_changes(project, changes, holding)
        self.pane_wiring.apply_changes(changes)
        if changes.authors:
            self.load_authors()
        if few:  # placed from the views read now, whenever it runs
            self.lists.later(lambda: self.annotation_list.apply_changes(project, changes, views))
        else:
            self.annotation_list.apply_changes(project, changes, views)
        self.completers.refresh_if_needed(project, changes)
        self.panel.apply_changes(changes)
        self.selection.after_changes(changes)

    def show_status(self, text: str, error: bool = False) -> None:
        status = self.statusBar()
        if bool(status.property("error")) != error:  # the style sheet's colour: polished again only if it changes
            status.setProperty("error", error)
            status.style().unpolish(status)
            status.style().polish(status)
        status.showMessage(text, STATUS_MS * (2 if error else 1))

    def show_waiting(self, text: str) -> None:
        """A write waits for another writer ("Waiting: An import of … is in progress"). The waiting write may
        hold this thread, so the status bar is painted now instead of by the event loop."""
        self.show_status(self.tr("{waiting} Your change waits for it.").format(waiting=text))
        self.statusBar().repaint()

    def show_failure(self, message: str) -> None:
        """The runner's one message for an action that was not done: a refusal in the status bar, a storage
        error, a file error or a bug (``ops.last_failure.serious``) in a message box."""
        failure = self.ops.last_failure
        if failure is not None and failure.serious and failure.message == message:
            self.message_box(QMessageBox.Icon.Warning, failure.title, message, failure.details)
            self.show_status(f"⚠ {failure.title}", error=True)
        else:
            self.show_status(f"⚠ {message}", error=True)

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

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ===================================================================== documents & projects ===
    def import_dialog(self) -> None:
        self.document_actions.import_dialog()

    def import_paths(self, paths: list[str]) -> ImportReport | None:
        """Import files and show what was added and what was refused (and why)."""
        return self.document_actions.import_paths(paths)

    def edit_active_document(self) -> None:
        self.document_actions.edit_active_document()

    def edit_document(self, document_id: int) -> None:
        self.document_actions.edit_document(document_id)

    def delete_document(self, document_id: int) -> None:
        self.document_actions.delete_document(document_id)

    def add_url_dialog(self) -> None:
        self.document_actions.add_url_dialog()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) or dropped_urls(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        urls = dropped_urls(event.mimeData())
        if paths or urls:
            event.acceptProposedAction()
        if paths:
            self.document_actions.import_later(paths)
        if urls:
            self.document_actions.add_urls_later(urls)

    def new_project_dialog(self) -> None:
        self.project_dialogs.new_project()

    def open_project_dialog(self) -> None:
        self.project_dialogs.open_project()

    def open_project_path(self, path: str, create: bool = False) -> bool:
        """Open (or create) a project and make it current. On failure the current project stays."""
        return self.project_dialogs.open_path(path, create)

    def switch_project(self, project: Project) -> None:
        self.project_dialogs.switch_to(project)

    def switch_author_dialog(self) -> None:
        self.project_dialogs.switch_author()

    def edit_profile_dialog(self) -> None:
        self.project_dialogs.edit_profile()

    def set_profile(self, profile: Profile) -> None:
        """Annotate as ``profile`` from now on (its author is added to the project if new)."""
        self.project_dialogs.set_profile(profile)

    # ============================================================================ focus & help ===
    def focus_filter(self) -> None:
        self.list_dock.show()
        self.annotation_list.text_filter.setFocus()
        self.annotation_list.text_filter.selectAll()

    def focus_panel(self) -> None:
        self.selection.focus_panel()

    def show_shortcuts(self) -> ShortcutsSheet:
        """Help > Keyboard Shortcuts: generated now, so the features' shortcuts are in it too."""
        from desktop.ui.shortcuts_sheet import show_shortcuts as show_shortcuts_sheet

        self.shortcuts_sheet = show_shortcuts_sheet(self, self.shortcuts_sheet, self._author_colours())
        return self.shortcuts_sheet

    def _author_colours(self) -> list[tuple[str, str]]:
        return [(a.name, a.colour) for a in author_service.list_authors(self.project)]

    def show_legend(self) -> LegendDialog:
        """View › Legend: what the highlight colours, underline lanes, outlines and author colours mean."""
        from desktop.ui.legend import LegendDialog

        if self.legend is None:
            self.legend = LegendDialog(self)
        self.legend.set_authors(self._author_colours())
        self.legend.show()
        self.legend.raise_()
        self.legend.activateWindow()
        return self.legend

    def show_about(self) -> None:
        from desktop import __version__

        self.message_box(QMessageBox.Icon.Information, self.tr("About Evidence Desk"),
                         f"<b>Evidence Desk {__version__}</b><br>"  # i18n: ok (the name and version)
                         + self.tr("Tag claims, entities and figures across articles, line the sources up, "
                                   "and export an evidence dossier."))

    # ========================================================================= layout & close ===
    def restore_layout(self) -> None:
        """Geometry, docks and splitter as last saved (again after features add their docks)."""
        self.layout_memory.restore()

    def save_layout(self) -> None:
        self.layout_memory.save(self.project.location)

    def remember_documents(self) -> None:
        """Note which documents the panes show (they open again next time)."""
        self.layout_memory.remember_documents(self.project.location)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work off the GUI thread ends with the window: a long import is cancelled (it writes nothing) and
        # a fetch stops; both threads are waited for, so none outlives the window or writes after it.
        self.ops.finish_background()
        self.document_actions.stop()
        self.panel.commit_pending()  # no Save button: the edit in progress is kept
        self.save_layout()
        super().closeEvent(event)

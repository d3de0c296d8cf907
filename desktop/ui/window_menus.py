"""The main window's actions, menus, tool bar and status bar.

Construction only: every action calls one of the window's own methods, and what is built is set on
the window under the names features and tests use (``file_menu``, ``view_menu``, ``tag_actions``,
``undo_action``...). Features add their menus before Help (``help_menu_action``) and their exports
above Quit (``file_export_separator``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar, QToolButton, QWidget

from desktop.domain.kinds import Kind
from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey | list[str]


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def make_action(window: MainWindow, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None,
                icon_name: str | None = None, tip: str | None = None) -> QAction:
    """An action owned by the window; its tool tip names its keys."""
    action = QAction(text, window)
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


def build_actions(window: MainWindow) -> None:
    def a(text: str, slot: Callable[[], object], shortcut: Shortcut | None = None, icon_name: str | None = None,
          tip: str | None = None) -> QAction:
        return make_action(window, text, slot, shortcut, icon_name, tip)

    w = window
    w.new_project_action = a("&New Project…", w.new_project_dialog, "Ctrl+Shift+N", "new-project",
                             "Create an empty project file")
    w.open_project_action = a("&Open Project…", w.open_project_dialog, QKeySequence.StandardKey.Open, "open",
                              "Open a project file")
    w.import_action = a("&Import Documents…", w.import_dialog, "Ctrl+I", "import",
                        "Import sources (.html, .pdf, .docx, .eml, .txt, .md)")
    w.add_url_action = a("Add from &Web Address…", w.add_url_dialog, "Ctrl+Shift+I", None,
                         "Fetch a web page, PDF or Word file, archive it and add it")
    w.quit_action = a("&Quit", w.close, QKeySequence.StandardKey.Quit, None, "Quit Evidence Desk")
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    w.undo_action = a("&Undo", w.undo, QKeySequence.StandardKey.Undo, "undo", "Undo the last change")
    w.redo_action = a("&Redo", w.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo", "Redo")
    w.delete_action = a("&Delete Annotation", w.delete_selected_annotation, QKeySequence.StandardKey.Delete,
                        "delete", "Delete the selected annotation")
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.pane_area.addAction(w.delete_action)
    w.annotation_list.addAction(w.delete_action)
    w.edit_document_action = a("Document &Metadata…", w.edit_active_document, "Ctrl+Shift+M", None,
                               "Edit the title, outlet, date and reliability of the article")

    w.tag_actions = {
        Kind.ENTITY: a("Tag as &Entity", lambda: w.tag_selection(Kind.ENTITY), None, "tag-entity",
                       "Tag the selection as an entity (E in the article)"),
        Kind.FIGURE: a("Tag as &Figure", lambda: w.tag_selection(Kind.FIGURE), None, "tag-figure",
                       "Tag the selection as a figure (F in the article)"),
        Kind.CLAIM: a("Tag as &Claim", lambda: w.tag_selection(Kind.CLAIM), None, "tag-claim",
                      "Tag the selection as a claim (C in the article)"),
    }
    for kind, action in w.tag_actions.items():
        action.setIconText(kind.value.capitalize())  # the toolbar shows "Entity", the menu "Tag as Entity"
    w.new_pane_action = a("New &Pane", w.new_pane, "Ctrl+T", "add-pane", "Open another article pane")
    w.close_pane_action = a("&Close Pane", w.close_active_pane, "Ctrl+W", "close-pane", "Close the active pane")
    w.next_pane_action = a("Next Pane", lambda: w.pane_wiring.cycle(1), "Ctrl+PgDown", None, "Next pane")
    w.previous_pane_action = a("Previous Pane", lambda: w.pane_wiring.cycle(-1), "Ctrl+PgUp", None, "Previous pane")
    w.focus_filter_action = a("Filter Annotations", w.focus_filter, "Ctrl+Alt+F", None,
                              "Filter the annotation list")
    w.focus_panel_action = a("Edit Annotation", w.focus_panel, "F2", None,
                             "Edit the selected annotation in the panel")
    w.switch_author_action = a("&Switch Author…", w.switch_author_dialog, None, "author",
                               "Annotate as someone else on this computer")
    w.edit_profile_action = a("&Edit Profile…", w.edit_profile_dialog, None, None,
                              "Change your name and highlight colour")
    w.shortcuts_action = a("&Keyboard Shortcuts", w.show_shortcuts, "F1", None,
                           "Every keyboard shortcut, and what the highlights mean")
    w.legend_action = a("&Legend", w.show_legend, None, None,
                        "What the highlight colours, underlines, outlines and author colours mean")
    w.about_action = a("&About Evidence Desk", w.show_about)


def build_menus(window: MainWindow) -> None:
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(w.new_project_action)
    file_menu.addAction(w.open_project_action)
    w.recent_menu = QMenu("Open &Recent", w)
    w.recent_menu.setObjectName("recentMenu")
    w.recent_menu.aboutToShow.connect(w.project_dialogs.fill_recent_menu)
    file_menu.addMenu(w.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(w.import_action)
    file_menu.addAction(w.add_url_action)
    file_menu.addSeparator()
    w.file_export_separator = file_menu.addSeparator()  # features add their exports above Quit
    file_menu.addAction(w.quit_action)
    w.file_menu = file_menu

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(w.undo_action)
    edit_menu.addAction(w.redo_action)
    edit_menu.addSeparator()
    for action in w.tag_actions.values():
        edit_menu.addAction(action)
    edit_menu.addAction(w.delete_action)
    w.entity_type_menu = edit_menu.addMenu("Entity &Type")
    w.entity_type_menu.setObjectName("entityTypeMenu")
    for action in w.panel.entity_type.type_actions:
        w.entity_type_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.focus_panel_action)
    edit_menu.addAction(w.edit_document_action)

    view_menu = bar.addMenu("&View")
    for action in (w.new_pane_action, w.close_pane_action, w.next_pane_action, w.previous_pane_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for dock in (w.documents_dock, w.panel_dock, w.list_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addAction(w.focus_filter_action)
    view_menu.addSeparator()
    view_menu.addAction(w.legend_action)
    w.view_menu = view_menu

    profile_menu = bar.addMenu("&Profile")
    profile_menu.addAction(w.switch_author_action)
    profile_menu.addAction(w.edit_profile_action)

    help_menu = bar.addMenu("&Help")
    w.help_menu_action = help_menu.menuAction()  # features insert their menus before Help
    help_menu.addAction(w.shortcuts_action)
    help_menu.addAction(w.legend_action)
    help_menu.addAction(w.about_action)


def build_toolbar(window: MainWindow) -> None:
    w = window
    bar = QToolBar("Main toolbar", w)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addAction(w.import_action)
    bar.addSeparator()
    tag_label = QLabel("Tag:")
    tag_label.setObjectName("toolbarLabel")
    bar.addWidget(tag_label)
    for action in w.tag_actions.values():
        bar.addAction(action)
    bar.addSeparator()
    bar.addAction(w.undo_action)
    bar.addAction(w.redo_action)
    bar.addSeparator()
    bar.addAction(w.new_pane_action)
    for action in (w.undo_action, w.redo_action, w.import_action, w.new_pane_action):
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.toolbar = bar
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    w.view_menu.addAction(bar.toggleViewAction())


def build_status_bar(window: MainWindow) -> None:
    """The author chip and name, then the project file, on the right of the status bar."""
    w = window
    status = w.statusBar()
    status.setObjectName("statusBar")
    w.author_chip = QLabel()
    w.author_chip.setObjectName("authorChip")
    w.author_label = QLabel()
    w.author_label.setObjectName("statusAuthor")
    author_box = QWidget()
    row = QHBoxLayout(author_box)
    row.setContentsMargins(6, 0, 6, 0)
    row.setSpacing(6)
    row.addWidget(w.author_chip)
    row.addWidget(w.author_label)
    w.project_label = QLabel()
    w.project_label.setObjectName("statusProject")
    w.read_only_label = QLabel("Read-only")  # shown when the project cannot be written
    w.read_only_label.setObjectName("statusReadOnly")
    w.read_only_label.hide()
    status.addPermanentWidget(author_box)
    status.addPermanentWidget(w.read_only_label)
    status.addPermanentWidget(w.project_label)

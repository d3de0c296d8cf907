"""Adds "line the sources up" to a main window, through its public attributes and signals only.

``install(window)`` adds:

- the Register dock (left, a tab beside Documents): entities, measures, propositions; rename (F2), merge,
  aliases, split, type; "Find All Mentions" of an entity;
- the Suggestions dock (bottom, a tab beside the annotation list): mentions or figures proposed,
  accepted with Enter and rejected with Backspace in the article;
- the Mentions dock (bottom, a tab too): everything linked to the selected entity, measure or
  proposition, marked in every open article, walked with F3 / Shift+F3;
- the Compare Sources dock (Ctrl+Shift+C; bottom, a tab too, given half the window's height while it
  is open, or floated as a window of its own): measures and propositions source by source, with the
  disagreements flagged and charted;
- the Timeline dock (Ctrl+Shift+T; a tab beside Compare Sources): date measures lined up and every
  dated event on one time axis, by source;
- the Line-up menu (before Help) and the docks' toggles in the View menu.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.words import reliability_label
from desktop.services.changes import Changes
from desktop.ui.accessibility import describe_controls
from desktop.ui.lineup.labels import document_labels
from desktop.ui.lineup.lineup_operations import LineupOperations
from desktop.ui.lineup.marks_controller import MarksController
from desktop.ui.lineup.suggestions_controller import SuggestionsController
from desktop.ui.window_layout import place_dock, present_at_bottom, roomy_when_floating

if TYPE_CHECKING:
    from desktop.ui.lineup.comparison_view import CompareView
    from desktop.ui.lineup.mentions_dock import MentionsPanel
    from desktop.ui.lineup.register_dock import RegisterPanel
    from desktop.ui.lineup.suggestions_dock import SuggestionsPanel
    from desktop.ui.lineup.timeline_view import TimelineView
    from desktop.ui.main_window import MainWindow

COMPARE_MIN_HEIGHT = 240
COMPARE_SHARE = 0.5  # of the height the article panes share with the bottom docks, while it is open
COMPARE_FLOATING = QSize(1440, 760)  # floated: room for the tables with their charts beside them
FEATURE_NAME = "lineupFeature"
RELOAD_MS = 150


class LineupFeature(QObject):
    """What ``install`` added; the Line-up menu's actions are its methods."""

    registerBuilt = Signal(object)  # the RegisterPanel, once built (what a role may not do is hidden in it then)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(FEATURE_NAME)
        self.window = window
        self.lineup = LineupOperations(window.ops)
        self._from_register = False

        self._register: RegisterPanel | None = None  # built when first shown or asked for (see ``register``)
        self._statuses: frozenset[str] | None = None  # what Compare counts, once its options were changed
        self.suggestions = SuggestionsController(window, self.lineup, self)
        self._suggestions_panel: SuggestionsPanel | None = None  # likewise (each reads its controller's state)
        self.marks = MarksController(window, self)
        self._mentions_panel: MentionsPanel | None = None
        self.compare: CompareView | None = None  # built (and the comparison loaded) when first shown
        self.timeline: TimelineView | None = None  # likewise

        self.register_dock = self._dock(self.tr("Register"), "registerDock", QWidget())
        self.suggestions_dock = self._dock(self.tr("Suggestions"), "suggestionsDock", QWidget())
        self.mentions_dock = self._dock(self.tr("Mentions"), "mentionsDock", QWidget())
        # Their panels are built when their dock comes into sight: a moment after it is shown (the window's
        # first show tabs the docks, showing each of them for a moment), if it is still in front then.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_panels_in_sight)
        for dock in (self.register_dock, self.suggestions_dock, self.mentions_dock):
            dock.visibilityChanged.connect(lambda visible: visible and self._build_timer.start())
        self.compare_dock = self._dock(self.tr("Compare Sources"), "compareDock", QWidget())
        self.compare_dock.setMinimumHeight(COMPARE_MIN_HEIGHT)  # never a useless strip over the articles
        self.compare_dock.visibilityChanged.connect(lambda visible: visible and self.compare_view())
        self.timeline_dock = self._dock(self.tr("Timeline"), "timelineDock", QWidget())
        self.timeline_dock.setMinimumHeight(COMPARE_MIN_HEIGHT)
        self.timeline_dock.visibilityChanged.connect(lambda visible: visible and self.timeline_view())
        self._place_docks()

        self._build_actions()
        self._build_menu()
        self._connect()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self._reload_if_shown)
        # Listed when it first comes into sight (at launch it is a tab behind Documents: a desk's entities and
        # their mentions are not counted before the first paint), and again after a change once in sight.
        self._register_stale = True
        self.register_dock.visibilityChanged.connect(self._register_in_sight)
        window.installEventFilter(self)  # the window closing: the register's listing ends with it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._reload_timer.stop()
            if self._register is not None:
                self._register.stop()  # its worker thread waited for: none goes on reading the project
        return False

    # --- docks -----------------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    def _place_docks(self) -> None:
        """Their places in the default layout (``desktop.ui.window_layout``): Register a tab beside
        Documents, Suggestions, Mentions and Compare Sources tabs beside the annotation list (Compare
        closed until asked for). The window's saved layout, restored after the features are installed,
        puts them back where the analyst left them."""
        for dock in (self.register_dock, self.suggestions_dock, self.mentions_dock, self.compare_dock,
                     self.timeline_dock):
            place_dock(self.window, dock)
        self.window.list_dock.raise_()
        self.window.documents_dock.raise_()
        roomy_when_floating(self.window, self.compare_dock, COMPARE_FLOATING)
        roomy_when_floating(self.window, self.timeline_dock, COMPARE_FLOATING)

    # --- actions ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.compare_action = a(self.tr("&Compare Sources"), self.show_compare, "Ctrl+Shift+C",
                                self.tr("What every source says about each measure and proposition, side by side"))
        self.timeline_action = a(self.tr("&Timeline"), self.show_timeline, "Ctrl+Shift+T",
                                 self.tr("Every dated event on one time axis, by source; the date measures lined up"))
        self.register_action = a(self.tr("&Register"), self.show_register, "Ctrl+Shift+R",
                                 self.tr("Entities, measures and propositions: rename, merge, aliases"))
        self.find_mentions_action = a(self.tr("Find All &Mentions"), self.find_mentions, "Ctrl+Shift+E",
                                      self.tr("Suggest every untagged mention of the selected entity, in every article"))
        self.find_figures_action = a(self.tr("Find &Figures in This Article"), self.find_figures, "Ctrl+Shift+G",
                                     self.tr("Suggest the amounts and percentages of the active article"))
        self.accept_all_action = a(self.tr("&Accept All Suggestions"), self.suggestions.accept_all, None,
                                   self.tr("Tag every suggestion in the list (one undo step)"))
        self.reject_all_action = a(self.tr("Re&ject All Suggestions"), self.suggestions.reject_all, None,
                                   self.tr("Drop every suggestion in the list"))
        self.next_action = a(self.tr("&Next Mention"), self.marks.next, "F3",
                             self.tr("The next annotation of the selected entity, measure or proposition, across articles"))
        self.previous_action = a(self.tr("&Previous Mention"), self.marks.previous, "Shift+F3",
                                 self.tr("The previous one"))
        self.grade_menu = QMenu(self.tr("&Grade This Source"), self.window)
        self.grade_menu.setObjectName("gradeSourceMenu")
        self.grade_menu.aboutToShow.connect(self._fill_grade_menu)

    def _build_menu(self) -> None:
        menu = QMenu(self.tr("&Line-up"), self.window)
        menu.setObjectName("lineupMenu")
        menu.addAction(self.compare_action)
        menu.addAction(self.timeline_action)
        menu.addAction(self.register_action)
        menu.addSeparator()
        menu.addAction(self.find_mentions_action)
        menu.addAction(self.find_figures_action)
        menu.addAction(self.accept_all_action)
        menu.addAction(self.reject_all_action)
        menu.addSeparator()
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)
        menu.addSeparator()
        menu.addMenu(self.grade_menu)
        self.window.menuBar().insertMenu(self.window.help_menu_action, menu)
        self.menu = menu
        self.window.view_menu.addSeparator()
        for dock in (self.register_dock, self.suggestions_dock, self.mentions_dock, self.compare_dock,
                     self.timeline_dock):
            self.window.view_menu.addAction(dock.toggleViewAction())

    def _fill_grade_menu(self) -> None:
        self.grade_menu.clear()
        pane = self.window.pane_area.active_pane()
        document_id = pane.document_id if pane is not None else None
        summary = self.window.document_model.summary(document_id) if document_id is not None else None
        if summary is None:
            self.grade_menu.addAction(self.tr("Open an article first")).setEnabled(False)
            return
        label = document_labels(self.window.project).get(summary.id, "")
        for grade in RELIABILITY_GRADES:
            action = self.grade_menu.addAction(f"{grade} · {reliability_label(grade)}")
            action.setCheckable(True)
            action.setChecked(summary.reliability == grade)
            action.triggered.connect(lambda _c=False, g=grade: self.lineup.set_reliability(summary.id, g, label))
        self.grade_menu.addSeparator()
        self.grade_menu.addAction(self.tr("Not Graded"), lambda: self.lineup.set_reliability(summary.id, None, label))

    # --- wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        ops = self.window.ops
        self.marks.targetChanged.connect(self._show_target_in_register)
        ops.changed.connect(self._on_changed)
        ops.projectReplaced.connect(self._on_project_replaced)

    @property
    def register(self) -> RegisterPanel:
        """The Register's panel, built the first time its dock comes into sight or it is asked for: at launch
        the dock is a tab behind Documents, and its three tables are not made before the first paint."""
        if self._register is None:
            # its code loads with it, not at start-up
            from desktop.ui.lineup.register_dock import RegisterPanel

            panel = self._register = RegisterPanel(self.lineup)
            panel.itemSelected.connect(self._on_register_item)
            panel.findMentionsRequested.connect(self.find_mentions_of)
            if self._statuses is not None:
                panel.set_statuses(self._statuses)
            self._put_in(self.register_dock, panel)
            self.registerBuilt.emit(panel)
        return self._register

    @property
    def suggestions_panel(self) -> SuggestionsPanel:
        """The Suggestions dock's panel, built when the dock first comes into sight or it is asked for."""
        if self._suggestions_panel is None:
            from desktop.ui.lineup.suggestions_dock import SuggestionsPanel

            self._suggestions_panel = SuggestionsPanel(self.suggestions)
            self._put_in(self.suggestions_dock, self._suggestions_panel)
        return self._suggestions_panel

    @property
    def mentions_panel(self) -> MentionsPanel:
        """The Mentions dock's panel, built when the dock first comes into sight or it is asked for."""
        if self._mentions_panel is None:
            from desktop.ui.lineup.mentions_dock import MentionsPanel

            self._mentions_panel = MentionsPanel(self.marks)
            self._put_in(self.mentions_dock, self._mentions_panel)
        return self._mentions_panel

    @staticmethod
    def _put_in(dock: QDockWidget, panel: QWidget) -> None:
        placeholder = dock.widget()
        dock.setWidget(panel)
        if placeholder is not None:
            placeholder.deleteLater()
        describe_controls(panel)  # as the window's controls were when it was built

    def _build_panels_in_sight(self) -> None:
        for dock, name in ((self.register_dock, "register"), (self.suggestions_dock, "suggestions_panel"),
                           (self.mentions_dock, "mentions_panel")):
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                getattr(self, name)

    def built_register(self) -> RegisterPanel | None:
        """The Register's panel if it was built already (None: it has not been in sight nor asked for)."""
        return self._register

    def _follow_statuses(self, statuses: frozenset[str]) -> None:
        self._statuses = statuses
        if self._register is not None:
            self._register.set_statuses(statuses)

    def compare_view(self) -> CompareView:
        """The comparison view, built the first time it is needed."""
        if self.compare is None:
            from desktop.ui.lineup.comparison_view import CompareView

            view = CompareView(lambda: self.window.project)
            view.annotationActivated.connect(self.show_annotation)
            view.gradeRequested.connect(lambda doc, grade, label: self.lineup.set_reliability(doc, grade, label))
            view.toleranceRequested.connect(lambda value: self.lineup.set_tolerance(Decimal(value)))
            view.windowRequested.connect(self._compare_in_window)
            view.statusesChanged.connect(self._follow_statuses)  # the register counts as Compare does
            view.set_in_window(self.compare_dock.isFloating())
            self.compare_dock.topLevelChanged.connect(view.set_in_window)
            self.compare = view
            self.compare_dock.setWidget(view)
        return self.compare

    def timeline_view(self) -> TimelineView:
        """The timeline view, built the first time it is needed."""
        if self.timeline is None:
            from desktop.ui.lineup.timeline_view import TimelineView

            view = TimelineView(lambda: self.window.project)
            view.annotationActivated.connect(self.show_annotation)
            self.timeline = view
            self.timeline_dock.setWidget(view)
        return self.timeline

    def show_timeline(self) -> None:
        """The Timeline in front, docked at the bottom with Compare's share of the height."""
        present_at_bottom(self.window, self.timeline_dock, COMPARE_SHARE)
        self.timeline_view().refresh_if_stale()

    def _on_changed(self, changes: Changes) -> None:
        if self.timeline is not None:
            self.timeline.on_changed(changes)
        if self.compare is not None:
            self.compare.on_changed(changes)
        if changes.entities or changes.measures or changes.propositions:
            self.reload_register()  # the analyst just edited the register: show it now
        elif changes.annotations or changes.documents:
            if self._register_shown():
                self._reload_timer.start()
            else:  # counted again when it comes into sight: a tag does not recount a desk nobody looks at
                self._register_stale = True

    def _register_shown(self) -> bool:
        panel = self._register
        return panel is not None and panel.isVisible() and not panel.visibleRegion().isEmpty()

    def _register_in_sight(self, visible: bool) -> None:
        if visible and self._register_stale:
            self._reload_timer.start()  # a moment later: docks placed behind a tab at launch are shown first

    def _reload_if_shown(self) -> None:
        if self._register_shown():
            self.reload_register()
        else:
            self._register_stale = True

    def _on_project_replaced(self) -> None:
        if self._register_shown():
            self.reload_register()
        else:
            self._register_stale = True
        if self.compare is not None:
            self.compare.schedule_refresh()
        if self.timeline is not None:
            self.timeline.schedule_refresh()

    def reload_register(self) -> None:
        self._reload_timer.stop()
        self._register_stale = False
        self.register.reload(self.window.project)
        target = self.marks.target
        if target is not None:  # the selected entity, measure or proposition, as when it was listed before
            self.register.select(*target, quiet=True)

    def _on_register_item(self, kind: str, item_id: int | None) -> None:
        if item_id is None:
            return
        if self.marks.target != (kind, item_id):
            self._from_register = True  # the register already shows it (maybe among several picked rows)
            try:
                self.marks.set_target((kind, item_id))
            finally:
                self._from_register = False
        if not self.mentions_dock.isHidden():  # closed by the analyst: leave it closed
            self.mentions_dock.raise_()

    def _show_target_in_register(self) -> None:
        target = self.marks.target
        if target is not None and not self._from_register and self._register is not None:  # else listed with it
            self._register.select(*target, quiet=True)

    # --- the menu's actions ----------------------------------------------------------------------
    def show_compare(self) -> None:
        """Compare Sources in front; docked at the bottom it gets half the height below the tool bar while
        open, so the article above still shows the quote a row points to."""
        present_at_bottom(self.window, self.compare_dock, COMPARE_SHARE)
        self.compare_view().refresh_if_stale()

    def _compare_in_window(self, in_window: bool) -> None:
        self.compare_dock.setFloating(in_window)
        if not in_window:
            self.show_compare()  # back below the articles, with its share of the height

    def show_register(self) -> None:
        self.register_dock.show()
        self.register_dock.raise_()
        tab = self.register.current_tab()
        tab.filter_box.setFocus()
        tab.filter_box.selectAll()

    def find_mentions(self) -> int:
        """Of the selected entity: the marked one, else the register's current row."""
        target = self.marks.target
        if target is not None and target[0] == "entity":
            return self.find_mentions_of(target[1])
        row = self.register.entities.current_row()
        if row is None:
            self.window.show_status(self.tr("Select an entity (in the register, or one of its mentions) first."))
            return 0
        return self.find_mentions_of(row.id)

    def find_mentions_of(self, entity_id: int) -> int:
        self.suggestions_dock.show()
        self.suggestions_dock.raise_()
        return self.suggestions.find_mentions(entity_id)

    def find_figures(self) -> int:
        self.suggestions_dock.show()
        self.suggestions_dock.raise_()
        return self.suggestions.find_figures()

    def show_annotation(self, document_id: int, annotation_id: str) -> None:
        """Select an annotation in the pane showing its document (opened in the active pane if none)."""
        if self.window.pane_area.pane_showing(document_id) is None:
            self.window.open_document(document_id)
        self.window.select_annotation(annotation_id)


def install(window: MainWindow) -> LineupFeature:
    return LineupFeature(window)

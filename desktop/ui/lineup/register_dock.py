"""The register dock: canonical entities, measures and propositions, one tab each, kept tidy.

Each tab is a filterable table (``register_model``) with its actions on a small tool bar and in the
context menu. Writing goes through ``LineupOperations`` (undoable); the dock reloads when the
project says entities, measures, propositions, annotations or documents changed: the rows are listed in a
worker thread (``register_worker``: measures and propositions run the desk's comparison) and shown when they
are there, the rows before staying until then.

Merging: select two rows (the first one you pick is kept) and choose Merge: the second folds into
the first, its mentions follow and its names become aliases. With one row selected, Merge into…
asks which item to fold it into.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from desktop.domain.kinds import EntityType
from desktop.domain.words import entity_type_name, status_word
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.ui.lineup.register_model import EntityModel, MeasureModel, PropositionModel
from desktop.ui.lineup.register_tab import RegisterTab
from desktop.ui.lineup.register_worker import RegisterLister, RegisterLists

RegisterPanelCounts = Context("RegisterPanelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:
    from desktop.storage.project import Project
    from desktop.ui.lineup.lineup_operations import LineupOperations

TAB_TITLES = {"entity": QT_TRANSLATE_NOOP("RegisterPanel", "Entities"),
              "measure": QT_TRANSLATE_NOOP("RegisterPanel", "Measures"),
              "proposition": QT_TRANSLATE_NOOP("RegisterPanel", "Propositions")}
RENAME_HINTS = {"entity": QT_TRANSLATE_NOOP("RegisterPanel", "Select an entity to rename."),
                "measure": QT_TRANSLATE_NOOP("RegisterPanel", "Select a measure to rename."),
                "proposition": QT_TRANSLATE_NOOP("RegisterPanel", "Select a proposition to rename.")}
MERGE_HINTS = {"entity": QT_TRANSLATE_NOOP("RegisterPanel", "Select the entities to merge (the first one you pick is kept)."),
               "measure": QT_TRANSLATE_NOOP("RegisterPanel", "Select the measures to merge (the first one you pick is kept)."),
               "proposition": QT_TRANSLATE_NOOP("RegisterPanel",
                                                "Select the propositions to merge (the first one you pick is kept).")}
NEW_TITLES = {"entity": QT_TRANSLATE_NOOP("RegisterPanel", "New entity"),
              "measure": QT_TRANSLATE_NOOP("RegisterPanel", "New measure"),
              "proposition": QT_TRANSLATE_NOOP("RegisterPanel", "New proposition")}
NEW_PROMPTS = {"entity": QT_TRANSLATE_NOOP("RegisterPanel", "Name of the new entity:"),
               "measure": QT_TRANSLATE_NOOP("RegisterPanel", "Name of the new measure:"),
               "proposition": QT_TRANSLATE_NOOP("RegisterPanel", "Name of the new proposition:")}
STALE_MS = 600  # after a reload, the tabs not on screen count (after start-up's first paint, the register in sight)


class RegisterPanel(QWidget):
    """The three tabs and every register action. ``itemSelected(kind, id)`` follows the current row."""

    itemSelected = Signal(str, object)  # kind, id | None
    findMentionsRequested = Signal(int)  # entity id

    def __init__(self, operations: LineupOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPanel")
        self.lineup = operations
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_item: Callable[[str, str, list[str]], str | None] = self._ask_item

        self.entities = RegisterTab(EntityModel(self))
        self.measures = RegisterTab(MeasureModel(self))
        self.propositions = RegisterTab(PropositionModel(self))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("registerTabs")
        self.tabs.setDocumentMode(True)
        for tab in self.tab_list():
            self.tabs.addTab(tab, self.tr(TAB_TITLES[tab.kind]))
            tab.currentChanged.connect(lambda item_id, k=tab.kind: self._on_current(k, item_id))
            tab.model.editRequested.connect(lambda item_id, field, text, k=tab.kind: self._edit(k, item_id, field,
                                                                                              text))
            tab.table.contextRequested.connect(lambda pos, t=tab: self._context_menu(t, pos))
        self._project: Project | None = None
        self._labels: dict[int, str] = {}
        self._stale: set[str] = set()
        self._select_later: dict[str, tuple[int, bool]] = {}  # kind -> (id, quiet): selected once listed
        self.lister = RegisterLister(self)
        self.lister.listed.connect(self._on_listed)
        self.lister.failed.connect(self._on_failed)
        self.statuses: frozenset[str] | None = None  # None: the line-up's default (see set_statuses)
        self._stale_timer = QTimer(self)
        self._stale_timer.setSingleShot(True)
        self._stale_timer.setInterval(STALE_MS)
        self._stale_timer.timeout.connect(self._reload_stale)
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._build_actions()

    def tab_list(self) -> list[RegisterTab]:
        return [self.entities, self.measures, self.propositions]

    def tab(self, kind: str) -> RegisterTab:
        return {"entity": self.entities, "measure": self.measures, "proposition": self.propositions}[kind]

    def current_tab(self) -> RegisterTab:
        return self.tab_list()[self.tabs.currentIndex()]

    # --- actions ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], tip: str, keys: str = "") -> QAction:
        """``keys`` is only shown: the table handles F2 itself (a second F2 shortcut would make the
        window's F2, "edit annotation", ambiguous everywhere else in the dock)."""
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.find_mentions_action = a(self.tr("Find All Mentions"), self.find_mentions,
                                      self.tr("Suggest every place the selected entity appears, in every article"))
        self.rename_action = a(self.tr("Rename"), self.rename, self.tr("Rename the selected item"), "F2")
        self.merge_action = a(self.tr("Merge…"), self.merge_selected,
                              self.tr("Merge the second selected item into the first (one selected: choose the target)"))
        self.add_alias_action = a(self.tr("Add Alias…"), lambda: self.add_alias(), self.tr("Record another name or spelling"))
        self.remove_alias_action = a(self.tr("Remove Alias…"), lambda: self.remove_alias(), self.tr("Forget one of its aliases"))
        self.split_alias_action = a(self.tr("Split Alias Off…"), lambda: self.split_alias(),
                                    self.tr("Make an alias its own entity; the mentions written that way follow it"))
        self.type_menu = QMenu(self.tr("Type"), self)
        self.type_menu.setObjectName("entityTypeMenu")
        for entity_type in EntityType:
            action = self.type_menu.addAction(entity_type_name(entity_type.value))
            action.setCheckable(True)
            action.setData(entity_type.value)
            action.triggered.connect(lambda _c=False, t=entity_type.value: self.set_type(t))
        self.type_menu.aboutToShow.connect(self._check_type)
        self.new_measure_action = a(self.tr("New…"), lambda: self.create_item("measure"), self.tr("Add a measure to compare figures by"))
        self.new_proposition_action = a(self.tr("New…"), lambda: self.create_item("proposition"),
                                        self.tr("Add a proposition that claims assert or deny"))
        self.unit_action = a(self.tr("Unit…"), lambda: self.set_unit(), self.tr("Set the unit the measure's figures are in"))
        self.new_entity_action = a(self.tr("New…"), lambda: self.create_item("entity"), self.tr("Add an entity to the register"))

        bar = self.entities.toolbar
        bar.addAction(self.find_mentions_action)
        bar.addAction(self.rename_action)
        bar.addAction(self.merge_action)
        type_button = QToolButton()
        type_button.setText(self.tr("Type"))
        type_button.setMenu(self.type_menu)
        type_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        type_button.setToolTip(self.tr("Set the entity's type"))
        bar.addWidget(type_button)
        bar.addAction(self.add_alias_action)
        bar.addAction(self.remove_alias_action)
        bar.addAction(self.split_alias_action)
        bar.addAction(self.new_entity_action)
        for tab, new_action in ((self.measures, self.new_measure_action),
                                (self.propositions, self.new_proposition_action)):
            tab.toolbar.addAction(new_action)
            tab.toolbar.addAction(self.rename_action)
            tab.toolbar.addAction(self.merge_action)
        self.measures.toolbar.addAction(self.unit_action)

    def _context_menu(self, tab: RegisterTab, pos: QPoint) -> None:
        menu = QMenu(self)
        if tab.kind == "entity":
            menu.addAction(self.find_mentions_action)
            menu.addSeparator()
        menu.addAction(self.rename_action)
        menu.addAction(self.merge_action)
        if tab.kind == "entity":
            menu.addMenu(self.type_menu)
            menu.addSeparator()
            menu.addAction(self.add_alias_action)
            menu.addAction(self.remove_alias_action)
            menu.addAction(self.split_alias_action)
        elif tab.kind == "measure":
            menu.addAction(self.unit_action)
        menu.addSeparator()
        menu.addAction({"entity": self.new_entity_action, "measure": self.new_measure_action,
                        "proposition": self.new_proposition_action}[tab.kind])
        menu.exec(pos)

    def _check_type(self) -> None:
        row = self.entities.current_row()
        for action in self.type_menu.actions():
            action.setChecked(row is not None and action.data() == row.type and not row.type_guessed)

    # --- loading ---------------------------------------------------------------------------------
    def reload(self, project: Project) -> None:
        """List the register again, off the GUI thread (``register_worker``): entities, and measures and
        propositions (whose counts and flags come from the comparison) if their tab is on screen, else a
        moment later (the tab titles' ⚠ counts are right soon after start-up, without the comparison slowing
        the first paint). The rows shown stay until the new ones are there; the selection stays with them."""
        self._project = project
        flagged = {"measure", "proposition"}
        now = {"entity"} | ({self.current_tab().kind} & flagged)
        self._stale = flagged - now
        self.lister.ask(project, self.statuses, now)
        self._stale_timer.start()

    def computing(self) -> bool:
        """Whether rows are being listed (in a worker thread; the rows shown until then are the previous ones)."""
        return self.lister.busy()

    def stop(self) -> None:
        """The window is closing: no listing goes on reading the project."""
        self._stale_timer.stop()
        self.lister.stop()

    def set_statuses(self, statuses: frozenset[str] | None) -> None:
        """Count as Compare does with its options (None: the line-up's default, rejected left out)."""
        if statuses != self.statuses:
            self.statuses = statuses
            if self._project is not None:
                self.reload(self._project)

    def _reload_stale(self) -> None:
        """Count the tabs not on screen, once the register itself is on screen: the comparison behind the
        counts (seconds on a large desk) is not computed while nobody can see them, e.g. at start-up with
        the register behind another dock; until then it looks again every ``STALE_MS``."""
        if not self._stale:
            return
        if not self.isVisible() or self.visibleRegion().isEmpty():
            self._stale_timer.start()
            return
        self._list(set(self._stale))

    def _list(self, kinds: set[str]) -> None:
        if self._project is not None:
            self._stale -= kinds
            self.lister.ask(self._project, self.statuses, kinds)

    def _on_listed(self, lists: RegisterLists) -> None:
        """A run's rows, shown unless the project or the statuses changed meanwhile (a newer run follows)."""
        if lists.project is not self._project:
            return
        self._labels = lists.labels
        if lists.entities is not None:
            self.entities.reload(lists.entities, self._labels)
            self.tabs.setTabText(0, self._tab_title("entity", len(self.entities.model.rows())))
        if lists.statuses == self.statuses:
            if lists.measures is not None:
                flags = {m.id: m.disagree for m in lists.measures if m.disagree is not None}
                self._show_flagged("measure", lists.measures, flags)
            if lists.propositions is not None:
                flags = {p.id: p.contested for p in lists.propositions if p.contested is not None}
                self._show_flagged("proposition", lists.propositions, flags)
        for kind in lists.kinds():
            wanted = self._select_later.pop(kind, None)
            if wanted is not None:
                self.select(kind, *wanted)

    def _on_failed(self, project: Project, error: Exception) -> None:
        if project is self._project:
            self.lineup.ops.refuse(self.tr("List the register"), error)

    def _show_flagged(self, kind: str, rows: list[Any], flags: dict[int, bool]) -> None:
        tab = self.tab(kind)
        tab.reload(rows, self._labels, flags)
        index = self.tab_list().index(tab)
        self.tabs.setTabText(index, self._tab_title(kind, len(tab.model.rows()), sum(flags.values())))
        self.tabs.setTabToolTip(index, self._counting_tip(kind))

    def _tab_title(self, kind: str, count: int, flagged: int = 0) -> str:
        """"Measures (4)", "Measures (4 · 1 ⚠)"."""
        title = self.tr(TAB_TITLES[kind])
        return f"{title} ({count}" + (f" · {flagged} ⚠)" if flagged else ")")

    def _counting_tip(self, kind: str) -> str:
        counted = (self.tr("accepted and pending") if self.statuses is None
                   else ", ".join(status_word(s) for s in sorted(self.statuses)))
        if kind == "measure":
            return self.tr("Counts figures as Compare does: {counted} (Compare's Include options change both).").format(
                counted=counted)
        return self.tr("Counts claims as Compare does: {counted} (Compare's Include options change both).").format(
            counted=counted)

    def _on_tab(self, index: int) -> None:
        tab = self.tab_list()[index]
        if tab.kind in self._stale:
            self._list({tab.kind})
        self._on_current(tab.kind, tab.current_id())

    def select(self, kind: str, item_id: int | None, quiet: bool = True) -> None:
        """Show an item (switching tab); ``quiet`` does not announce it again."""
        tab = self.tab(kind)
        if item_id is None:
            return
        if self.current_tab() is not tab:
            self.tabs.blockSignals(quiet)
            self.tabs.setCurrentWidget(tab)
            self.tabs.blockSignals(False)
        if tab.kind in self._stale:
            self._list({tab.kind})
        if tab.model.row_of(item_id) < 0 and self.computing():  # not listed yet (just created?): when it is
            self._select_later[kind] = (item_id, quiet)
            return
        if item_id not in tab.selected_ids():  # already among the rows picked: leave the selection alone
            tab.select_ids([item_id], quiet=quiet)

    def _on_current(self, kind: str, item_id: int | None) -> None:
        self.itemSelected.emit(kind, item_id)

    # --- dialogs (replaceable in tests) ----------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def _ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        if not items:
            return None
        value, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return value if ok else None

    def _status(self, text: str) -> None:
        self.lineup.ops.message.emit(text)

    # --- entity actions --------------------------------------------------------------------------
    def _entity(self) -> Any:
        row = self.entities.current_row()
        if row is None:
            self._status(self.tr("Select an entity in the register first."))
        return row

    def find_mentions(self) -> None:
        row = self._entity()
        if row is not None:
            self.findMentionsRequested.emit(row.id)

    def add_alias(self, alias: str | None = None) -> bool:
        row = self._entity()
        if row is None:
            return False
        alias = alias or self.ask_text(self.tr("Add alias"),
                                       self.tr("Another name or spelling of “{name}”:").format(name=row.name), "")
        return self.lineup.add_alias(row.id, alias) if alias else False

    def remove_alias(self, alias: str | None = None) -> bool:
        row = self._entity()
        if row is None:
            return False
        if not row.aliases:
            self._status(self.tr("“{name}” has no alias.").format(name=row.name))
            return False
        alias = alias or self.ask_item(self.tr("Remove alias"),
                                       self.tr("Alias of “{name}” to forget:").format(name=row.name), list(row.aliases))
        return self.lineup.remove_alias(row.id, alias) if alias else False

    def split_alias(self, alias: str | None = None) -> int | None:
        row = self._entity()
        if row is None:
            return None
        if not row.aliases:
            self._status(self.tr("“{name}” has no alias to split off.").format(name=row.name))
            return None
        alias = alias or self.ask_item(self.tr("Split alias off"),
                                       self.tr("Which alias of “{name}” is another entity?").format(name=row.name),
                                       list(row.aliases))
        new_id = self.lineup.split_alias(row.id, alias) if alias else None
        if new_id is not None:
            self.select("entity", new_id, quiet=False)
        return new_id

    def set_type(self, type_: str) -> bool:
        row = self._entity()
        return row is not None and self.lineup.set_entity_type(row.id, type_)

    # --- every kind ------------------------------------------------------------------------------
    def rename(self) -> None:
        tab = self.current_tab()
        if tab.current_id() is None:
            self._status(self.tr(RENAME_HINTS[tab.kind]))
            return
        tab.table.setFocus()
        tab.table.rename_current()

    def _edit(self, kind: str, item_id: int, field: str, text: str) -> None:
        if field == "unit":
            self.lineup.set_measure_unit(item_id, text)
        else:
            self.lineup.rename(kind, item_id, text)

    def merge_selected(self, kind: str | None = None) -> bool:
        """Two or more rows: the others fold into the first picked. One row: ask which to fold it into."""
        tab = self.tab(kind) if kind else self.current_tab()
        ids = tab.selected_ids()
        names = {r.id: tab.model.name_of(r) for r in tab.model.rows()}
        if not ids:
            self._status(self.tr(MERGE_HINTS[tab.kind]))
            return False
        if len(ids) == 1:
            others = sorted((n for i, n in names.items() if i != ids[0]), key=str.casefold)
            target = self.ask_item(self.tr("Merge into"), self.tr("Merge “{name}” into:").format(name=names[ids[0]]),
                                   others)
            keep = next((i for i, n in names.items() if n == target and i != ids[0]), None)
            if keep is None:
                return False
            ids = [keep, ids[0]]
        keep, merged = ids[0], ids[1:]
        stack = self.lineup.ops.undo_stack
        if len(merged) > 1:
            stack.beginMacro(RegisterPanelCounts.tr("Merge %n item(s) into “{name}”", "", len(merged)).format(name=names[keep]))
        try:
            done = all([self.lineup.merge(tab.kind, keep, m, names[keep], names[m]) for m in merged])
        finally:
            if len(merged) > 1:
                stack.endMacro()
        tab.select_ids([keep])
        return done

    def create_item(self, kind: str, label: str | None = None) -> int | None:
        label = label or self.ask_text(self.tr(NEW_TITLES[kind]), self.tr(NEW_PROMPTS[kind]), "")
        if not label:
            return None
        if kind == "entity":
            new_id = self.lineup.create_entity(label)
        elif kind == "measure":
            new_id = self.lineup.create_measure(label)
        else:
            new_id = self.lineup.create_proposition(label)
        if new_id is not None:
            self.select(kind, new_id, quiet=False)
        return new_id

    def set_unit(self, unit: str | None = None) -> bool:
        row = self.measures.current_row()
        if row is None:
            self._status(self.tr("Select a measure first."))
            return False
        unit = unit if unit is not None else self.ask_text(
            self.tr("Unit"), self.tr("Unit of “{measure}” (USD, %, EUR…):").format(measure=row.label), row.unit)
        return unit is not None and self.lineup.set_measure_unit(row.id, unit)

"""The Conflicts dock: annotations you and a colleague both changed since your last exchange.

Above, the open conflicts (a Qt list model holding ``ConflictView`` values, conflict ids in a user role);
below, a table Field | Mine | Theirs (quote, kind, value/entity/proposition, status, note, modified),
the values wrapped, the rows that differ in bold on amber, every value whole in its tooltip; then Keep
Mine / Take Theirs. A decision runs ``services.conflicts`` through the window's runner (``ops.run``), so
Ctrl+Z puts yours back and reopens it.

Shown (File › Resolve Conflicts…, "Show Conflicts…" after an import) it comes forward as a tab beside
the annotation list with 45% of the height it shares with the articles; floated, it is a window of at
least 900 × 500 centred on the main window (``desktop.ui.window_layout``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services import conflicts as conflict_service
from desktop.services.changes import Changes
from desktop.services.conflicts import FIELDS, ConflictView
from desktop.ui.accessibility import describe_controls
from desktop.ui.keyed_table import KeyedTableModel
from desktop.ui.operations import Operations
from desktop.ui.window_layout import make_roomy, present_at_bottom, roomy_when_floating

ConflictsPanelCounts = Context("ConflictsPanelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

ConflictIdRole = Qt.ItemDataRole.UserRole + 1
DIFFERING_HEX = "#fff4e0"  # rows where mine and theirs differ
BOTTOM_SHARE = 0.45  # of the height the bottom area shares with the articles, while the dock is open
FLOATING_SIZE = QSize(900, 500)
SHOWN_CHARS = 400  # a longer value is cut in its cell (whole in the tooltip)
FIELD_WIDTH = 130
LIST_ROWS = 4  # the list of conflicts is at most this many rows tall at first (it scrolls)
FIELD_LABELS = {  # the rows of the comparison (desktop.services.conflicts.FIELDS), in the reader's language
    "quote": QT_TRANSLATE_NOOP("ComparisonModel", "Quote"),
    "kind": QT_TRANSLATE_NOOP("ComparisonModel", "Kind"),
    "what": QT_TRANSLATE_NOOP("ComparisonModel", "Value / entity / proposition"),
    "status": QT_TRANSLATE_NOOP("ComparisonModel", "Status"),
    "note": QT_TRANSLATE_NOOP("ComparisonModel", "Note"),
    "modified": QT_TRANSLATE_NOOP("ComparisonModel", "Modified"),
}


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ConflictListModel(KeyedTableModel[int, ConflictView]):
    """The open conflicts, keyed by conflict id: "quote" — document (their author)."""

    columns = (QT_TRANSLATE_NOOP("Columns", "Conflict"),)

    def key_of(self, row: ConflictView) -> int:
        return row.id

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        """Listed again: a resolved conflict leaves its row, the others keep theirs (and the selection)."""
        self.update_rows(conflicts)

    def conflict(self, row: int) -> ConflictView:
        return self.row(row)

    def cell(self, c: ConflictView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            quote = (c.mine or c.theirs).quote
            return f"“{_short(quote)}” — {_short(c.document_title, 40)} ({c.their_author})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{document}\nTheir version: {author}, detected {when}").format(
                document=c.document_title, author=c.their_author, when=c.detected)
        if role == ConflictIdRole:
            return c.id
        return None


class ComparisonModel(KeyedTableModel[str, tuple[str, str]]):
    """Rows: the fields (keyed by name), those that differ first; columns: Field, Mine, Theirs. Differing rows
    are bold on amber."""

    columns = (QT_TRANSLATE_NOOP("Columns", "Field"), QT_TRANSLATE_NOOP("Columns", "Mine"),
               QT_TRANSLATE_NOOP("Columns", "Theirs"))
    FIELD, MINE, THEIRS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflict: ConflictView | None = None
        self._differing: set[str] = set()

    def key_of(self, row: tuple[str, str]) -> str:
        return row[0]

    def set_conflict(self, conflict: ConflictView | None) -> None:
        self._conflict = conflict
        self._differing = set(conflict.differing()) if conflict else set()
        # What differs first (the time of the change last among them), then what is the same.
        ordered = sorted(FIELDS, key=lambda f: (f[0] not in self._differing, f[0] == "modified"))
        self.show_rows(ordered if conflict is not None else [])

    def value(self, field: str, side: int) -> str:
        """One version's value of ``field``: side 0 mine, 1 theirs."""
        if self._conflict is None:
            return ""
        version = self._conflict.mine if side == 0 else self._conflict.theirs
        if version is None:
            return self.tr("(deleted)") if field == "quote" else ""
        text = version.value(field)
        if field == "modified" and len(text) >= 19 and text[10] == "T":  # ISO-8601 stamp, as stored
            return f"{text[:10]} {text[11:19]} UTC"
        return text

    def differing_labels(self, leave_out: tuple[str, ...] = ()) -> list[str]:
        """The labels of the fields that differ, in table order (in the reader's language)."""
        return [self.field_label(name, label) for name, label in self.rows()
                if name in self._differing and name not in leave_out]

    def field_label(self, field: str, english: str) -> str:
        label = FIELD_LABELS.get(field)
        return self.tr(label) if label is not None else english

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return self.row(section)[1] if 0 <= section < self.rowCount() else None
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and self._conflict is not None and section == self.THEIRS):
            return self.tr("Theirs ({author})").format(author=self._conflict.their_author)
        return super().headerData(section, orientation, role)

    def cell(self, row: tuple[str, str], column: int, role: int) -> Any:
        field, label = row
        differs = field in self._differing
        text = self.field_label(field, label) if column == self.FIELD else self.value(field, column - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FIELD:
                return self.tr("You both changed this: compare, then keep yours or take theirs") if differs else None
            return text or None
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return QColor(DIFFERING_HEX)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class ConflictsPanel(QWidget):
    """The list, the side-by-side view and the two decisions."""

    resolved = Signal(int, str)  # conflict id, "mine" | "theirs"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.ops = ops
        self.model = ConflictListModel(self)
        self.comparison = ComparisonModel(self)

        self.summary = QLabel()
        self.summary.setObjectName("conflictsSummary")
        self.summary.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("conflictsList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differs = QLabel()
        self.differs.setObjectName("conflictDiffers")
        self.differs.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("conflictComparison")
        self.table.setModel(self.comparison)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ComparisonModel.FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ComparisonModel.FIELD, FIELD_WIDTH)  # "Value / entity / proposition" wraps
        header.setSectionResizeMode(ComparisonModel.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ComparisonModel.THEIRS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()  # the Field column names the rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        comparison = QWidget()
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.setContentsMargins(0, 0, 0, 0)
        comparison_layout.setSpacing(2)
        comparison_layout.addWidget(self.differs)
        comparison_layout.addWidget(self.table, 1)
        self.keep_mine_button = QPushButton(self.tr("Keep &Mine"))
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.setToolTip(self.tr("Keep your version; your colleague gets it with your next export"))
        self.take_theirs_button = QPushButton(self.tr("Take &Theirs"))
        self.take_theirs_button.setObjectName("takeTheirs")
        self.take_theirs_button.setToolTip(self.tr("Replace your version with your colleague's (Ctrl+Z undoes it)"))

        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(comparison)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        self.list.setMinimumHeight(48)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.take_theirs_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.keep_mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.take_theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        ops.changed.connect(self._on_changed)
        ops.projectReplaced.connect(self._reload_when_shown)
        self._stale = True  # listed when first shown (the dock is closed until there is something to decide)

    # --- state ------------------------------------------------------------------------------------------
    def current_conflict_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ConflictIdRole) if index.isValid() else None

    def select_conflict(self, conflict_id: int) -> None:
        row = self.model.row_of(conflict_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def reload(self) -> None:
        """List the open conflicts again, keeping the current one if it is still open."""
        self._stale = False
        current = self.current_conflict_id()
        conflicts = conflict_service.list_open_conflicts(self.ops.project)
        self.model.set_conflicts(conflicts)
        if conflicts:
            row = self.model.row_of(current) if current is not None else -1
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.summary.setText(
            ConflictsPanelCounts.tr("%n annotation(s) changed by you AND a colleague since your last exchange. "
                              "Compare, then keep yours or take theirs.", "", len(conflicts))
            if conflicts else self.tr("No open conflicts.")
        )
        self._fit_list(len(conflicts))
        self._show_current()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list(self.model.rowCount())

    def _fit_list(self, count: int) -> None:
        """The list as tall as its conflicts (up to LIST_ROWS of them); the comparison gets the rest."""
        rows = max(1, min(count, LIST_ROWS))
        wanted = rows * max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4) + 2 * self.list.frameWidth() + 4
        total = sum(self.splitter.sizes())
        if total > wanted:
            self.splitter.setSizes([wanted, total - wanted])

    def _show_current(self) -> None:
        index = self.list.currentIndex()
        conflict = self.model.conflict(index.row()) if index.isValid() else None
        self.comparison.set_conflict(conflict)
        labels = self.comparison.differing_labels(leave_out=("modified",))
        self.differs.setText(self.tr("<b>You both changed:</b> {fields}").format(fields=", ".join(labels)) if labels
                             else self.tr("Only the time of the change differs.") if conflict is not None else "")
        self.keep_mine_button.setEnabled(conflict is not None)
        self.take_theirs_button.setEnabled(conflict is not None)
        self.table.resizeRowsToContents()

    def _on_changed(self, changes: Changes) -> None:
        if changes.annotations:  # imports, resolutions, their undo: listed again, now if in sight
            self._reload_when_shown()

    def _reload_when_shown(self) -> None:
        """Now if the panel is on screen, else when it is shown (a tag does not list a closed dock's conflicts)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # --- decisions ----------------------------------------------------------------------------------------
    def resolve(self, choice: str) -> bool:
        """Keep mine / take theirs for the current conflict, as one undoable step."""
        conflict_id = self.current_conflict_id()
        if conflict_id is None:
            return False
        conflict = self.model.conflict(self.model.row_of(conflict_id))
        p, a = self.ops.project, self.ops.author_id
        label = (self.tr("Keep my version") if choice == "mine"
                 else self.tr("Take {author}'s version").format(author=conflict.their_author))
        quote = _short((conflict.mine or conflict.theirs).quote, 40)
        outcome = self.ops.run(
            label, lambda: conflict_service.resolve_conflict(p, conflict_id, choice, a),
            undo=lambda o: lambda: conflict_service.undo_resolution(p, o.value, a),
            target=conflict.annotation_id, initiator=self, message=self.tr("{action} of “{quote}” (Ctrl+Z undoes it)").format(action=label, quote=quote))
        if outcome is None:
            self.reload()
            return False
        self.resolved.emit(conflict_id, choice)
        return True


class ConflictsDock(QDockWidget):
    """The panel in a dock, closed until there is something to decide; shown, it gets a real size."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ConflictsDock", "Conflicts"), parent)
        self.setObjectName("conflictsDock")
        self._ops = ops
        self._panel: ConflictsPanel | None = None  # built when the dock is first shown or the panel asked for
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        if isinstance(parent, QMainWindow):
            roomy_when_floating(parent, self, FLOATING_SIZE)

    @property
    def panel(self) -> ConflictsPanel:
        """The list and the decisions: made when first needed (the dock is closed at launch)."""
        if self._panel is None:
            self._panel = ConflictsPanel(self._ops, self)
            self.setWidget(self._panel)
            describe_controls(self._panel)  # as the window's controls were when it was built
        return self._panel

    def showEvent(self, event: QShowEvent) -> None:
        self.panel  # noqa: B018 (built as the dock is first shown; it lists the conflicts as it is shown)
        super().showEvent(event)

    def show_conflicts(self) -> None:
        """List them again and bring the dock forward: at the bottom with 45% of the height (floated: at
        least 900 × 500), wherever the analyst put it otherwise."""
        self.panel.reload()
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            present_at_bottom(window, self, BOTTOM_SHARE)
            make_roomy(window, self, FLOATING_SIZE)
        else:
            self.show()
            self.raise_()

"""The Conflicts dock: annotations you and a colleague both changed since your last exchange.

Left, the open conflicts (a Qt list model holding ``ConflictView`` values, conflict ids in a user role);
right, mine and theirs side by side (quote, kind, value/entity/proposition, status, note, modified), the
rows that differ in bold; below, Keep Mine / Take Theirs. A decision runs ``services.conflicts`` and pushes
a :class:`ResolveConflictCommand` on the window's undo stack, so Ctrl+Z puts yours back and reopens it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import conflicts as conflict_service
from desktop.services.changes import Changes, Outcome
from desktop.services.conflicts import FIELDS, ConflictView, Resolution
from desktop.ui.operations import Operations
from desktop.ui.undo_commands import Fail, Report, ServiceCommand

ConflictIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ResolveConflictCommand(ServiceCommand):
    """Keep mine / take theirs. Undo reopens the conflict with yours exactly as it was; redo decides again."""

    def __init__(self, project, resolution: Resolution, author_id: int, text: str,  # noqa: ANN001
                 report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self._resolution = resolution
        self._author_id = author_id
        self.annotation_id = resolution.annotation_id  # the window reselects it after undo/redo

    def _undo(self) -> Outcome[int]:
        return conflict_service.undo_resolution(self._project, self._resolution, self._author_id)

    def _redo(self) -> Outcome[Resolution]:
        outcome = conflict_service.resolve_conflict(self._project, self._resolution.conflict_id,
                                                    self._resolution.choice, self._author_id)
        self._resolution = outcome.value
        return outcome


class ConflictListModel(QAbstractListModel):
    """The open conflicts: "quote" — document (their author)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._conflicts: list[ConflictView] = []

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView:
        return self._conflicts[row]

    def row_of(self, conflict_id: int) -> int:
        return next((n for n, c in enumerate(self._conflicts) if c.id == conflict_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        c = self._conflicts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = (c.mine or c.theirs).quote
            return f"“{_short(quote)}” — {_short(c.document_title, 40)} ({c.their_author})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.document_title}\nTheir version: {c.their_author}, detected {c.detected}"
        if role == ConflictIdRole:
            return c.id
        return None


class ComparisonModel(QAbstractTableModel):
    """Rows: the fields; columns: Mine, Theirs. Differing rows are bold."""

    HEADERS = ("Mine", "Theirs")

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._conflict: ConflictView | None = None
        self._differing: set[str] = set()

    def set_conflict(self, conflict: ConflictView | None) -> None:
        self.beginResetModel()
        self._conflict = conflict
        self._differing = set(conflict.differing()) if conflict else set()
        self.endResetModel()

    def value(self, field: str, column: int) -> str:
        """What the cell shows: column 0 mine, 1 theirs."""
        if self._conflict is None:
            return ""
        side = self._conflict.mine if column == 0 else self._conflict.theirs
        if side is None:
            return "(deleted)" if field == "quote" else ""
        return side.value(field)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._conflict is None else len(FIELDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self._conflict is not None and section == 1:
                return f"Theirs ({self._conflict.their_author})"
            return self.HEADERS[section]
        return FIELDS[section][1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or self._conflict is None:
            return None
        field = FIELDS[index.row()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.value(field, index.column())
        if role == Qt.ItemDataRole.FontRole and field in self._differing:
            font = QFont()
            font.setBold(True)
            return font
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
        self.table = QTableView()
        self.table.setObjectName("conflictComparison")
        self.table.setModel(self.comparison)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_mine_button = QPushButton("Keep &Mine")
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.setToolTip("Keep your version; your colleague gets it with your next export")
        self.take_theirs_button = QPushButton("Take &Theirs")
        self.take_theirs_button.setObjectName("takeTheirs")
        self.take_theirs_button.setToolTip("Replace your version with your colleague's (Ctrl+Z undoes it)")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
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
        ops.projectReplaced.connect(self.reload)
        self.reload()

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
        current = self.current_conflict_id()
        conflicts = conflict_service.list_open_conflicts(self.ops.project)
        self.model.set_conflicts(conflicts)
        if conflicts:
            row = self.model.row_of(current) if current is not None else -1
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.summary.setText(
            f"{len(conflicts)} annotation(s) changed by you AND a colleague since your last exchange. "
            "Compare, then keep yours or take theirs." if conflicts else "No open conflicts."
        )
        self._show_current()

    def _show_current(self) -> None:
        index = self.list.currentIndex()
        conflict = self.model.conflict(index.row()) if index.isValid() else None
        self.comparison.set_conflict(conflict)
        self.keep_mine_button.setEnabled(conflict is not None)
        self.take_theirs_button.setEnabled(conflict is not None)
        self.table.resizeRowsToContents()

    def _on_changed(self, changes: Changes) -> None:
        if changes.annotations:  # imports, resolutions, their undo: cheap to list again
            self.reload()

    # --- decisions ----------------------------------------------------------------------------------------
    def resolve(self, choice: str) -> bool:
        """Keep mine / take theirs for the current conflict, as one undoable step."""
        conflict_id = self.current_conflict_id()
        if conflict_id is None:
            return False
        conflict = self.model.conflict(self.model.row_of(conflict_id))
        try:
            outcome = conflict_service.resolve_conflict(self.ops.project, conflict_id, choice, self.ops.author_id)
        except ValueError as exc:
            self.ops.failed.emit(str(exc))
            self.reload()
            return False
        label = "Keep my version" if choice == "mine" else f"Take {conflict.their_author}'s version"
        self.ops.undo_stack.push(ResolveConflictCommand(
            self.ops.project, outcome.value, self.ops.author_id, label, self.ops.changed.emit, self.ops.failed.emit,
        ))
        self.ops.changed.emit(outcome.changes)
        quote = _short((conflict.mine or conflict.theirs).quote, 40)
        self.ops.message.emit(f"{label} of “{quote}” (Ctrl+Z undoes it)")
        self.resolved.emit(conflict_id, choice)
        return True


class ConflictsDock(QDockWidget):
    """The panel in a dock on the right of the window, hidden until there is something to decide."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__("Conflicts", parent)
        self.setObjectName("conflictsDock")
        self.panel = ConflictsPanel(ops, self)
        self.setWidget(self.panel)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)

    def show_conflicts(self) -> None:
        self.panel.reload()
        self.show()
        self.raise_()

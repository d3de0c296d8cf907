"""Qt table models of the register: thin adapters over the rows ``desktop.services.register`` lists.

Ids live in ``ID_ROLE``; cells show only what the analyst reads. Editing a name (F2 or a double
click) does not change the row here: the model emits ``editRequested`` and the dock runs the
undoable operation, after which the register reloads from the project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.register import EntityRow, MeasureRow, PropositionRow
from desktop.ui.lineup.labels import mentions_text

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # every name and alias, for the filter box
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_ROLE = Qt.ItemDataRole.UserRole + 3  # True: this measure disagrees / proposition is contested

WARNING = QColor("#c2410c")
WARNING_FILL = QColor("#fdebdd")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    tip: str = ""
    number: bool = False  # right-aligned, sorted numerically
    edit: str = ""  # the field an edit of this cell changes ("name", "unit"), or "" if read-only


class RegisterModel(QAbstractTableModel):
    """Rows of one register list (entities, measures or propositions)."""

    editRequested = Signal(int, str, str)  # item id, field, new text

    kind = ""
    columns: tuple[Column, ...] = ()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []
        self._labels: dict[int, str] = {}
        self._flags: dict[int, bool] = {}

    # --- loading ---------------------------------------------------------------------------------
    def load(self, rows: list[Any], labels: dict[int, str], flags: dict[int, bool] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._labels = dict(labels)
        self._flags = dict(flags or {})
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def column_of(self, title: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.title == title)

    def flagged(self, item_id: int) -> bool:
        return self._flags.get(item_id, False)

    def name_of(self, row: Any) -> str:
        return getattr(row, "name", None) or getattr(row, "label", "")

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(_RIGHT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].edit:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(self._context(row))
        if role == ID_ROLE:
            return row.id
        if role == FLAG_ROLE:
            return self._flags.get(row.id, False)
        if role == SEARCH_ROLE:
            return " ".join([self.name_of(row), *getattr(row, "aliases", [])])
        if role == SORT_ROLE:
            text = column.text(self._context(row))
            if column.number:
                return int(text) if text.isdigit() else -1
            return text.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if self._flags.get(row.id, False) and column.title in ("Disagree", "Contested"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNING_FILL)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        text = " ".join(str(value or "").split())
        if column.edit and text and text != column.text(self._context(row)):
            self.editRequested.emit(row.id, column.edit, text)
        return False  # the register reloads once the operation went through

    # --- overridable -----------------------------------------------------------------------------
    def _context(self, row: Any) -> Any:
        return _Cell(row, self._labels, self._flags.get(row.id))

    def _tooltip(self, row: Any, column: Column) -> str | None:
        return column.text(self._context(row)) or None


@dataclass(frozen=True)
class _Cell:
    """What a column's text function sees: the service row, the document labels, the row's flag."""

    row: Any
    labels: dict[int, str]
    flag: bool | None


def _per_document(cell: _Cell, attribute: str) -> str:
    return mentions_text(getattr(cell.row, attribute), cell.labels)


class EntityModel(RegisterModel):
    kind = "entity"
    columns = (
        Column("Name", lambda c: c.row.name, "The entity's canonical name (F2 renames it)", edit="name"),
        Column("Aliases", lambda c: ", ".join(c.row.aliases), "Other names and spellings, in any language"),
        Column("Mentions", lambda c: _per_document(c, "mentions_per_document"),
               "Tagged mentions per source (source label:count)"),
        Column("Total", lambda c: str(c.row.total), "Tagged mentions in all sources", number=True),
        Column("Type", lambda c: c.row.type_label,
               "Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the "
               "panel, or Type in this tab)"),
    )

    def item(self, row: int) -> EntityRow:
        return self._rows[row]


def _flag_text(cell: _Cell, yes: str, no: str) -> str:
    if cell.flag is None:
        return "—"
    return yes if cell.flag else no


class MeasureModel(RegisterModel):
    kind = "measure"
    columns = (
        Column("Measure", lambda c: c.row.label, "What the figures measure (F2 renames it)", edit="label"),
        Column("Unit", lambda c: c.row.unit, "The unit the figures are compared in", edit="unit"),
        Column("Figures", lambda c: str(c.row.total), "Figures tagged with this measure", number=True),
        Column("Sources", lambda c: _per_document(c, "figures_per_document"), "Figures per source"),
        Column("Disagree", lambda c: _flag_text(c, "⚠ disagree", "agree"),
               "Whether two sources give values that cannot both be true"),
    )

    def item(self, row: int) -> MeasureRow:
        return self._rows[row]


class PropositionModel(RegisterModel):
    kind = "proposition"
    columns = (
        Column("Proposition", lambda c: c.row.label, "What the claims assert or deny (F2 renames it)",
               edit="label"),
        Column("Asserts", lambda c: str(c.row.asserts), "Claims asserting it", number=True),
        Column("Denies", lambda c: str(c.row.denies), "Claims denying it", number=True),
        Column("Sources", lambda c: _per_document(c, "claims_per_document"), "Claims per source"),
        Column("Contested", lambda c: _flag_text(c, "⚠ contested", "no"),
               "Whether one source asserts what another denies"),
    )

    def item(self, row: int) -> PropositionRow:
        return self._rows[row]

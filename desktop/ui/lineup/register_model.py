"""Qt table models of the register: thin adapters over the rows ``desktop.services.register`` lists.

Rows are keyed by id (``desktop.ui.keyed_table``): reloading the register announces only the rows that
changed. Ids live in ``ID_ROLE``; cells show only what the analyst reads. Editing a name (F2 or a double
click) does not change the row here: the model emits ``editRequested`` and the dock runs the undoable
operation, after which the register reloads from the project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.register import EntityRow, MeasureRow, PropositionRow
from desktop.ui.keyed_table import KeyedTableModel
from desktop.ui.lineup.labels import mentions_text

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # every name and alias, for the filter box
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_ROLE = Qt.ItemDataRole.UserRole + 3  # True: this measure disagrees / proposition is contested

WARNING = QColor("#c2410c")
WARNING_FILL = QColor("#fdebdd")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT", EntityRow, MeasureRow, PropositionRow)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    tip: str = ""
    number: bool = False  # right-aligned, sorted numerically
    edit: str = ""  # the field an edit of this cell changes ("name", "unit"), or "" if read-only


class RegisterModel(KeyedTableModel[int, RowT], Generic[RowT]):
    """Rows of one register list (entities, measures or propositions), keyed by id."""

    editRequested = Signal(int, str, str)  # item id, field, new text

    kind = ""
    register_columns: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(c.title for c in self.register_columns)
        self.column_tips = tuple(c.tip or c.title for c in self.register_columns)
        self._labels: dict[int, str] = {}
        self._flags: dict[int, bool] = {}

    def key_of(self, row: RowT) -> int:
        return row.id

    # --- loading ---------------------------------------------------------------------------------
    def load(self, rows: list[RowT], labels: dict[int, str], flags: dict[int, bool] | None = None) -> None:
        """The register again: only rows that were added, removed or changed (or re-flagged) are announced."""
        labels, flags = dict(labels), dict(flags or {})
        reflagged = [k for k in set(self._flags) | set(flags) if self._flags.get(k) != flags.get(k)]
        relabelled = labels != self._labels
        self._labels, self._flags = labels, flags
        self.update_rows(rows)
        self.refresh(self.keys() if relabelled else reflagged)

    def item(self, row: int) -> RowT:
        return self.row(row)

    def column_of(self, title: str) -> int:
        return self.columns.index(title)

    def flagged(self, item_id: int) -> bool:
        return self._flags.get(item_id, False)

    def name_of(self, row: RowT) -> str:
        return str(getattr(row, "name", None) or getattr(row, "label", ""))

    # --- Qt model --------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and 0 <= section < len(self.register_columns) and self.register_columns[section].number):
            return int(_RIGHT)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.register_columns[index.column()].edit:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell(self, row: RowT, column_number: int, role: int) -> Any:
        column = self.register_columns[column_number]
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
        if role == Qt.ItemDataRole.FontRole and column_number == 0:
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
        column = self.register_columns[index.column()]
        row = self.row(index.row())
        text = " ".join(str(value or "").split())
        if column.edit and text and text != column.text(self._context(row)):
            self.editRequested.emit(row.id, column.edit, text)
        return False  # the register reloads once the operation went through

    # --- overridable -----------------------------------------------------------------------------
    def _context(self, row: RowT) -> _Cell:
        return _Cell(row, self._labels, self._flags.get(row.id))

    def _tooltip(self, row: RowT, column: Column) -> str | None:
        return column.text(self._context(row)) or None


@dataclass(frozen=True)
class _Cell:
    """What a column's text function sees: the service row, the document labels, the row's flag."""

    row: Any
    labels: dict[int, str]
    flag: bool | None


def _per_document(cell: _Cell, attribute: str) -> str:
    return mentions_text(getattr(cell.row, attribute), cell.labels)


class EntityModel(RegisterModel[EntityRow]):
    kind = "entity"
    register_columns = (
        Column("Name", lambda c: c.row.name, "The entity's canonical name (F2 renames it)", edit="name"),
        Column("Aliases", lambda c: ", ".join(c.row.aliases), "Other names and spellings, in any language"),
        Column("Mentions", lambda c: _per_document(c, "mentions_per_document"),
               "Tagged mentions per source (source label:count)"),
        Column("Total", lambda c: str(c.row.total), "Tagged mentions in all sources", number=True),
        Column("Type", lambda c: c.row.type_label,
               "Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the "
               "panel, or Type in this tab)"),
    )



def _flag_text(cell: _Cell, yes: str, no: str) -> str:
    if cell.flag is None:
        return "—"
    return yes if cell.flag else no


class MeasureModel(RegisterModel[MeasureRow]):
    kind = "measure"
    register_columns = (
        Column("Measure", lambda c: c.row.label, "What the figures measure (F2 renames it)", edit="label"),
        Column("Unit", lambda c: c.row.unit, "The unit the figures are compared in", edit="unit"),
        Column("Figures", lambda c: str(c.row.total), "Figures tagged with this measure", number=True),
        Column("Sources", lambda c: _per_document(c, "figures_per_document"), "Figures per source"),
        Column("Disagree", lambda c: _flag_text(c, "⚠ disagree", "agree"),
               "Whether two sources give values that cannot both be true"),
    )



class PropositionModel(RegisterModel[PropositionRow]):
    kind = "proposition"
    register_columns = (
        Column("Proposition", lambda c: c.row.label, "What the claims assert or deny (F2 renames it)",
               edit="label"),
        Column("Asserts", lambda c: str(c.row.asserts), "Claims asserting it", number=True),
        Column("Denies", lambda c: str(c.row.denies), "Claims denying it", number=True),
        Column("Sources", lambda c: _per_document(c, "claims_per_document"), "Claims per source"),
        Column("Contested", lambda c: _flag_text(c, "⚠ contested", "no"),
               "Whether one source asserts what another denies"),
    )


"""The batch table: one row per term, its total, then one column of hit counts per document."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.search import BatchResult, BatchRow

FIXED_COLUMNS = ("Term", "Total", "Docs")
HIT_BRUSH = QBrush(QColor(240, 228, 66, 110))  # the find colour, lighter: a cell with hits

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root


class BatchTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: BatchResult | None = None

    def set_result(self, result: BatchResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.result is None else len(self.result.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() or self.result is None:
            return 0
        return len(FIXED_COLUMNS) + len(self.result.documents)

    def row(self, row: int) -> BatchRow | None:
        if self.result is None or not 0 <= row < len(self.result.rows):
            return None
        return self.result.rows[row]

    def document_id(self, column: int) -> int | None:
        """The document of a count column (None for Term, Total, Docs)."""
        if self.result is None or column < len(FIXED_COLUMNS):
            return None
        return self.result.documents[column - len(FIXED_COLUMNS)].document_id

    def count(self, row: int, column: int) -> int:
        batch_row = self.row(row)
        document_id = self.document_id(column)
        return batch_row.counts.get(document_id, 0) if batch_row is not None and document_id is not None else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.line
            if column == 1:
                return "—" if row.error else row.total
            if column == 2:
                return "" if row.error else len(row.counts)
            count = self.count(index.row(), column)
            return count if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.error:
                return row.error
            if column == 0:
                return f"Searched as {row.query}"
            if self.result is not None and self.document_id(column) is not None:
                count = self.count(index.row(), column)
                title = self.result.documents[column - len(FIXED_COLUMNS)].title
                return f"{row.line} in “{title}”: {count} hit(s)" + (" — click to see them" if count else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column >= len(FIXED_COLUMNS) and self.count(index.row(), column):
            return HIT_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.error:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and column == 1 and row.total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or self.result is None:
            return super().headerData(section, orientation, role)
        if section < len(FIXED_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return FIXED_COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("The name or query", "Hits in every document", "Documents that mention it")[section]
            return None
        document = self.result.documents[section - len(FIXED_COLUMNS)]
        if role == Qt.ItemDataRole.DisplayRole:
            return document.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return document.title
        return None

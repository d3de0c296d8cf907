"""Columns as wide as their contents, measured when rows arrive rather than whenever a cell changes.

Qt's ``QHeaderView.ResizeMode.ResizeToContents`` measures a screenful of rows of every such column,
synchronously, on every ``dataChanged``, even of one cell: a tag (one new row, one document's count) cost
about a thousand ``data()`` calls per table. ``FittedColumns`` fits the columns when the model is reset
or laid out again (once the event loop turns: the rows it measures are read after the first paint), widens them for the rows inserted or changed (the cells themselves, not a screenful),
and never narrows them behind the analyst's back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.ui.keyed_table import MEASURED_ROWS

Index = QModelIndex | QPersistentModelIndex


class FittedColumns(QObject):
    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = tuple(columns)
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._fit_timer.start)
        model.layoutChanged.connect(self._fit_timer.start)
        model.rowsInserted.connect(lambda _parent, first, last: self._widen(first, last, self._columns))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._widen(
            top.row(), bottom.row(), [c for c in self._columns if top.column() <= c <= bottom.column()]))
        self.fit()

    def fit(self) -> None:
        """Every fitted column as wide as its widest cell in the first screenful of rows (and its title)."""
        self._fit_timer.stop()
        for column in self._columns:
            self._view.resizeColumnToContents(column)

    def _widen(self, first: int, last: int, columns: Sequence[int]) -> None:
        if not columns:
            return
        model = self._view.model()
        header = self._view.horizontalHeader()
        for column in columns:
            wanted = max((self._view.sizeHintForIndex(model.index(row, column)).width()
                          for row in range(first, min(last, first + MEASURED_ROWS) + 1)), default=0)
            if wanted > header.sectionSize(column):
                header.resizeSection(column, wanted)

"""One list of the register (entities, measures or propositions): a filter box, a small tool bar
and a table that remembers the order rows were picked in (merging keeps the first one picked).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.lineup.register_model import ID_ROLE, SEARCH_ROLE, SORT_ROLE, RegisterModel

RESIZE_PRECISION = 60  # rows a column is sized by: those in sight first, then others up to this many

FILTER_HINTS = {
    "entity": QT_TRANSLATE_NOOP("RegisterTab", "Filter entities (any name or alias)…"),
    "measure": QT_TRANSLATE_NOOP("RegisterTab", "Filter measures (any name or alias)…"),
    "proposition": QT_TRANSLATE_NOOP("RegisterTab", "Filter propositions (any name or alias)…"),
}


class RegisterTable(QTableView):
    """A register table: F2 renames the row (the window's F2 edits annotations elsewhere)."""

    contextRequested = Signal(object)  # QPoint, global

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F2 and not event.modifiers():
            event.accept()  # ours: rename the row, not the window's "edit annotation"
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and not event.modifiers() and self.state() != self.State.EditingState:
            self.rename_current()
            return
        super().keyPressEvent(event)

    def rename_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            name = current.siblingAtColumn(0)
            self.setCurrentIndex(name)
            self.edit(name)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextRequested.emit(event.globalPos())


class RegisterTab(QWidget):
    """One list of the register: filter box, table, tool bar; knows the order rows were picked in."""

    currentChanged = Signal(object)  # item id | None

    def __init__(self, model: RegisterModel[Any], parent: QWidget | None = None) -> None:  # any of the three lists
        super().__init__(parent)
        self.model = model
        self.kind = model.kind
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName(f"{self.kind}Filter")
        self.filter_box.setPlaceholderText(self.tr(FILTER_HINTS[self.kind]))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = RegisterTable()
        self.table.setObjectName(f"{self.kind}Table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._picked: list[int] = []
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName(f"{self.kind}Tools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0)
        self.toolbar.setStyleSheet("QToolBar { border: none; spacing: 2px; }"
                                   "QToolButton { padding: 2px 6px; border-radius: 4px; }"
                                   "QToolButton:hover { background: #e5ebf5; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(3)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)

    # --- reading the selection -------------------------------------------------------------------
    def _id_at(self, index: QModelIndex) -> int:
        return int(self.proxy.data(index.siblingAtColumn(0), ID_ROLE))

    def selected_ids(self) -> list[int]:
        """Selected items in the order the analyst picked them."""
        rows = {self._id_at(i) for i in self.table.selectionModel().selectedRows()}
        ordered = [i for i in dict.fromkeys(self._picked) if i in rows]
        return ordered + sorted(rows - set(ordered))

    def current_id(self) -> int | None:
        selected = self.selected_ids()
        if len(selected) == 1:
            return selected[0]
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return self._id_at(current)
        return selected[0] if selected else None

    def current_row(self) -> Any:
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else -1
        return self.model.item(row) if row >= 0 else None

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        gone = {self._id_at(i) for i in deselected.indexes() if i.column() == 0}
        self._picked = [i for i in self._picked if i not in gone]
        for index in selected.indexes():
            if index.column() == 0:
                item_id = self._id_at(index)
                if item_id not in self._picked:
                    self._picked.append(item_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentChanged.emit(self._id_at(current) if current.isValid() else None)

    # --- selecting -------------------------------------------------------------------------------
    def select_ids(self, ids: list[int], quiet: bool = False, scroll: bool = True) -> None:
        """Select these items (the first becomes current); ``quiet``: without announcing it; ``scroll``: the
        first brought into sight."""
        selection = self.table.selectionModel()
        if quiet:
            selection.blockSignals(True)
        try:
            selection.clearSelection()
            self._picked = []
            for n, item_id in enumerate(ids):
                row = self.model.row_of(item_id)
                if row < 0:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    continue
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                if n == 0:
                    selection.setCurrentIndex(index, flags)
                else:
                    selection.select(index, flags)
                if item_id not in self._picked:
                    self._picked.append(item_id)
                if n == 0 and scroll:
                    self.table.scrollTo(index)
        finally:
            if quiet:
                selection.blockSignals(False)
                self.table.viewport().update()

    def reload(self, rows: list[Any], labels: dict[int, str], flags: dict[int, bool] | None = None) -> None:
        """New rows; the selection (by id), the pick order, where the table is scrolled to and the columns'
        widths survive. The columns are fitted to their contents when rows are added (the first listing, a new
        item), not after every tag: that asks every column's cells again (tens of ms on the GUI thread)."""
        picked = self.selected_ids()
        before = set(self.model.keys())
        self.model.load(rows, labels, flags)
        self.select_ids(picked, quiet=True, scroll=False)
        if not set(self.model.keys()) <= before:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, but no wider than a third of a narrow dock."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)  # a desk's hundreds of rows: not every cell asked
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 170))

"""The document list (left dock): a thin Qt model over ``list_documents`` and its table view.

Document ids live in ``Qt.UserRole``; the visible cells show only what the analyst reads.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.domain.kinds import RELIABILITY_LABELS
from desktop.services.documents import DocumentSummary, list_documents
from desktop.storage.project import Project

ID_ROLE = Qt.ItemDataRole.UserRole

COLUMNS = ("Title", "Label", "Outlet", "Date", "Author", "Lang", "Chars", "Tags")
TITLE, LABEL, OUTLET, DATE, AUTHOR, LANGUAGE, CHARACTERS, ANNOTATIONS = range(len(COLUMNS))
TOOLTIPS = ("Title", "Short source label (used in comparisons, charts and the dossier)", "Outlet",
            "Published", "Author", "Language", "Characters", "Annotations")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", "\u2009")  # thin space: 12 345


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []

    # --- loading ---------------------------------------------------------------------------------
    def load(self, project: Project) -> None:
        """Reload from the project; rows that stayed keep their place (and the view its selection)."""
        fresh = list_documents(project)
        if [d.id for d in fresh] == [d.id for d in self._rows]:
            self._rows = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def documents(self) -> list[DocumentSummary]:
        return list(self._rows)

    def summary(self, document_id: int) -> DocumentSummary | None:
        return next((d for d in self._rows if d.id == document_id), None)

    def row_of(self, document_id: int) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == document_id), -1)

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return TOOLTIPS[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (CHARACTERS, ANNOTATIONS):
                return int(_RIGHT)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return doc.title
            if col == LABEL:
                return doc.label
            if col == LANGUAGE:
                return doc.language
            if col == OUTLET:
                return doc.outlet
            if col == DATE:
                return doc.published
            if col == AUTHOR:
                return doc.author
            if col == CHARACTERS:
                return _grouped(doc.char_count)
            if col == ANNOTATIONS:
                return str(doc.annotation_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [doc.title, f"Label: {doc.label}"]
            if doc.outlet:
                lines.append(doc.outlet)
            if doc.author:
                lines.append(f"By {doc.author}")
            if doc.published:
                lines.append(f"Published {doc.published}")
            if doc.url:
                lines.append(doc.url)
            if doc.retrieved_at:
                lines.append(f"Retrieved {doc.retrieved_at}")
            if doc.original_sha256:
                pages = f", {doc.pages} pages" if doc.pages else ""
                lines.append(f"Original: {doc.original_type}{pages}, SHA-256 {doc.original_sha256[:16]}…")
            if doc.reliability:
                lines.append(f"Reliability {doc.reliability}: {RELIABILITY_LABELS.get(doc.reliability, '')}")
            lines.append(f"{_grouped(doc.char_count)} characters · {doc.annotation_count} annotations")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CHARACTERS, ANNOTATIONS):
            return int(_RIGHT)
        return None


class DocumentListView(QTableView):
    """Double-click or Enter opens a document in the active pane; the context menu does the rest."""

    openRequested = Signal(int, bool)  # document id, in a new pane?
    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, model: DocumentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (LANGUAGE, CHARACTERS, ANNOTATIONS, DATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((LABEL, 96), (OUTLET, 90), (AUTHOR, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(self._open_index)

    def current_document_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_document(self, document_id: int) -> None:
        model = self.model()
        assert isinstance(model, DocumentTableModel)
        row = model.row_of(document_id)
        if row >= 0:
            self.selectRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            new_pane = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.openRequested.emit(self.currentIndex().data(ID_ROLE), new_pane)
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(ID_ROLE), False)

    def _show_menu(self, pos) -> None:  # noqa: ANN001
        index = self.indexAt(pos)
        if not index.isValid():
            return
        document_id = index.data(ID_ROLE)
        menu = QMenu(self)
        actions: list[tuple[str, object]] = [
            ("Open", lambda: self.openRequested.emit(document_id, False)),
            ("Open in new pane", lambda: self.openRequested.emit(document_id, True)),
            ("Edit metadata…", lambda: self.editRequested.emit(document_id)),
            (None, None),
            ("Delete…", lambda: self.deleteRequested.emit(document_id)),
        ]
        for text, slot in actions:
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))

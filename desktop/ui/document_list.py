"""The document list (left dock): a keyed Qt model over the documents (``desktop.ui.keyed_table``) and its view.

Document ids live in ``Qt.UserRole``; the visible cells show only what the analyst reads.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.domain.words import reliability_label
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services.changes import Changes
from desktop.services.documents import DocumentSummary
from desktop.services.table_rows import (
    annotation_counts,
    annotation_counts_in,
    annotation_counts_of,
    document_ids,
    document_summaries,
)
from desktop.storage.project import Project
from desktop.ui import formats
from desktop.ui.fitted_columns import FittedColumns
from desktop.ui.keyed_table import KeyedTableModel

DocumentTableModelCounts = Context("DocumentTableModelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

ID_ROLE = Qt.ItemDataRole.UserRole

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Title"), QT_TRANSLATE_NOOP("Columns", "Label"),
           QT_TRANSLATE_NOOP("Columns", "Outlet"), QT_TRANSLATE_NOOP("Columns", "Date"),
           QT_TRANSLATE_NOOP("Columns", "Author"), QT_TRANSLATE_NOOP("Columns", "Lang"),
           QT_TRANSLATE_NOOP("Columns", "Chars"), QT_TRANSLATE_NOOP("Columns", "Tags"))
TITLE, LABEL, OUTLET, DATE, AUTHOR, LANGUAGE, CHARACTERS, ANNOTATIONS = range(len(COLUMNS))
TOOLTIPS = (QT_TRANSLATE_NOOP("Columns", "Title"),
            QT_TRANSLATE_NOOP("Columns", "Short source label (used in comparisons, charts and the dossier)"),
            QT_TRANSLATE_NOOP("Columns", "Outlet"), QT_TRANSLATE_NOOP("Columns", "Published"),
            QT_TRANSLATE_NOOP("Columns", "Author"), QT_TRANSLATE_NOOP("Columns", "Language"),
            QT_TRANSLATE_NOOP("Columns", "Characters"), QT_TRANSLATE_NOOP("Columns", "Annotations"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SHOWN: tuple[Callable[[DocumentSummary], str], ...] = (
    lambda d: d.title, lambda d: d.label, lambda d: d.outlet, lambda d: formats.date(d.published),
    lambda d: d.author, lambda d: d.language, lambda d: formats.number(d.char_count),
    lambda d: formats.number(d.annotation_count))




class DocumentTableModel(KeyedTableModel[int, DocumentSummary]):
    """The documents, by id; rows are fetched as the list shows them, and an annotation change updates
    only the Tags cells whose count changed."""

    columns = COLUMNS
    column_tips = TOOLTIPS
    roles = frozenset(int(r) for r in (ID_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                       Qt.ItemDataRole.TextAlignmentRole))  # what ``cell`` answers

    def key_of(self, row: DocumentSummary) -> int:
        return row.id

    # --- loading ---------------------------------------------------------------------------------
    def load(self, project: Project) -> None:
        """Show the documents of ``project`` (another project, or the first time)."""
        self.show_keys(document_ids(project), lambda ids: document_summaries(project, ids))

    def apply_changes(self, project: Project, changes: Changes, holding: Collection[int] | None = None) -> None:
        """Documents added, deleted or edited: those rows; annotations: the counts that changed. ``holding``:
        the documents that hold every changed annotation, when the caller knows (it read them)."""
        if changes.documents:
            self.update_keys(document_ids(project), changed=changes.documents)
        if changes.annotations:
            if holding is not None and changes.created == changes.annotations and len(holding) == 1:
                self._add_created(next(iter(holding)), len(changes.created))
                return
            some = (annotation_counts_of(project, changes.annotations) if holding is None  # a tag: its document's
                    else dict.fromkeys(holding, 0) | annotation_counts_in(project, holding))  # count only
            counts = annotation_counts(project) if some is None else some
            rows = (self.cached(key) for key in (self.keys() if some is None else some))
            self.replace_rows((replace(row, annotation_count=counts.get(row.id, 0)) for row in rows
                               if row is not None and row.annotation_count != counts.get(row.id, 0)), ANNOTATIONS)

    def _add_created(self, document_id: int, created: int) -> None:
        """``created`` new annotations (a tag: one) in a document: its count goes up by as many, without counting
        again (a row not read yet reads its count when shown)."""
        row = self.cached(document_id)
        if row is not None:
            self.replace_row(replace(row, annotation_count=row.annotation_count + created), ANNOTATIONS)

    def documents(self) -> list[DocumentSummary]:
        return self.rows()

    def summary(self, document_id: int) -> DocumentSummary | None:
        row = self.row_of(document_id)
        return None if row < 0 else self.row(row)

    # --- cells -----------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and section in (CHARACTERS, ANNOTATIONS)):
            return int(_RIGHT)
        return super().headerData(section, orientation, role)

    def cell(self, doc: DocumentSummary, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            return _SHOWN[col](doc)  # the asked column only (a table's first paint asks for some 2,000 cells)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(doc)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CHARACTERS, ANNOTATIONS):
            return int(_RIGHT)
        return None

    def tooltip(self, doc: DocumentSummary) -> str:
        lines = [doc.title, self.tr("Label: {label}").format(label=doc.label)]
        if doc.outlet:
            lines.append(doc.outlet)
        if doc.author:
            lines.append(self.tr("By {author}").format(author=doc.author))
        if doc.published:
            lines.append(self.tr("Published {date}").format(date=formats.date(doc.published, long=True)))
        if doc.url:
            lines.append(doc.url)
        if doc.retrieved_at:
            lines.append(self.tr("Retrieved {when}").format(when=formats.timestamp(doc.retrieved_at)))
        if doc.original_sha256:
            original = (DocumentTableModelCounts.tr("Original: {type}, %n page(s), SHA-256 {sha}…", "", doc.pages)
                        if doc.pages else self.tr("Original: {type}, SHA-256 {sha}…"))
            lines.append(original.format(type=doc.original_type, sha=doc.original_sha256[:16]))
        if doc.reliability:
            lines.append(self.tr("Reliability {grade}: {label}").format(grade=doc.reliability,
                                                                         label=reliability_label(doc.reliability)))
        lines.append(self.tr("{characters} characters · {annotations} annotations").format(
            characters=formats.number(doc.char_count), annotations=formats.number(doc.annotation_count)))
        return "\n".join(lines)


class DocumentListView(QTableView):
    """Double-click or Enter opens a document in the active pane; the context menu does the rest."""

    openRequested = Signal(int, bool)  # document id, in a new pane?
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    may_delete = True

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
        self.fitted = FittedColumns(self, (LANGUAGE, CHARACTERS, ANNOTATIONS, DATE))  # not re-measured per tag
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

    def _show_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        document_id = index.data(ID_ROLE)
        menu = QMenu(self)
        actions: list[tuple[str | None, Callable[[], object] | None]] = [
            (self.tr("Open"), lambda: self.openRequested.emit(document_id, False)),
            (self.tr("Open in new pane"), lambda: self.openRequested.emit(document_id, True)),
            (self.tr("Edit metadata…"), lambda: self.editRequested.emit(document_id)),
        ]
        if self.may_delete:  # a team member who may not delete documents is not offered it (desktop.ui.team)
            actions += [(None, None), (self.tr("Delete…"), lambda: self.deleteRequested.emit(document_id))]
        for text, slot in actions:
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))

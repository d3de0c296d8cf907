"""The Batch tab of the Search dock: a list of names against every document.

Paste a list (or load a text file), one name or query per line, and search them all: the table shows
each term against each document with its hit count. Clicking a count lists those hits in the Search
tab and opens the document at the first; "Tag Row as Entity…" proposes every hit of the selected term
as a mention of an entity, reviewed in the Suggestions dock with Enter / Backspace. The list and its
results export as CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Context
from desktop.services.search import (
    BatchResult,
    BatchRow,
    ListFileError,
    batch_search,
    read_terms,
    read_terms_file,
    write_batch_csv,
)
from desktop.storage.project import Project
from desktop.ui.search.batch_model import FIXED_COLUMNS, BatchTableModel

BatchPanelCounts = Context("BatchPanelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

PROGRESS_AFTER_MS = 400


class BatchError(ValueError):
    """A list that cannot be loaded or results that cannot be written; the message is for the user."""


class BatchPanel(QWidget):
    cellOpened = Signal(object, int)  # BatchRow, document id
    tagRowRequested = Signal(object)  # BatchRow

    def __init__(self, project: Callable[[], Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchPanel")
        self._project = project
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("batchTerms")
        self.terms.setPlaceholderText(self.tr("One name or phrase per line:\nAlexandr Wang\nJason Droege\nScale AI\n…"))
        self.load_button = QPushButton(self.tr("Load List…"))
        self.load_button.setObjectName("batchLoad")
        self.run_button = QPushButton(self.tr("Search All"))
        self.run_button.setObjectName("batchRun")
        self.run_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("batchExport")
        self.tag_button = QPushButton(self.tr("Tag Row as Entity…"))
        self.tag_button.setObjectName("batchTag")
        self.tag_button.setToolTip(self.tr("Propose every hit of the selected term as a mention of an entity "
                                   "(Suggestions: Enter accepts, Backspace rejects)"))
        self.status = QLabel()
        self.status.setObjectName("batchStatus")
        self.model = BatchTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("batchTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.clicked.connect(self._open_cell)
        self.table.activated.connect(self._open_cell)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.terms, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.run_button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.tag_button)
        actions.addWidget(self.export_button)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.run_button.clicked.connect(self.run)
        self._update_buttons()

    # --- the list --------------------------------------------------------------------------------
    def lines(self) -> list[str]:
        return read_terms(self.terms.toPlainText())

    def load_file(self, path: str | Path) -> int:
        """Put a text file's lines in the list (replacing it); returns how many. Raises BatchError."""
        try:
            lines = read_terms_file(path)
        except ListFileError as exc:
            raise BatchError(str(exc)) from exc
        self.terms.setPlainText("\n".join(lines))
        return len(lines)

    # --- searching -------------------------------------------------------------------------------
    def run(self) -> BatchResult | None:
        """Search every line; a long list shows progress and can be cancelled (the rows so far stay)."""
        lines = self.lines()
        if not lines:
            self.status.setText(self.tr("Paste or load a list of names first, one per line."))
            return None
        dialog = QProgressDialog(self.tr("Searching the list…"), self.tr("Stop"), 0, len(lines), self)
        dialog.setWindowTitle(self.tr("Batch search"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            result = batch_search(self._project(), lines, progress=progress)
        finally:
            dialog.reset()
            dialog.deleteLater()
        self.model.set_result(result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.resizeSection(0, min(max(header.sectionSize(0), 140), 280))
        found = sum(1 for row in result.rows if row.counts)
        stopped = (self.tr(" (stopped after {searched} of {listed})").format(searched=len(result.rows),
                                                                              listed=len(lines))
                   if len(result.rows) < len(lines) else "")
        found_text = BatchPanelCounts.tr("{found} of %n term(s) found", "", len(result.rows)).format(found=found)
        self.status.setText(BatchPanelCounts.tr("{found} in %n document(s)", "", len(result.documents)).format(found=found_text)
                            + stopped)
        return result

    def export_csv(self, path: str | Path) -> Path:
        """The list and its results as CSV. Raises BatchError if there is nothing to write or it fails."""
        if self.model.result is None:
            raise BatchError(self.tr("Search the list first; then its results can be exported."))
        try:
            return write_batch_csv(self.model.result, path)
        except OSError as exc:
            raise BatchError(self.tr("Could not write {file}: {reason}. Nothing was written.").format(
                file=Path(path).name, reason=exc.strerror or exc)) from exc

    # --- the table -------------------------------------------------------------------------------
    def current_row(self) -> BatchRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def request_tag_row(self) -> None:
        row = self.current_row()
        if row is not None and not row.error:
            self.tagRowRequested.emit(row)

    def _open_cell(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        document_id = self.model.document_id(index.column())
        if row is None or document_id is None or not row.counts.get(document_id):
            return
        self.cellOpened.emit(row, document_id)

    def _update_buttons(self) -> None:
        has_result = self.model.result is not None and bool(self.model.result.rows)
        self.export_button.setEnabled(has_result)
        row = self.current_row()
        self.tag_button.setEnabled(row is not None and not row.error and row.total > 0)

    def open_cell(self, row: int, document_id: int) -> None:
        """Open the hits of the term in ``row`` in one document (as a click on its count does)."""
        if self.model.result is None:
            return
        columns = [d.document_id for d in self.model.result.documents]
        self._open_cell(self.model.index(row, len(FIXED_COLUMNS) + columns.index(document_id)))

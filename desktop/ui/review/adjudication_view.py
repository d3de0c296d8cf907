"""The adjudication window: one document, two authors, their annotations lined up row by row.

Keys in the table: ↑/↓ move between rows, 1 takes A's version, 2 takes B's, 3 takes both, E edits
one and takes the edited copy. Each decision is one undoable step (Ctrl+Z here or in the main
window). A row where only one author tagged the passage is settled with a verdict on that one:
taking the side that has it accepts it, taking the empty side rejects it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.authors import list_authors
from desktop.services.changes import Changes
from desktop.services.documents import list_documents
from desktop.ui.annotation_list import colour_icon
from desktop.ui.operations import Operations
from desktop.ui.review.alignment_model import (
    A_QUOTE,
    AlignedRow,
    AlignmentModel,
    aligned_rows,
)
from desktop.ui.review.alignment_table import AlignmentTable, MatchRowDelegate
from desktop.ui.review.edit_take_dialog import EditTakeDialog
from desktop.ui.review.review_colours import MATCH_HEX, MATCH_LABELS
from desktop.ui.review.review_operations import ReviewOperations
from desktop.ui.window_layout import SMALLEST_SCREEN


class AdjudicationDialog(QDialog):
    def __init__(self, operations: Operations, review_ops: ReviewOperations, undo: Callable[[], object],
                 redo: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudicationDialog")
        self.setWindowTitle("Adjudicate")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(_first_size(parent))
        self._ops = operations
        self._review_ops = review_ops
        self.edit_dialog: EditTakeDialog | None = None
        self._loading = False
        self._stale = False  # the project changed while the window was hidden
        self._build(undo, redo)
        operations.changed.connect(self._on_changed)
        self.reload_choices()

    # --- construction ----------------------------------------------------------------------------
    def _build(self, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("adjudicateDocument")
        self.document_combo.setMinimumWidth(320)
        # The list drops below the box, every time in the same place (the style's default centres it on
        # the current document, so a click where another one was drawn before picks the wrong one).
        self.document_combo.setStyleSheet("QComboBox { combobox-popup: 0; }")
        self.document_combo.setMaxVisibleItems(15)
        self.author_a = QComboBox()
        self.author_a.setObjectName("adjudicateAuthorA")
        self.author_b = QComboBox()
        self.author_b.setObjectName("adjudicateAuthorB")
        for combo in (self.document_combo, self.author_a, self.author_b):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel("Document"))
        top.addWidget(self.document_combo, 1)
        top.addSpacing(12)
        top.addWidget(QLabel("A"))
        top.addWidget(self.author_a)
        top.addWidget(QLabel("B"))
        top.addWidget(self.author_b)

        self.legend = QHBoxLayout()
        self.legend.setSpacing(4)
        self.legend_labels: dict[str, QLabel] = {}
        for match in ("exact", "disagree", "overlap", "only_a", "only_b"):
            swatch = QLabel()
            swatch.setPixmap(_swatch(*MATCH_HEX[match]))
            label = QLabel()
            label.setObjectName(f"legend_{match}")
            self.legend_labels[match] = label
            self.legend.addWidget(swatch)
            self.legend.addWidget(label)
            self.legend.addSpacing(10)
        self.legend.addStretch(1)

        self.model = AlignmentModel(self)
        self.table = AlignmentTable()
        self.table.setObjectName("alignmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setItemDelegate(MatchRowDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # shared out by AlignmentTable.fit_columns
        self.table.choiceRequested.connect(self.decide)

        self.take_a_button = self._button("1 · Take A's", lambda: self.decide("a"))
        self.take_b_button = self._button("2 · Take B's", lambda: self.decide("b"))
        self.take_both_button = self._button("3 · Take Both", lambda: self.decide("both"))
        self.edit_button = self._button("E · Edit and Take…", lambda: self.decide("edited"))
        self.undo_button = self._button("Undo", undo)
        close = self._button("Close", self.close)
        buttons = QHBoxLayout()
        for button in (self.take_a_button, self.take_b_button, self.take_both_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        hint = QLabel("↑ ↓ move between rows · 1 / 2 / 3 take A's / B's / both · E edit and take · "
                      "Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.")
        hint.setObjectName("panelHint")
        hint.setStyleSheet("padding: 2px 0;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

        for keys, slot in ((QKeySequence.StandardKey.Undo, undo), (QKeySequence.StandardKey.Redo, redo),
                           (QKeySequence("Ctrl+Shift+Z"), redo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- choosing what to compare ----------------------------------------------------------------
    def reload_choices(self) -> None:
        """Fill the document and author lists from the project (keeps the current choices if possible)."""
        project = self._ops.project
        self._loading = True
        try:
            _refill(self.document_combo, [(d.title, d.id, None) for d in list_documents(project)])
            authors = [(a.name, a.id, a.colour) for a in list_authors(project)]
            _refill(self.author_a, authors)
            _refill(self.author_b, authors)
            if self.author_a.currentData() == self.author_b.currentData() and self.author_b.count() > 1:
                self.author_b.setCurrentIndex(1 if self.author_a.currentIndex() == 0 else 0)
        finally:
            self._loading = False
        self.refresh()

    def choose(self, document_id: int | None = None, author_a: int | None = None,
               author_b: int | None = None) -> None:
        self._loading = True
        try:
            for combo, value in ((self.document_combo, document_id), (self.author_a, author_a),
                                 (self.author_b, author_b)):
                if value is not None and combo.findData(value) >= 0:
                    combo.setCurrentIndex(combo.findData(value))
        finally:
            self._loading = False
        self.refresh()
        self.table.setFocus()

    @property
    def document_id(self) -> int | None:
        return _chosen_id(self.document_combo)

    def authors(self) -> tuple[int | None, int | None]:
        return _chosen_id(self.author_a), _chosen_id(self.author_b)

    # --- rows ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            return
        self._stale = False
        row = self.table.currentIndex().row()
        a, b = self.authors()
        document_id = self.document_id
        if document_id is None or a is None or b is None or a == b:
            self.model.set_rows([])
        else:
            self.model.set_rows(aligned_rows(self._ops.project, document_id, a, b))
        self._update_legend()
        self.table.fit_columns()
        if self.model.rowCount():
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, A_QUOTE))
        self.table.scrollTo(self.model.index(row, A_QUOTE))

    def current_row(self) -> AlignedRow | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _update_legend(self) -> None:
        counts = self.model.counts()
        for match, label in self.legend_labels.items():
            label.setText(f"{MATCH_LABELS[match]}: <b>{counts.get(match, 0)}</b>")
        same = self.author_a.currentData() == self.author_b.currentData()
        self.setWindowTitle("Adjudicate — choose two different authors" if same else "Adjudicate")

    def _on_changed(self, changes: Changes) -> None:
        if changes.authors or changes.documents:
            self.reload_choices()
        elif changes.annotations or changes.reviews or changes.entities or changes.measures \
                or changes.propositions:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- decisions -------------------------------------------------------------------------------
    def decide(self, choice: str) -> bool:
        """Settle the current row: ``a``, ``b``, ``both`` or ``edited`` (opens the editor)."""
        row = self.current_row()
        if row is None:
            return False
        index = self.table.currentIndex().row()
        if row.a is not None and row.b is not None:
            if choice == "edited":
                self._open_editor(row)
                return True
            done = self._review_ops.take(row.a.id, row.b.id, choice) is not None
        else:
            done = self._settle_one_sided(row, choice)
        if done:
            self._advance(index)
        return done

    def _settle_one_sided(self, row: AlignedRow, choice: str) -> bool:
        if choice == "edited":
            self._ops.message.emit("Only one author tagged this: take it (accept) or take the empty side (reject).")
            return False
        present, side = (row.a, "a") if row.a is not None else (row.b, "b")
        assert present is not None
        verdict = "accepted" if choice in (side, "both") else "rejected"
        return self._review_ops.set_verdict(present.id, verdict) is not None

    def _open_editor(self, row: AlignedRow) -> None:
        assert row.a is not None and row.b is not None
        index = self.table.currentIndex().row()
        dialog = EditTakeDialog(row.a, row.b, (row.a.author_name, row.b.author_name), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        a_id, b_id = row.a.id, row.b.id

        def take() -> None:
            if self._review_ops.take(a_id, b_id, "edited", dialog.edited_fields(), base=dialog.base) is not None:
                self._advance(index)

        dialog.accepted.connect(take)
        dialog.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dialog
        dialog.open()

    def _advance(self, index: int) -> None:
        if self.model.rowCount():
            self.select_row(min(index + 1, self.model.rowCount() - 1))
        self.table.setFocus()


def _first_size(parent: QWidget | None) -> QSize:
    """As wide as the main window allows (the readings and what differs need the width)."""
    size = QSize(1240, 560)
    if parent is not None:
        size = size.expandedTo(QSize(int(parent.width() * 0.94), int(parent.height() * 0.6)))
        screen = parent.screen()
        available = screen.availableGeometry().size() if screen is not None else QSize()
        if available.width() >= SMALLEST_SCREEN.width() and available.height() >= SMALLEST_SCREEN.height():
            size = size.boundedTo(available)
    return size


def _swatch(fill: str, border: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(fill))
    painter = QPainter(pixmap)
    painter.setPen(QColor(border))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


def _chosen_id(combo: QComboBox) -> int | None:
    """The id (item data) of the combo box's current item, None when nothing is chosen."""
    data = combo.currentData()
    return data if isinstance(data, int) else None


def _refill(combo: QComboBox, items: Sequence[tuple[str, int, str | None]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data, colour in items:
        if colour:
            combo.addItem(colour_icon(colour), text, data)
        else:
            combo.addItem(text, data)
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)

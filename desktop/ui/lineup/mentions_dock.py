"""The Mentions dock: every annotation of the marked entity, measure or proposition, across sources.

One row per annotation in document, then offset order (source label, quote, what it says);
clicking a row goes there, Previous / Next (Shift+F3 / F3) walk the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.documents import document_labels
from desktop.services.queries import AnnotationView
from desktop.ui.keyed_table import KeyedTableModel
from desktop.ui.lineup.marks_controller import MarksController

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("Source", "Quote", "Says")
NOUN = {"entity": ("mention", "mentions"), "measure": ("figure", "figures"), "proposition": ("claim", "claims")}
Index = QModelIndex | QPersistentModelIndex


def says(view: AnnotationView) -> str:
    if view.kind == "figure":
        return view.figure_text or "value not read"
    if view.kind == "claim":
        text = view.stance or "asserts"
        return f"{text} ({view.speaker_name})" if view.speaker_name else text
    return view.status


class MentionModel(KeyedTableModel[str, AnnotationView]):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, str] = {}

    def key_of(self, row: AnnotationView) -> str:
        return row.id

    def load(self, rows: list[AnnotationView], labels: dict[int, str]) -> None:
        """The mentions again: only those added, removed or changed are announced."""
        relabelled = labels != self._labels
        self._labels = labels
        self.update_rows(rows)
        if relabelled:
            self.refresh(self.keys())

    def cell(self, view: AnnotationView, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return view.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._labels.get(view.document_id, f"D{view.document_id}"),
                    " ".join(view.quote.split()), says(view))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{view.document_title}\n“{view.quote}”"
        return None


class MentionsPanel(QWidget):
    def __init__(self, controller: MarksController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionsPanel")
        self.controller = controller
        self.model = MentionModel(self)
        self.title = QLabel()
        self.title.setObjectName("mentionsTitle")
        self.title.setWordWrap(True)
        self.previous_button = QPushButton("◀ Previous (Shift+F3)")
        self.next_button = QPushButton("Next (F3) ▶")
        self.previous_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)

        self.table = QTableView()
        self.table.setObjectName("mentionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._on_click)
        self.table.activated.connect(self._on_click)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        controller.targetChanged.connect(self.reload)
        controller.window.annotationSelected.connect(self._follow)
        self.reload()

    def reload(self) -> None:
        mentions = self.controller.mentions()
        labels = document_labels(self.controller.window.project) if mentions else {}
        self.model.load(mentions, labels)
        target = self.controller.target
        if target is None:
            self.title.setText("Select an entity, measure or proposition (in the register, or an annotation "
                               "linked to one) to see it in every source.")
        else:
            one, many = NOUN[target[0]]
            sources = len({m.document_id for m in mentions})
            self.title.setText(f"<b>{self.controller.name}</b> — {len(mentions)} "
                               f"{one if len(mentions) == 1 else many} in {sources} "
                               f"source{'s' if sources != 1 else ''}, marked in every open article")
        for button in (self.previous_button, self.next_button):
            button.setEnabled(bool(mentions))
        self._follow(self.controller.window.current_annotation())

    def _follow(self, annotation_id: str | None) -> None:
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    def _on_click(self, index: QModelIndex) -> None:
        annotation_id = self.model.data(index, ID_ROLE)
        if annotation_id:
            self.controller.go_to(annotation_id)

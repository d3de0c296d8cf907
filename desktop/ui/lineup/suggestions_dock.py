"""The Suggestions dock: what "Find all mentions" or "Find figures" proposed, one row each.

Rows read "Openi — 83%" (a possible mention and how close it is to a name of the entity) or
"circa 14 miliardi di dollari → 14 000 000 000 USD, about" (a figure and the value accepting it
records), with the source label. Clicking a row makes it current in its pane; Enter accepts,
Backspace (or Delete) rejects, here as in the article.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services.documents import document_labels
from desktop.services.register import list_measures
from desktop.services.suggestions import FigureSuggestion, MentionSuggestion
from desktop.storage.project import Project
from desktop.ui.keyed_table import KeyedTableModel
from desktop.ui.lineup.suggestion_text import Suggestion, score_text, value_text
from desktop.ui.lineup.suggestions_controller import SuggestionsController

SuggestionsPanelCounts = Context("SuggestionsPanelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Suggestion"), QT_TRANSLATE_NOOP("Columns", "Source"),
           QT_TRANSLATE_NOOP("Columns", "Score / reads as"))
Index = QModelIndex | QPersistentModelIndex


class SuggestionModel(KeyedTableModel[str, Suggestion]):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, str] = {}
        self._titles: dict[int, str] = {}
        self._current: str | None = None

    def key_of(self, row: Suggestion) -> str:
        return row.id

    def load(self, items: list[Suggestion], labels: dict[int, str], titles: dict[int, str]) -> None:
        """The suggestions again: accepted or rejected ones leave row by row, the rest stay selected."""
        relabelled = (labels, titles) != (self._labels, self._titles)
        self._labels, self._titles = labels, titles
        self.update_rows(items)
        if relabelled:
            self.refresh(self.keys())

    def set_current(self, suggestion_id: str | None) -> None:
        previous, self._current = self._current, suggestion_id
        self.refresh([k for k in (previous, suggestion_id) if k is not None])

    def text(self, row: int, column: int) -> str:
        return self._text(self.row(row), column)

    def _text(self, s: Suggestion, column: int) -> str:
        if column == 0:
            return s.surface if isinstance(s, FigureSuggestion) else f"{s.surface} — {score_text(s.score)}"
        if column == 1:
            return self._labels.get(s.document_id, f"D{s.document_id}")
        if isinstance(s, MentionSuggestion):
            if s.score < 1:
                return self.tr("{score} like “{name}”").format(score=score_text(s.score), name=s.matched_name)
            return self.tr("exactly “{name}”").format(name=s.matched_name)
        return value_text(s)

    def cell(self, s: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self._titles.get(s.document_id, "")
            return f"{self._text(s, 0)}\n{self._labels.get(s.document_id, '')} · {title}"
        if role == Qt.ItemDataRole.FontRole and s.id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(s, MentionSuggestion) and s.score < 1 \
                and column == 0:
            return QBrush(QColor("#9a3412"))  # fuzzy: look twice
        return None


class SuggestionTable(QTableView):
    """Enter accepts, Backspace / Delete rejects the row's suggestion."""

    def __init__(self, panel: SuggestionsPanel) -> None:
        super().__init__()
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._panel.controller.accept()
                return
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._panel.controller.reject()
                return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    def __init__(self, controller: SuggestionsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.controller = controller
        self.model = SuggestionModel(self)
        self._syncing = False

        self.title = QLabel(self.tr("No suggestions. Select an entity in the register and choose Find All Mentions, "
                            "or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article."))
        self.title.setObjectName("suggestionsTitle")
        self.title.setWordWrap(True)
        self.search_picker = QComboBox()
        self.search_picker.setObjectName("suggestionSearches")
        self.search_picker.setToolTip(self.tr("Each search keeps its unreviewed suggestions: pick one to review it"))
        self.search_picker.activated.connect(self._on_search)
        self.search_label = QLabel(self.tr("Search:"))
        self.search_label.setBuddy(self.search_picker)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_picker, 1)
        self.table = SuggestionTable(self)
        self.table.setObjectName("suggestionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)

        self.measure_label = QLabel(self.tr("Accepted figures measure:"))
        self.measure = QComboBox()
        self.measure.setObjectName("suggestionMeasure")
        self.measure.setToolTip(self.tr("The measure accepted figures are filed under (you can change it later)"))
        self.measure.currentIndexChanged.connect(self._on_measure)
        measure_row = QHBoxLayout()
        measure_row.addWidget(self.measure_label)
        measure_row.addWidget(self.measure, 1)

        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.reject_button = QPushButton(self.tr("Reject (Backspace)"))
        self.accept_all_button = QPushButton(self.tr("Accept All"))
        self.reject_all_button = QPushButton(self.tr("Reject All"))
        self.accept_button.clicked.connect(lambda: controller.accept())
        self.reject_button.clicked.connect(lambda: controller.reject())
        self.accept_all_button.clicked.connect(controller.accept_all)
        self.reject_all_button.clicked.connect(controller.reject_all)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button, self.reject_all_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(search_row)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(measure_row)
        layout.addWidget(self.table, 1)

        controller.listChanged.connect(self.reload)
        controller.currentChanged.connect(self._follow_current)
        self.reload()

    def reload(self) -> None:
        project: Project = self.controller.window.project
        items = self.controller.items()
        documents = self.controller.window.document_model
        titles = ({d.id: d.title for d in documents.documents()} if items else {})  # none to show: none read
        self.model.load(items, document_labels(project) if items else {}, titles)
        figures = any(isinstance(s, FigureSuggestion) for s in items)
        self.measure_label.setVisible(figures)
        self.measure.setVisible(figures)
        if figures:
            self._load_measures(project)
        if items:
            count = (SuggestionsPanelCounts.tr("%n figure(s) to review.", "", len(items)) if figures
                     else SuggestionsPanelCounts.tr("%n possible mention(s) to review.", "", len(items)))
            hint = self.tr("Enter accepts, Backspace rejects.")
            self.title.setText(f"<b>{escape(self.controller.title)}</b> — {escape(count)} "
                               f"<span style='color:#6b7280'>{escape(hint)}</span>")
        elif self.controller.title:
            self.title.setText(f"<b>{escape(self.controller.title)}</b> — "
                               + escape(self.tr("all reviewed.")))
        for button in (self.accept_button, self.reject_button, self.accept_all_button, self.reject_all_button):
            button.setEnabled(bool(items))
        self._load_searches()
        self._follow_current(self.controller.current_id())

    def _load_searches(self) -> None:
        """The picker lists the search shown and the others kept (shown only when there are others)."""
        searches = self.controller.searches()
        self.search_picker.blockSignals(True)
        self.search_picker.clear()
        for key, title, left in searches:
            self.search_picker.addItem(SuggestionsPanelCounts.tr("{title} (%n to review)", "", left).format(title=title)
                                       if left else self.tr("{title} (all reviewed)").format(title=title), key)
        self.search_picker.setCurrentIndex(0)
        self.search_picker.blockSignals(False)
        several = len(searches) > 1
        self.search_picker.setVisible(several)
        self.search_label.setVisible(several)

    def _on_search(self, index: int) -> None:
        key = self.search_picker.itemData(index)
        if key:
            self.controller.switch_to(str(key))

    def _load_measures(self, project: Project) -> None:
        chosen = self.controller.measure_id
        self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(self.tr("(none yet)"), None)
        for row in list_measures(project):
            self.measure.addItem(f"{row.label} ({row.unit})" if row.unit else row.label, row.id)
        self.measure.setCurrentIndex(max(self.measure.findData(chosen), 0))
        self.measure.blockSignals(False)

    def _on_measure(self, _index: int) -> None:
        self.controller.measure_id = self.measure.currentData()

    def _follow_current(self, suggestion_id: str | None) -> None:
        self.model.set_current(suggestion_id)
        row = self.model.row_of(suggestion_id)
        self._syncing = True
        try:
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        suggestion_id = self.model.data(current, ID_ROLE)
        if suggestion_id != self.controller.current_id():
            self.controller.make_current(suggestion_id)

"""The Search tab of the Search dock: a query, where to look, filters, and the hits by document.

Typing searches after a short pause; Enter searches at once and puts the keyboard on the first hit,
where Enter (or a double-click) opens it selected in an article pane, ready for E / F / C.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Context
from desktop.services.documents import languages_and_outlets
from desktop.services.search import (
    COMMENTS,
    ENTITIES,
    NOTES,
    TEXT,
    UNTAGGED,
    QueryError,
    SearchFilters,
    SearchResult,
    search,
)
from desktop.storage.project import Project
from desktop.ui.search.html_delegate import HtmlDelegate
from desktop.ui.search.results_model import HIT_ROLE, SearchResultsModel, hits_text

SearchPanelCounts = Context("SearchPanelCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

# What stays selected across a re-run: (group kind, its document or entity id, (source, ref, annotation, start)
# of the hit, or None for the group's own row).
_CurrentKey = tuple[str, int | None, tuple[str, str, str | None, int] | None]

TYPING_PAUSE_MS = 300
EXPAND_UP_TO = 400  # hits: a result this small opens every document's list


class QueryField(QLineEdit):
    """Enter searches now; Down goes to the results."""

    submitted = Signal()
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    hitActivated = Signal(object, object)  # (DocumentHits | EntityHits, Hit | None)

    def __init__(self, project: Callable[[], Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._project = project
        self.last_error = ""
        self._restrict: frozenset[int] | None = None  # a batch cell: only these documents
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run)

        self.query = QueryField()
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr('Search every document:  "Scale AI"   wang*   Meta NOT Google   (Meta OR Google)'))
        self.query.setToolTip(self.tr("Case and accents are ignored: societa finds società. "
                              "Quotes make a phrase, * a prefix; AND, OR, NOT in capitals."))
        self.texts = QCheckBox(self.tr("Texts"))
        self.notes = QCheckBox(self.tr("Notes"))
        self.comments = QCheckBox(self.tr("Review comments"))
        self.entities = QCheckBox(self.tr("Entity names && aliases"))
        self.texts.setChecked(True)
        for box, name in ((self.texts, "searchTexts"), (self.notes, "searchNotes"), (self.comments, "searchComments"),
                          (self.entities, "searchEntities")):
            box.setObjectName(name)
            box.toggled.connect(lambda _on: self.run())

        self.language = self._combo("searchLanguage", self.tr("Language"))
        self.outlet = self._combo("searchOutlet", self.tr("Outlet"))
        self.outlet.setMaximumWidth(220)
        self.date_from = self._date("searchFrom", self.tr("from YYYY-MM-DD"))
        self.date_to = self._date("searchTo", self.tr("to YYYY-MM-DD"))
        self.kind = self._combo("searchKind", self.tr("Annotation kind"))
        for label, value in ((self.tr("Any annotation kind"), ""), (self.tr("Inside an entity"), "entity"),
                             (self.tr("Inside a figure"), "figure"), (self.tr("Inside a claim"), "claim"),
                             (self.tr("Not tagged"), UNTAGGED)):
            self.kind.addItem(label, value)
        self.kind.setToolTip(self.tr("Only hits inside annotations of this kind (notes: of annotations of this kind), "
                             "or only hits nobody has tagged yet"))

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.model = SearchResultsModel(self)
        self.results = QTreeView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.activated.connect(self._activate)

        scopes = QHBoxLayout()
        scopes.addWidget(QLabel(self.tr("In:")))
        for box in (self.texts, self.notes, self.comments, self.entities):
            scopes.addWidget(box)
        scopes.addStretch(1)
        scopes.addWidget(self.status)
        filters = QHBoxLayout()
        for widget in (self.language, self.outlet, self.date_from, self.date_to, self.kind):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.query)
        layout.addLayout(scopes)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)

        self.query.textEdited.connect(lambda _text: self._typing.start())
        self.query.submitted.connect(self.submit)
        self.query.down.connect(self.focus_first_hit)
        for combo in (self.language, self.outlet, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.run())

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMaximumWidth(130)
        field.setToolTip(self.tr("Publication date, YYYY-MM-DD (documents without a date are left out)"))
        field.editingFinished.connect(self.run)
        return field

    # --- state -----------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        """The languages and outlets to choose from, as the project has them now."""
        languages, outlets = languages_and_outlets(self._project())
        for combo, values, label in (
            (self.language, languages, self.tr("Any language")),
            (self.outlet, outlets, self.tr("Any outlet")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for value in values:
                combo.addItem(value if len(value) <= 60 else value[:59] + "…", value)
                combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def scopes(self) -> tuple[str, ...]:
        return tuple(scope for box, scope in ((self.texts, TEXT), (self.notes, NOTES), (self.comments, COMMENTS),
                                              (self.entities, ENTITIES)) if box.isChecked())

    def filters(self) -> SearchFilters:
        kind = self.kind.currentData()
        return SearchFilters(
            languages=frozenset({self.language.currentData()} - {"", None}),
            outlets=frozenset({self.outlet.currentData()} - {"", None}),
            published_from=self._valid_date(self.date_from), published_to=self._valid_date(self.date_to),
            kinds=frozenset({kind}) if kind else frozenset(), document_ids=self._restrict)

    def _valid_date(self, field: QLineEdit) -> str:
        value = field.text().strip()
        if not value:
            return ""
        try:
            date.fromisoformat(value)
        except ValueError:
            field.setStyleSheet("color: #b00020")
            return ""
        field.setStyleSheet("")
        return value

    def restrict_to(self, document_ids: frozenset[int] | None) -> None:
        """Only these documents (a batch cell), until the query is edited."""
        self._restrict = document_ids

    # --- searching -------------------------------------------------------------------------------
    def run(self, keep_current: bool = False) -> SearchResult | None:
        """Search now with the query, scopes and filters shown; the results replace the list
        (``keep_current``: the same hit stays current, if it is still there)."""
        self._typing.stop()
        current = self._current_key() if keep_current else None
        text = self.query.text()
        if not text.strip() or not self.scopes():
            self.model.set_result(None)
            self.last_error = ""
            self._set_status("" if text.strip() else self.tr("Type what to look for."))
            return None
        try:
            result = search(self._project(), text, scopes=self.scopes(), filters=self.filters())
        except QueryError as exc:
            self.model.set_result(None)
            self.last_error = str(exc)
            self._set_status(str(exc), error=True)
            return None
        self.last_error = ""
        self.model.set_result(result)
        if result.total <= EXPAND_UP_TO:
            self.results.expandAll()
        if current is not None:
            self._restore_current(current)
        documents = len(result.documents)
        where = SearchPanelCounts.tr(" in %n document(s)", "", documents) if documents else ""
        if result.entities:
            where += SearchPanelCounts.tr(" and %n register entry(s)", "", len(result.entities))
        restricted = self.tr(" (one document: edit the query to search them all)") if self._restrict else ""
        self._set_status((f"{hits_text(result.total)}{where}" if result.total else self.tr("No hits")) + restricted,
                         error=not result.total)
        return result

    def _current_key(self) -> _CurrentKey | None:
        item = self.results.currentIndex().data(HIT_ROLE)
        if item is None:
            return None
        group, hit = item
        return (type(group).__name__, getattr(group, "document_id", getattr(group, "entity_id", None)),
                None if hit is None else (hit.source, hit.ref, hit.annotation_id, hit.start))

    def _restore_current(self, key: _CurrentKey) -> None:
        for row, group in enumerate(self.model.groups()):
            if (type(group).__name__, getattr(group, "document_id", getattr(group, "entity_id", None))) != key[:2]:
                continue
            parent = self.model.index(row, 0)
            target = parent
            if key[2] is not None:
                for hit_row, hit in enumerate(group.hits):
                    if (hit.source, hit.ref, hit.annotation_id, hit.start) == key[2]:
                        target = self.model.index(hit_row, 0, parent)
                        break
            self.results.expand(parent)
            self.results.setCurrentIndex(target)
            self.results.scrollTo(target)
            return

    def submit(self) -> None:
        self.run()
        self.focus_first_hit()

    def focus_first_hit(self) -> None:
        """The keyboard on the first hit (Enter opens it)."""
        if self.model.rowCount() == 0:
            return
        first_group = self.model.index(0, 0)
        target = self.model.index(0, 0, first_group) if self.model.rowCount(first_group) else first_group
        self.results.expand(first_group)
        self.results.setCurrentIndex(target)
        self.results.scrollTo(target)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        item = index.data(HIT_ROLE)
        if item is None:
            return
        group, hit = item
        if hit is None and group.hits:
            hit = group.hits[0]  # a document row opens at its first hit
        self.hitActivated.emit(group, hit)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

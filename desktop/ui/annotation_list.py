"""The annotation list (dock): the annotations of the active pane's document, filterable by kind,
author and text. Rows hold ``AnnotationView``s; ids live in ``Qt.UserRole``.

Also home of the one-line descriptions of an annotation used by the list and the status bar.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import KIND_HEX as KIND_COLOURS
from desktop.domain.text_matching import fold
from desktop.domain.words import kind_name, kind_plural, kind_word, status_word
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Changes
from desktop.services.queries import AnnotationView, list_annotations
from desktop.services.table_rows import annotation_order, annotation_places
from desktop.storage.project import Project
from desktop.ui.fitted_columns import FittedColumns
from desktop.ui.keyed_table import KeyedTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
AUTHOR_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


FEW_CHANGES = 64  # more changed annotations than this: the document's ids are read again (one pass, not row by row)
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Quote"),
           QT_TRANSLATE_NOOP("Columns", "What"), QT_TRANSLATE_NOOP("Columns", "Author"),
           QT_TRANSLATE_NOOP("Columns", "Status"))
KIND, QUOTE, WHAT, AUTHOR, STATUS = range(len(COLUMNS))


# --- one-line descriptions -----------------------------------------------------------------------
def what_text(view: AnnotationView) -> str:
    """What the annotation records, beyond its quote: the figure, the entity, the proposition."""
    if view.kind == "figure":
        parts = [view.figure_text or QCoreApplication.translate("AnnotationList", "value not read")]
        if view.measure_label:
            parts.append(view.measure_label)
        return " · ".join(parts)
    if view.kind == "entity":
        return view.entity_name or ""
    if view.kind == "claim":
        label = view.proposition_label or ""
        if label and view.stance == "denies":
            label = QCoreApplication.translate("AnnotationList", "denies: {proposition}").format(proposition=label)
        if view.speaker_name:
            label = f"{label} ({view.speaker_name})" if label else view.speaker_name
        return label
    return ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_annotation(view: AnnotationView) -> str:
    """'figure: 14 000 000 000 USD (about)', 'entity: Meta (“Meta Platforms Inc.”)', 'claim: “…”'."""
    if view.kind == "figure" and view.value is not None:
        return QCoreApplication.translate("AnnotationList", "figure: {value}").format(value=view.figure_text)
    if view.kind == "entity" and view.entity_name:
        return QCoreApplication.translate("AnnotationList", "entity: {name} (“{quote}”)").format(name=view.entity_name,
                                                                     quote=_short(view.quote, 40))
    return QCoreApplication.translate("AnnotationList", "{kind}: “{quote}”").format(kind=kind_word(view.kind), quote=_short(view.quote))


def colour_icon(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)


# --- model ---------------------------------------------------------------------------------------
class AnnotationTableModel(KeyedTableModel[str, AnnotationView]):
    """The annotations of one document, ordered as in the text; rows are fetched as the list shows them."""

    columns = COLUMNS
    roles = frozenset(int(r) for r in (ID_ROLE, KIND_ROLE, AUTHOR_ROLE, SEARCH_ROLE, Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
                                       Qt.ItemDataRole.ToolTipRole))  # what ``cell`` answers

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document_id: int | None = None
        self._order: list[tuple[int, int, str]] = []  # (start, end, id) of every row, sorted as the rows
        self._author_colours: dict[int, str] = {}
        self._icons: dict[str, QIcon] = {}

    def key_of(self, row: AnnotationView) -> str:
        return row.id

    @property
    def document_id(self) -> int | None:
        return self._document_id

    def set_author_colours(self, colours: dict[int, str]) -> None:
        self._author_colours = dict(colours)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, AUTHOR), self.index(self.rowCount() - 1, AUTHOR))

    def load(self, project: Project | None, document_id: int | None,
             order: list[tuple[int, int, str]] | None = None) -> None:
        """Show the annotations of another document (or none); ``order``: their (start, end, id), sorted, if
        the caller has just read them (else they are read here)."""
        self._document_id = document_id
        if project is None or document_id is None:
            self._order = []
            self.show_rows([])
            return
        self._order = annotation_order(project, document_id) if order is None else order
        self.show_keys([place[2] for place in self._order],
                       lambda ids: {v.id: v for v in list_annotations(project, annotation_ids=list(ids))
                                    if v.document_id == document_id})

    def apply_changes(self, project: Project, changes: Changes,
                      views: Mapping[str, AnnotationView] | None = None) -> None:
        """Only the rows whose annotations changed (inserted, moved, updated in place, removed), placed by
        reading those annotations alone (a document's thousands of other ids are not read again); a renamed
        entity, measure, proposition or author refreshes the rows that show names. ``views``: the changed
        annotations that exist, already read (by ``Operations.reads``): they are placed and shown as they are."""
        if self._document_id is None:
            return
        renamed = changes.entities or changes.measures or changes.propositions or changes.authors
        if self._elsewhere(changes):  # an import into other documents: none of this list's rows
            pass
        elif len(changes.annotations) > FEW_CHANGES:  # an import, a bulk edit: the ids again, in one pass
            self._order = annotation_order(project, self._document_id)
            self.update_keys([place[2] for place in self._order], changed=changes.annotations)
        elif changes.annotations and views is not None:
            self._place({v.id: (v.document_id, (v.start, v.end, v.id)) for v in views.values()},
                        changes.annotations, views)
        elif changes.annotations:
            self._place(annotation_places(project, changes.annotations), changes.annotations)
        if renamed:
            self.refresh(self.keys())

    def _elsewhere(self, changes: Changes) -> bool:
        """The changed annotations are all known to be in other documents, and none is a row here."""
        held = changes.holding
        return held is not None and self._document_id not in held and not self.shows_any(changes.annotations)

    def _place(self, places: dict[str, tuple[int, tuple[int, int, str]]], changed: frozenset[str],
               views: Mapping[str, AnnotationView] | None = None) -> None:
        """Rows out (deleted, moved to another document or another place in the text), rows in where their
        (start, end, id) sorts, and the ones that stayed put fetched again (or shown from ``views``)."""
        stayed = []
        for key in sorted(changed):
            row = self.row_of(key)
            place = places.get(key)
            here = place is not None and place[0] == self._document_id
            if row >= 0:
                if here and place is not None and self._order[row] == place[1]:
                    stayed.append(key)
                    continue
                del self._order[row]
                self.remove_key(key)
            if here and place is not None:
                position = bisect_left(self._order, place[1])
                self._order.insert(position, place[1])
                self.seed_key(key, views.get(key) if views else None)  # shown as read: not fetched again
                self.insert_key(position, key)
        if views:
            for key in stayed:
                self.replace_row(views[key])
        else:
            self.refresh(stayed)

    def view(self, row: int) -> AnnotationView:
        return self.row(row)

    def views(self) -> list[AnnotationView]:
        return self.rows()

    def _icon(self, colour: str) -> QIcon:
        if colour not in self._icons:
            self._icons[colour] = colour_icon(colour)
        return self._icons[colour]

    def cell(self, view: AnnotationView, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return view.id
        if role == KIND_ROLE:
            return view.kind
        if role == AUTHOR_ROLE:
            return view.author_id
        if role == SEARCH_ROLE:
            return fold(" ".join((view.quote, what_text(view), view.note, view.attributed_to or "")))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == KIND:
                return kind_name(view.kind)
            if col == QUOTE:
                return _short(view.quote, 80)
            if col == WHAT:
                return what_text(view) or "—"
            if col == AUTHOR:
                return view.author_name
            if col == STATUS:
                return status_word(view.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == WHAT and not what_text(view):
            return QColor("#9ca3af")
        if role == Qt.ItemDataRole.DecorationRole:
            if col == KIND:
                return self._icon(KIND_COLOURS.get(view.kind, "#888888"))
            if col == AUTHOR:
                return self._icon(self._author_colours.get(view.author_id, "#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = view.quote
            if view.note:
                tip += "\n\n" + QCoreApplication.translate("AnnotationList", "Note: {note}").format(note=view.note)
            return tip
        return None


class AnnotationFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._author: int | None = None
        self._text = ""

    def set_kind(self, kind: str | None) -> None:
        self._kind = kind or None
        self.invalidate()

    def set_author(self, author_id: int | None) -> None:
        self._author = author_id
        self.invalidate()

    def set_text(self, text: str) -> None:
        self._text = fold(text)
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self._kind or self._author is not None or self._text):
            return True  # no filter: a row is not read (nor fetched) to be shown
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind and index.data(KIND_ROLE) != self._kind:
            return False
        if self._author is not None and index.data(AUTHOR_ROLE) != self._author:
            return False
        return not self._text or self._text in index.data(SEARCH_ROLE)


# --- widget --------------------------------------------------------------------------------------
class AnnotationList(QWidget):
    """Filter bar above a table; selecting a row emits ``annotationSelected``."""

    annotationSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationList")
        self.model = AnnotationTableModel(self)
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)
        self._silent = False
        self._loading = False  # the document is set, its rows are still being read (a long article's)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KIND_COLOURS:
            self.kind_filter.addItem(self.model._icon(KIND_COLOURS[kind]), kind_plural(kind), kind)
        self.kind_filter.setToolTip(self.tr("Show one kind of annotation"))
        self.author_filter = QComboBox()
        self.author_filter.setObjectName("authorFilter")
        self.author_filter.addItem(self.tr("All authors"), None)
        self.author_filter.setToolTip(self.tr("Show one author's annotations"))
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter quotes, values, notes…"))
        self.text_filter.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.table = QTableView()
        self.table.setObjectName("annotationTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.fitted = FittedColumns(self.table, (KIND, AUTHOR, STATUS))  # a lazy list is not read whole for it

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.author_filter)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.proxy.set_kind(self.kind_filter.currentData()))
        )
        self.author_filter.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.proxy.set_author(self.author_filter.currentData()))
        )
        self.text_filter.textChanged.connect(lambda text: self._filter(lambda: self.proxy.set_text(text)))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
        self._update_count()

    # --- loading ---------------------------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self.model.document_id

    def set_document(self, project: Project | None, document_id: int | None,
                     order: list[tuple[int, int, str]] | None = None) -> None:
        keep = self.current_annotation_id() if document_id == self.model.document_id else None
        self._loading = False
        self._silent = True
        try:
            self.model.load(project, document_id, order)
        finally:
            self._silent = False
        if keep:
            self.select_annotation(keep)
        self._update_count()

    def show_loading(self, project: Project, document_id: int) -> None:
        """The list of ``document_id``, whose rows are being read: empty, saying so, until ``set_document``."""
        self._loading = True
        self._silent = True
        try:
            self.model.load(project, document_id, [])
        finally:
            self._silent = False
        self._update_count()

    def loading(self) -> bool:
        """Whether the rows of the document shown are still being read (they come by ``set_document``)."""
        return self._loading

    def apply_changes(self, project: Project, changes: Changes,
                      views: Mapping[str, AnnotationView] | None = None) -> None:
        current = self.current_annotation_id()
        self._silent = True
        try:
            self.model.apply_changes(project, changes, views)
        finally:
            self._silent = False
        if current and self.model.row_of(current) >= 0:
            self.select_annotation(current)

    def set_authors(self, authors: list[tuple[int, str, str]]) -> None:
        """(id, name, colour) of every author: fills the author filter and the colour chips."""
        self.model.set_author_colours({a_id: colour for a_id, _name, colour in authors})
        current = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("All authors"), None)
        for author_id, name, colour in authors:
            self.author_filter.addItem(self.model._icon(colour), name, author_id)
        found = self.author_filter.findData(current)
        self.author_filter.setCurrentIndex(max(found, 0))
        self.author_filter.blockSignals(False)
        if found < 0 and current is not None:
            self.proxy.set_author(None)

    # --- selection -------------------------------------------------------------------------------
    def current_annotation_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_annotation(self, annotation_id: str | None) -> None:
        """Select the row of ``annotation_id`` without emitting ``annotationSelected``."""
        self._silent = True
        try:
            selection = self.table.selectionModel()
            row = self.model.row_of(annotation_id) if annotation_id else -1
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
            if not proxy_index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            selection.setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(proxy_index)
        finally:
            self._silent = False

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent or not current.isValid():
            return
        self.annotationSelected.emit(current.data(ID_ROLE))

    def _filter(self, apply: Callable[[], object]) -> None:
        current = self.current_annotation_id()
        self._silent = True
        try:
            apply()
        finally:
            self._silent = False
        self.select_annotation(current)
        self._update_count()

    def _update_count(self) -> None:
        if self._loading:
            self.count_label.setText("…")
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = QLocale()
        self.count_label.setText(locale.toString(total) if shown == total else
                                 self.tr("{shown} of {total}").format(shown=locale.toString(shown),
                                                                      total=locale.toString(total)))

"""Qt table models of the comparison view: one row per source's value (a measure) or per claim (a
proposition), with the columns an analyst weighs them by.

Rows that cannot agree with another source are tinted in the warning colour and their value is
bold; in a contested proposition, asserting and denying rows carry their own tints. The source's
reliability grade is editable in place (a combo box): the model asks, the view's owner grades.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.words import bound_word, credibility_label, reliability_label, stance_word, status_word
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.comparison import ClaimPosition, FigureValue, compact_figure, outlet_hint, short_source
from desktop.ui.keyed_table import KeyedTableModel

ID_ROLE = Qt.ItemDataRole.UserRole  # annotation id
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # True: the row cannot agree with another source

WARNING = QColor("#b93a0b")
WARNING_FILL = QColor("#fde4d3")
ASSERT_FILL = QColor("#e3f1e7")
ASSERT_INK = QColor("#166534")
DENY_FILL = QColor("#fbe3e0")
DENY_INK = QColor("#9f1d1d")
MUTED = QColor("#6b7280")
PENDING = frozenset({"proposed", "disputed"})

Index = QModelIndex | QPersistentModelIndex


def outlet_text(outlet: str) -> str:
    """"FT" from "Financial Times, machine-translated…"; else the note cut short."""
    hint = outlet_hint(outlet)
    if hint:
        return hint
    lead = outlet.split("(")[0].strip(" ,;")
    return lead if len(lead) <= 22 else lead[:21] + "…"


def source_text(label: str, outlet: str) -> str:
    """The source's label ("FT 2025-07-15"); a bare number gets a hint of its outlet ("004 · FT")."""
    if not (label.isdigit() or (label[:1] == "D" and label[1:].isdigit())):
        return label  # a real label already names the outlet; the tooltip has the rest
    hint = outlet_text(outlet)
    return f"{label} · {hint}" if hint else label


def source_lines(label: str, outlet: str, attributed_to: str | None) -> str:
    """The Source cell: the source, and on a second line whom it credits ("via WSJ"), when it does."""
    text = source_text(label, outlet)
    if attributed_to:
        via = short_source(attributed_to)
        text += "\n" + (QCoreApplication.translate("CompareView", "via {source}").format(source=via)
                        if via != outlet_hint(outlet) else f"({via})")
    return text


def grade_text(grade: str | None) -> str:
    return grade or "–"


def status_text(status: str) -> str:
    return status_word(status)  # the same words as the annotation list, panel and review dock


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _RowsModel(KeyedTableModel[str, Any]):
    """Shared: rows keyed by annotation id, fixed columns (title, tooltip), an editable grade column."""

    gradeRequested = Signal(int, object, str)  # document id, grade (None clears), source label

    column_specs: tuple[tuple[str, str], ...] = ()  # (title, header tooltip)
    GRADE = -1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(title for title, _tip in self.column_specs)
        self.column_tips = tuple(tip for _title, tip in self.column_specs)
        self._shown_texts: dict[str, tuple[str, ...]] = {}  # annotation id -> its cells' text, until the next load

    def key_of(self, row: Any) -> str:
        return str(row.annotation_id)

    def column_of(self, title: str) -> int:
        return self.columns.index(title)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.GRADE else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.GRADE:
            return False
        row = self.row(index.row())
        grade = (value or None) if value in (None, "", *RELIABILITY_GRADES) else None
        if grade != row.reliability:
            self.gradeRequested.emit(row.document_id, grade, row.document_label)
        return False  # the view reloads once the grade is stored

    def _texts(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def shown_texts(self, row: Any) -> tuple[str, ...]:
        """The text of each cell of ``row``, made once until the next load."""
        found = self._shown_texts.get(row.annotation_id)
        if found is None:  # a table sizing its columns asks every cell, often
            found = self._shown_texts[row.annotation_id] = self._texts(row)
        return found

    def column_texts(self, column: int) -> list[str]:
        """The text of every cell of a column, in row order (fetching the rows)."""
        return [self.shown_texts(row)[column] for row in self.rows()]

    def _common(self, row: Any, column: int, role: int, texts: Callable[[Any], tuple[str, ...]]) -> Any:
        if role == ID_ROLE:
            return row.annotation_id
        if role == DOCUMENT_ROLE:
            return row.document_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and column == self.GRADE:
                return row.reliability or ""
            return self.shown_texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.GRADE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tooltip(self, row: Any, column: int) -> str | None:
        title = self.columns[column]
        if title == "Source":
            return f"{row.document_label} · {row.document_title}\n{row.outlet}"
        if title == "Outlet":
            return str(row.outlet) or None
        if column == self.GRADE:
            grade = row.reliability
            label = f"{grade} · {reliability_label(grade)}" if grade else self.tr("Not graded")
            return self.tr("Source reliability: {grade}. Click to grade (A–F).").format(grade=label)
        if title == "Quote":
            return str(row.quote)
        return None


class MeasureValuesModel(_RowsModel):
    """One row per figure of one measure."""

    column_specs = (
        (QT_TRANSLATE_NOOP("Columns", "Source"),
         QT_TRANSLATE_NOOP("Columns", "The source's label and, below it, whom it credits for the figure (via …)")),
        (QT_TRANSLATE_NOOP("Columns", "Grade"),
         QT_TRANSLATE_NOOP("Columns", "Source reliability, A (completely reliable) to F (cannot be judged)")),
        (QT_TRANSLATE_NOOP("Columns", "Value"),
         QT_TRANSLATE_NOOP("Columns", "The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range")),
        (QT_TRANSLATE_NOOP("Columns", "Quote"),
         QT_TRANSLATE_NOOP("Columns", "The source's words")),
        (QT_TRANSLATE_NOOP("Columns", "Status"),
         QT_TRANSLATE_NOOP("Columns", "Review status of the annotation")),
        (QT_TRANSLATE_NOOP("Columns", "Can't agree\nwith"),
         QT_TRANSLATE_NOOP("Columns", "Sources whose value cannot be true at the same time as this one")),
    )
    GRADE = 1
    VALUE = 2
    STATUS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self.tolerance_text = ""
        self._conflict_texts: dict[int, str] = {}  # equal figures share one tuple of conflicts: its text, once
        self._value_texts: dict[tuple[str, str, str | None, str | None], str] = {}

    def load(self, values: list[FigureValue], tolerance_text: str = "") -> None:
        """The measure's figures again: only the rows that changed are announced."""
        labels = {v.annotation_id: v.document_label for v in values}
        everything = (labels, tolerance_text) != (self._labels, self.tolerance_text)
        self._labels, self.tolerance_text = labels, tolerance_text
        self._shown_texts.clear()
        self._conflict_texts.clear()
        self._value_texts.clear()
        self.update_rows(values)
        if everything:  # conflicts and "about ±x%" read across rows
            self.refresh(self.keys())

    def conflicts_text(self, value: FigureValue) -> str:
        key = id(value.conflicts_with)  # the rows hold their tuples until the next load clears this
        text = self._conflict_texts.get(key)
        if text is None:
            text = self._conflict_texts[key] = ", ".join(  # hundreds of ids: looked up in one C-level pass
                dict.fromkeys(map(self._labels.get, value.conflicts_with, repeat("?"))))
        return text

    def value_text(self, value: FigureValue) -> str:
        key = (str(value.value), str(value.value_max), value.unit, value.bound)  # as written: 49.0 is not 49
        text = self._value_texts.get(key)
        if text is None:  # a desk's measure gives the same figure in many articles: each written once
            text = self._value_texts[key] = compact_figure(value.value, value.value_max, value.unit, value.bound)
        return text

    def bound_text(self, v: FigureValue) -> str:
        bound = bound_word(v.bound) if v.bound else ""
        if v.bound == "about" and self.tolerance_text:
            bound = self.tr("about {tolerance}").format(tolerance=self.tolerance_text)
        return bound

    def _texts(self, v: FigureValue) -> tuple[str, ...]:
        return (source_lines(v.document_label, v.outlet, v.attributed_to), grade_text(v.reliability),
                self.value_text(v), f"“{' '.join(v.quote.split())}”", status_text(v.status), self.conflicts_text(v))

    def cell(self, v: FigureValue, column: int, role: int) -> Any:
        conflict = bool(v.conflicts_with)
        common = self._common(v, column, role, self._texts)
        if common is not None:
            return common
        if role == CONFLICT_ROLE:
            return conflict
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == len(self.columns) - 1 and conflict:
                return self.tr("Cannot both be true with: {sources}").format(sources=", ".join(
                    f"{self._labels.get(i, '?')} ({self.value_text(w)})"
                    for i in v.conflicts_with for w in self.rows() if w.annotation_id == i))
            if column == self.VALUE and (v.low is not None or v.high is not None):
                return self.tr("{bound}: read as {interval}").format(bound=self.bound_text(v).capitalize(),
                                                                     interval=self._interval(v))
            return self._tooltip(v, column)
        if role == Qt.ItemDataRole.BackgroundRole and conflict:
            return QBrush(WARNING_FILL)
        if role == Qt.ItemDataRole.ForegroundRole:
            if conflict and column in (self.VALUE, len(self.columns) - 1):
                return QBrush(WARNING)
            if v.status in PENDING and column == self.STATUS:
                return QBrush(MUTED)
        last = len(self.columns) - 1
        if role == Qt.ItemDataRole.FontRole and (column in (0, self.VALUE) or (conflict and column == last)):
            return _bold()
        return None

    def _interval(self, v: FigureValue) -> str:
        low = compact_figure(v.low, None, v.unit, "exact") if v.low is not None else "−∞"
        high = compact_figure(v.high, None, v.unit, "exact") if v.high is not None else "+∞"
        return f"[{low}, {high}]"


class PositionsModel(_RowsModel):
    """One row per claim on a proposition: asserting first, then denying."""

    column_specs = (
        (QT_TRANSLATE_NOOP("Columns", "Stance"),
         QT_TRANSLATE_NOOP("Columns", "Whether the source asserts or denies the proposition")),
        (QT_TRANSLATE_NOOP("Columns", "Source"),
         QT_TRANSLATE_NOOP("Columns", "The source's label and, below it, whom it credits for the claim (via …)")),
        (QT_TRANSLATE_NOOP("Columns", "Grade"),
         QT_TRANSLATE_NOOP("Columns", "Source reliability, A (completely reliable) to F (cannot be judged)")),
        (QT_TRANSLATE_NOOP("Columns", "Quote"),
         QT_TRANSLATE_NOOP("Columns", "The source's words")),
        (QT_TRANSLATE_NOOP("Columns", "Speaker"),
         QT_TRANSLATE_NOOP("Columns", "Who says it, in the source")),
        (QT_TRANSLATE_NOOP("Columns", "Cred."),
         QT_TRANSLATE_NOOP("Columns", "Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)")),
        (QT_TRANSLATE_NOOP("Columns", "Status"),
         QT_TRANSLATE_NOOP("Columns", "Review status of the annotation")),
    )
    GRADE = 2
    CREDIBILITY = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contested = False

    def load(self, asserts: list[ClaimPosition], denies: list[ClaimPosition], contested: bool) -> None:
        """The proposition's claims again: only the rows that changed are announced."""
        recoloured = contested != self.contested
        self.contested = contested
        self._shown_texts.clear()
        self.update_rows(list(asserts) + list(denies))
        if recoloured:
            self.refresh(self.keys())

    @staticmethod
    def _texts(c: ClaimPosition) -> tuple[str, ...]:
        stance = ("✔ " if c.stance == "asserts" else "✘ ") + stance_word(c.stance)
        return (stance, source_lines(c.document_label, c.outlet, c.attributed_to), grade_text(c.reliability),
                f"“{' '.join(c.quote.split())}”", c.speaker_name or "",
                str(c.credibility) if c.credibility else "–", status_text(c.status))

    def cell(self, c: ClaimPosition, column: int, role: int) -> Any:
        common = self._common(c, column, role, self._texts)
        if common is not None:
            return common
        denies = c.stance == "denies"
        if role == CONFLICT_ROLE:
            return self.contested
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CREDIBILITY:
                grade = c.credibility
                return (self.tr("Credibility: {grade} · {label}").format(grade=grade, label=credibility_label(grade))
                        if grade else self.tr("Credibility not graded"))
            return self._tooltip(c, column)
        if role == Qt.ItemDataRole.BackgroundRole and self.contested:
            return QBrush(DENY_FILL if denies else ASSERT_FILL)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(DENY_INK if denies else ASSERT_INK)
        if role == Qt.ItemDataRole.FontRole and column in (0, 1):
            return _bold()
        return None


class GradeDelegate(QStyledItemDelegate):
    """A combo box of reliability grades for the Grade column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("not graded"), "")
        for grade in RELIABILITY_GRADES:
            combo.addItem(f"{grade} · {reliability_label(grade)}", grade)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

"""The cards of the comparison view: one per measure (sources' values in a table, the dossier's chart
beside it, or below it when the view is narrow) and one per proposition (who asserts, who denies).
Flagged cards (sources disagree, the proposition is contested) carry a warning badge and accent and
start open; the others start folded to their one-line summary. The tables share their width so the
short columns (value, stance, grade, status) are never cut: the quote gives way first, then the source
(its label, and "via WSJ" below it), the speaker and the sources a value cannot agree with; narrow cells
wrap onto more lines instead of being cut, so the docked view reads whole at 1440×900 without
scrolling sideways (every cell's tooltip is whole). A table fits its rows' heights to their wrapped cells
as they come into sight (a desk's hundred tables of hundreds of rows are not all measured on opening, nor
a long table's every row on each resize).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.words import reliability_label
from desktop.i18n import Context
from desktop.services.comparison import ClaimPosition, MeasureComparison, PropositionComparison
from desktop.ui.lineup.chart_widget import ChartWidget, measure_chart_svg
from desktop.ui.lineup.comparison_model import (
    DOCUMENT_ROLE,
    ID_ROLE,
    GradeDelegate,
    MeasureValuesModel,
    PositionsModel,
)
from desktop.ui.review.column_fit import content_width, fit_columns

PropositionSectionCounts = Context("PropositionSectionCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use
SectionCounts = Context("SectionCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:
    from desktop.ui.lineup.comparison_model import _RowsModel

WARNING = "#b93a0b"
AGREE = "#166534"
SECTION_STYLE = ("QFrame#{name} {{ background: #ffffff; border: 1px solid #e3e6ea; "
                 "border-left: 5px solid {accent}; border-radius: 4px; }}")
# Columns that give way when a table is narrow, their widest and narrowest; the others keep their content's width.
# Narrow cells wrap onto more lines (rows grow to fit) rather than being cut.
NAMED_WIDTHS = {"Source": (170, 96), "Speaker": (120, 72), "Can't agree\nwith": (170, 96)}
QUOTE_FLOOR = 150
MAX_ROW_LINES = 4  # a long quote shows this many lines in the table; its tooltip and the article have it all
CHART_BESIDE_FROM = 980  # a measure card narrower than this has its chart below the table
BADGE_STYLE = ("QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px; "
               "font-weight: 700; }}")


def _badge(text: str, bg: str, fg: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("comparisonBadge")
    label.setStyleSheet(BADGE_STYLE.format(bg=bg, fg=fg))
    return label


def _sentence(summary: str) -> str:
    return summary[:1].upper() + summary[1:]


MEASURED_ROWS = 12  # the cells with the longest text that size a column of a long table
ROWS_AROUND = 8  # rows fitted beyond those in sight, so a short scroll finds them fitted


class SourceTable(QTableView):
    """A table exactly as tall as its rows (the view scrolls, not each table)."""

    def __init__(self, model: _RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content_widths: list[int] | None = None
        self._rows_fitted_to: list[int] | None = None  # the column widths the rows' heights were fitted to
        self._fitted: set[int] = set()  # the rows fitted to those widths (the ones that came into sight)
        self._widths: list[int] = []  # the column widths now
        self._fit_pending = False
        self._rows_model = model
        self.setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.headerDataChanged):
            signal.connect(self._forget_widths)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegateForColumn(model.GRADE, GradeDelegate(self))
        self.setWordWrap(True)  # a narrow cell wraps (the row grows) instead of being cut
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # narrower than every floor
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # shared out by fit_columns
        titles = list(model.columns)
        quote = titles.index("Quote")
        named = [titles.index(t) for t in NAMED_WIDTHS if t in titles]
        self._floors = {quote: QUOTE_FLOOR} | {titles.index(t): NAMED_WIDTHS[t][1] for t in NAMED_WIDTHS if t in titles}
        self._caps = {titles.index(t): NAMED_WIDTHS[t][0] for t in NAMED_WIDTHS if t in titles}
        self._squeeze = ([quote], named)
        self._stretch = [quote]
        self.fit_height()

    def content_widths(self) -> list[int]:
        """Each column's content width, measured once until the rows change: every cell of a desk's
        hundreds of rows is asked for its size, and a resize must not ask again."""
        if self._content_widths is None:
            self._content_widths = [content_width(self, c) for c in range(self.model().columnCount())]
        return self._content_widths

    def _forget_widths(self) -> None:
        self._content_widths = None
        self._rows_fitted_to = None
        self._fitted = set()

    def sizeHintForColumn(self, column: int) -> int:
        """The widest of the cells with the longest text: a measure of a desk holds hundreds of rows, and
        asking every cell of every column for its size (each through every role) took seconds."""
        model = self._rows_model
        rows = model.rowCount()
        if rows <= MEASURED_ROWS:
            return super().sizeHintForColumn(column)
        texts = model.column_texts(column)
        longest = heapq.nlargest(MEASURED_ROWS, range(rows), key=lambda r: len(texts[r]))
        return (max(self.sizeHintForIndex(model.index(r, column)).width() for r in longest)
                + (1 if self.showGrid() else 0))

    def wanted_width(self) -> int:
        """The width at which no column is cut (the named ones at their widest)."""
        wants = list(self.content_widths())
        for column, cap in self._caps.items():
            wants[column] = min(wants[column], cap)
        return sum(wants) + 2 * self.frameWidth()

    def fit_columns(self) -> list[int]:
        widths = fit_columns(self, self._floors, self._squeeze, self._stretch, self._caps, self.content_widths())
        self._widths = widths
        if self.in_sight():  # row heights follow the column widths and the rows' content
            self._fit_rows_if_stale()
        else:  # measured when the table is painted, i.e. comes into sight
            self.fit_height()
        return widths

    def in_sight(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def rows_fitted(self) -> bool:
        """Whether every row's height follows the current column widths and rows."""
        return (self._rows_fitted_to is not None and self._rows_fitted_to == self._widths
                and len(self._fitted) >= self.model().rowCount())

    def _fit_rows_if_stale(self) -> None:
        if self._widths and not self.rows_fitted():
            if self._rows_fitted_to != self._widths:
                self._fitted = set()
                self._rows_fitted_to = list(self._widths)
            self._fit_rows_in_sight()
        self.fit_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Rows scrolled into sight that are not fitted yet are fitted right after this paint."""
        if not self.rows_fitted() and self._widths and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_after_paint)
        super().paintEvent(event)

    def _fit_after_paint(self) -> None:
        self._fit_pending = False
        if self.in_sight():
            self._fit_rows_if_stale()

    def _fit_rows_in_sight(self) -> None:
        """Fit the rows in sight (and a few around them): a measure of a desk has hundreds of rows, and
        measuring every wrapped cell of every one on each resize froze the window for seconds. The others
        are fitted when they come into sight (their paint asks)."""
        rows = self.model().rowCount()
        seen = self.visibleRegion().boundingRect().translated(-self.viewport().pos())
        first = self.rowAt(seen.top())
        last = self.rowAt(seen.bottom())
        first = 0 if first < 0 else max(0, first - ROWS_AROUND)
        last = rows - 1 if last < 0 else min(rows - 1, last + ROWS_AROUND)
        self._fit_rows(row for row in range(first, last + 1) if row not in self._fitted)

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped cells, up to ``MAX_ROW_LINES`` lines."""
        self._fit_rows(range(self.model().rowCount()))

    def _fit_rows(self, rows: Iterable[int]) -> None:
        line = self.fontMetrics().lineSpacing()
        most = MAX_ROW_LINES * line + 10
        for row in rows:
            self.resizeRowToContents(row)
            if self.rowHeight(row) > most:
                self.setRowHeight(row, most)
            self._fitted.add(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_height(self) -> None:
        header = self.horizontalHeader().sizeHint().height()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount())) or 26
        columns = sum(self.columnWidth(c) for c in range(self.model().columnCount()))
        scroll = self.horizontalScrollBar().sizeHint().height() if columns > self.viewport().width() > 0 else 0
        self.setFixedHeight(header + rows + scroll + 2 * self.frameWidth() + 2)


class Section(QFrame):
    """Shared: a titled card with a badge, a summary line and a table of sources."""

    activated = Signal(int, str)  # document id, annotation id
    gradeRequested = Signal(int, object, str)
    expandedChanged = Signal(bool)

    def __init__(self, name: str, title: str, flagged: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.flagged = flagged
        self.setStyleSheet(SECTION_STYLE.format(name=name, accent=WARNING if flagged else "#c9d2dc"))
        self.title = QLabel(title)
        self.title.setObjectName("comparisonTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long measure or proposition wraps rather than widening the card
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.head = QHBoxLayout()
        self.head.setSpacing(10)
        self.head.addWidget(self.title, 1)  # takes the room there is, wraps only when there is none
        self.summary = QLabel()
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._on_toggled)
        self.body = QWidget()
        self.body.setObjectName("sectionBody")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 10, 10)
        self.layout_.setSpacing(6)
        self.layout_.addLayout(self.head)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.body)
        self.sources = 0

    def _finish_head(self, sources: int) -> None:
        """The toggle goes last in the header; flagged sections start open, the others closed."""
        self.sources = sources
        self.head.addWidget(self.toggle)
        self.set_expanded(self.flagged)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self._show_body(expanded)

    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def _on_toggled(self, expanded: bool) -> None:
        self._show_body(expanded)
        self.expandedChanged.emit(expanded)

    def _show_body(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setText(SectionCounts.tr("Hide the source(s)", "", self.sources) if expanded
                            else SectionCounts.tr("Show the %n source(s)", "", self.sources))

    def _wire(self, table: SourceTable, model: _RowsModel) -> None:
        table.activated.connect(lambda index: self._activate(model, index))
        table.customContextMenuRequested.connect(lambda pos: self._menu(table, model, pos))
        model.gradeRequested.connect(self.gradeRequested)

    def _activate(self, model: _RowsModel, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(int(model.data(index, DOCUMENT_ROLE)), str(model.data(index, ID_ROLE)))

    def _menu(self, table: SourceTable, model: _RowsModel, pos: QPoint) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        row = model.row(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Its Article"), lambda: self._activate(model, index))
        grades = menu.addMenu(self.tr("Grade Source {label}").format(label=row.document_label))
        for grade in RELIABILITY_GRADES:
            action = grades.addAction(f"{grade} · {reliability_label(grade)}")
            action.setCheckable(True)
            action.setChecked(row.reliability == grade)
            action.triggered.connect(lambda _c=False, g=grade: self.gradeRequested.emit(
                row.document_id, g, row.document_label))
        grades.addSeparator()
        grades.addAction(self.tr("Not Graded"), lambda: self.gradeRequested.emit(row.document_id, None, row.document_label))
        menu.exec(table.viewport().mapToGlobal(pos))


class MeasureSection(Section):
    def __init__(self, comparison: MeasureComparison, tolerance_label: str, parent: QWidget | None = None,
                 svg: str | None = None) -> None:
        """``svg``: its chart, drawn already ("": none); drawn here when not given."""
        super().__init__("measureSection", comparison.label, comparison.disagree, parent)
        self.comparison = comparison
        compared = sum(1 for v in comparison.values if v.value is not None)
        if comparison.disagree:
            self.badge = _badge(self.tr("⚠ Sources disagree"), WARNING, "#ffffff")
        elif compared > 1:
            self.badge = _badge(self.tr("✓ Sources agree"), "#dcfce7", AGREE)
        else:
            self.badge = _badge(self.tr("One value"), "#eef0f3", "#4b5563")
        self.head.addWidget(self.badge)
        unit = QLabel(self.tr("unit: {unit}").format(unit=comparison.unit) if comparison.unit else "")
        unit.setTextFormat(Qt.TextFormat.PlainText)
        unit.setStyleSheet("color: #6b7280;")
        self.head.addWidget(unit)
        self._finish_head(len(comparison.values))
        colour = "#7c2d12" if comparison.disagree else "#1f2937"
        self.summary.setText(f"<b style='color:{colour}'>{escape(_sentence(comparison.summary))}</b>")

        self.model = MeasureValuesModel(self)
        self.model.load(comparison.values, tolerance_label)
        self.table = SourceTable(self.model)
        self.table.setObjectName("measureTable")
        self.chart = ChartWidget(self.body)  # never a window of its own, even for a moment (set_svg shows it)
        self.chart.set_svg(svg if svg is not None else measure_chart_svg(comparison, tolerance_label))
        self.body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(12)
        self.body_layout.addWidget(self.table, 3, Qt.AlignmentFlag.AlignTop)
        self.body_layout.addWidget(self.chart, 2)
        self._wire(self.table, self.model)

    def chart_beside(self) -> bool:
        return self.body_layout.direction() == QBoxLayout.Direction.LeftToRight

    def room_needed_beside(self) -> int:
        """How wide the card must be for the table (every column whole) and the chart side by side."""
        margins = self.layout_.contentsMargins()
        return (self.table.wanted_width() + self.body_layout.spacing() + self.chart.minimumWidth()
                + margins.left() + margins.right() + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The chart beside the table when the card is wide enough for both, below it (the table at full
        width) when not."""
        beside = event.size().width() >= max(CHART_BESIDE_FROM, self.room_needed_beside())
        if beside != self.chart_beside():
            self.body_layout.setDirection(QBoxLayout.Direction.LeftToRight if beside
                                          else QBoxLayout.Direction.TopToBottom)
            self.body_layout.setStretch(0, 3 if beside else 0)
            self.body_layout.setStretch(1, 2 if beside else 0)
        super().resizeEvent(event)


class PropositionSection(Section):
    def __init__(self, comparison: PropositionComparison, parent: QWidget | None = None) -> None:
        super().__init__("propositionSection", comparison.label, comparison.contested, parent)
        self.comparison = comparison
        if comparison.contested:
            self.badge = _badge(self.tr("⚠ Contested"), WARNING, "#ffffff")
        else:
            self.badge = _badge(self.tr("Not contested"), "#eef0f3", "#4b5563")
        self.head.addWidget(self.badge)
        self._finish_head(len(comparison.asserts) + len(comparison.denies))

        def who(positions: Sequence[ClaimPosition]) -> str:
            return ", ".join(dict.fromkeys(p.document_label for p in positions))

        asserting, denying = len(comparison.asserts), len(comparison.denies)
        parts = []
        if asserting:
            text = PropositionSectionCounts.tr("%n source(s) assert it ({sources})", "", asserting)
            parts.append(f"<span style='color:{AGREE}'>{escape(text.format(sources=who(comparison.asserts)))}</span>")
        if denying:
            text = PropositionSectionCounts.tr("%n source(s) deny it ({sources})", "", denying)
            parts.append(f"<span style='color:#9f1d1d'>{escape(text.format(sources=who(comparison.denies)))}</span>")
        self.summary.setText("<b>" + " · ".join(parts) + "</b>")
        self.model = PositionsModel(self)
        self.model.load(comparison.asserts, comparison.denies, comparison.contested)
        self.table = SourceTable(self.model)
        self.table.setObjectName("propositionTable")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table)
        self._wire(self.table, self.model)

"""The Timeline tab beside Compare Sources: date measures lined up, and every dated event on one axis.

Top: one row per date measure ("deal announced"), each source's date at its granularity with its
quote, the disagreeing measures first and flagged; a double click (or Enter) shows the quote in its
article. Below: the chart (``desktop.dossier.timeline_chart``, the dossier's drawing) with one lane
per source. Thin: the rows come from ``services.timeline``; it refreshes when annotations, measures
or documents change, once visible.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.chart import WARNING
from desktop.dossier.timeline_chart import event_of, render_timeline
from desktop.services.changes import Changes
from desktop.services.comparison import ALL_STATUSES
from desktop.services.timeline import chart_events, timeline
from desktop.storage.project import Project
from desktop.ui.lineup.chart_widget import ChartWidget

REFRESH_MS = 150
CHART_SCALE = 1.4  # the chart is the picture people look at: drawn a little larger than its natural size


class TimelineChart(ChartWidget):
    """The timeline's SVG, as wide as the tab allows (up to CHART_SCALE), never squeezed below its size."""

    def set_svg(self, svg: str | None) -> None:
        super().set_svg(svg)
        natural = self.natural_size()
        self.setMinimumSize(QSize(natural.width() * 2 // 3, natural.height()) if svg else QSize(0, 0))
        self.setMaximumWidth(int(natural.width() * CHART_SCALE) if svg else 16777215)

    def drawn_rect(self) -> QRectF:
        natural = self.natural_size()
        if natural.isEmpty():
            return QRectF()
        scale = min(self.width() / natural.width(), self.height() / natural.height(), CHART_SCALE)
        return QRectF(0, 0, natural.width() * scale, natural.height() * scale)
BOUND_SIGNS = {"about": "~", "at_least": "≥ ", "at_most": "≤ ", "exact": "", "range": ""}


class TimelineView(QWidget):
    annotationActivated = Signal(int, str)  # document id, annotation id

    def __init__(self, project: Callable[[], Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._project = project
        self._dirty = True
        self._sized = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.include_rejected = QCheckBox("Include rejected")
        self.include_rejected.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("timelineSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.include_rejected)

        self.tree = QTreeWidget()
        self.tree.setObjectName("timelineTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(["Measure / source", "Date", "Granularity", "Status", "Quote"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)

        self.chart = TimelineChart()
        self.chart.setObjectName("timelineChart")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.empty = QLabel("No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — "
                            "and give it a measure such as “deal announced”.")
        self.empty.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)  # the picture first, the rows below it
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    # --- refresh ---------------------------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.annotations or changes.measures or changes.documents or changes.reviews:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def refresh_if_stale(self) -> None:
        if self._dirty or self._timer.isActive():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def statuses(self) -> frozenset[str] | None:
        return ALL_STATUSES if self.include_rejected.isChecked() else None

    def refresh(self) -> None:
        self._timer.stop()
        self._dirty = False
        project = self._project()
        measures = timeline(project, statuses=self.statuses())
        events = chart_events(project, statuses=self.statuses())
        self.tree.clear()
        for m in measures:
            top = QTreeWidgetItem([("⚠ " if m.disagree else "") + m.label,
                                   "sources disagree" if m.disagree else
                                   ("one source" if len(m.values) == 1 else "sources agree"), "", "", ""])
            if m.disagree:
                top.setForeground(0, QBrush(QColor(WARNING)))
                top.setForeground(1, QBrush(QColor(WARNING)))
            for v in m.values:
                shown = (BOUND_SIGNS.get(v.bound, "") + v.iso_text) if v.iso_text else "no date"
                child = QTreeWidgetItem([v.document_label, shown, v.granularity or "", v.status,
                                         " ".join(v.quote.split())])
                child.setData(0, Qt.ItemDataRole.UserRole, (v.document_id, v.annotation_id))
                child.setToolTip(4, v.quote)
                if v.conflicts_with:
                    child.setForeground(1, QBrush(QColor(WARNING)))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.chart.set_svg(render_timeline([event_of(v, clash) for v, clash in events]))
        disagreeing = sum(1 for m in measures if m.disagree)
        self.summary.setText(f"{len(events)} dated event(s), {len(measures)} date measure(s)"
                             + (f", {disagreeing} disagreeing" if disagreeing else ""))
        self.empty.setVisible(not events)
        self.splitter.setVisible(bool(events))
        self._share_height()

    def _share_height(self) -> None:
        """The chart as tall as it draws (up to two thirds of the tab), the rows below it."""
        natural = self.chart.natural_size()
        total = max(self.splitter.height(), 300)
        if natural.isEmpty():
            return
        wanted = int(natural.height() * min(CHART_SCALE, max(1.0, self.splitter.width() / natural.width()))) + 12
        chart = min(wanted, total * 2 // 3)
        self.splitter.setSizes([chart, total - chart])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sized and self.chart.svg:
            self._sized = True
            self._share_height()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.annotationActivated.emit(*target)

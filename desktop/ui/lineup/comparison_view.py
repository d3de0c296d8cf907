"""The comparison view: what every source says about each measure and proposition, side by side.

One section per measure and per proposition; what needs the analyst comes first (disagreeing
measures, then contested propositions), the sections where the sources agree follow, folded to their
one-line summary. A measure's section has a bold headline ("⚠ Sources disagree"), the summary
sentence, and the sources' values in a table with the dossier's chart beside it (below it when the
view is narrow; the outlier is seen at a glance). A proposition's section shows who asserts, who
denies, with quote, speaker, attribution and grades. Double-click (or Enter on) a row to see the quote
in its article; click a Grade cell, or use the context menu, to grade the source. The view is read
below the articles or, with "Open in a Window", in a window of its own.

The view reads through ``desktop.services.comparison``; it refreshes (debounced) when annotations,
measures, propositions, documents or settings change, and only while it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.figures import format_decimal
from desktop.services.changes import Changes
from desktop.services.comparison import (
    HiddenForReview,
    MeasureComparison,
    PropositionComparison,
    compare_measures,
    compare_propositions,
    hidden_for_review,
    statuses_for,
)
from desktop.services.settings import tolerance
from desktop.ui.lineup.comparison_sections import MeasureSection, PropositionSection, Section

if TYPE_CHECKING:
    from desktop.storage.project import Project

REFRESH_MS = 200
WARNING = "#b93a0b"


def tolerance_text(value: Decimal) -> str:
    return f"±{format_decimal(value * 100)}%"


class CompareView(QWidget):
    """Every measure and proposition, with options (statuses shown, what "about" means)."""

    annotationActivated = Signal(int, str)  # document id, annotation id
    gradeRequested = Signal(int, object, str)  # document id, grade | None, source label
    toleranceRequested = Signal(object)  # Decimal, 0.10 for ±10%
    windowRequested = Signal(bool)  # True: read it in a window of its own; False: back in the main window
    statusesChanged = Signal(object)  # frozenset[str]: what the line-up counts (the register follows)

    def __init__(self, project: Callable[[], Project], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._project = project
        self._dirty = True
        self._expanded: dict[str, bool] = {}  # sections the analyst opened or closed, by measure/proposition key
        self.measure_sections: list[MeasureSection] = []
        self.hidden = HiddenForReview({}, {})  # what the options leave out (said in the overview)
        self.empty_label: QLabel | None = None
        self.proposition_sections: list[PropositionSection] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.overview = QLabel()
        self.overview.setObjectName("compareOverview")
        self.overview.setWordWrap(True)
        self.include_pending = QCheckBox("Include pending")
        self.include_pending.setToolTip("Also compare annotations nobody has reviewed yet (proposed, disputed)")
        self.include_pending.setChecked(True)
        self.include_rejected = QCheckBox("Include rejected")
        self.include_rejected.setToolTip("Also compare annotations a reviewer rejected")
        for box in (self.include_pending, self.include_rejected):
            box.toggled.connect(self._on_statuses)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setObjectName("toleranceSpin")
        self.tolerance.setDecimals(0)
        self.tolerance.setRange(0, 50)
        self.tolerance.setSuffix(" %")
        self.tolerance.setPrefix("±")
        self.tolerance.setKeyboardTracking(False)
        self.tolerance.setToolTip("How far from its value a figure stated as “about” may be (project setting)")
        self.tolerance.valueChanged.connect(self._on_tolerance)
        about = QLabel("“about” means")
        about.setStyleSheet("color: #4b5563;")
        self.window_button = QToolButton()
        self.window_button.setObjectName("compareWindowButton")
        self.window_button.setCheckable(True)
        self.window_button.setAutoRaise(True)
        self.window_button.toggled.connect(self._on_window_toggled)
        self.set_in_window(False)
        options = QHBoxLayout()
        options.addWidget(self.include_pending)
        options.addWidget(self.include_rejected)
        options.addSpacing(12)
        options.addWidget(about)
        options.addWidget(self.tolerance)
        options.addStretch(1)
        options.addWidget(self.window_button)
        bar = QVBoxLayout()  # the overview on a line of its own: it reads whole even when the view is narrow
        bar.setContentsMargins(10, 6, 10, 4)
        bar.setSpacing(2)
        bar.addWidget(self.overview)
        bar.addLayout(options)

        self.content = QWidget()
        self.content.setObjectName("compareContent")
        self.content.setStyleSheet("QWidget#compareContent { background: #f4f5f7; }")
        self.sections = QVBoxLayout(self.content)
        self.sections.setContentsMargins(10, 6, 10, 10)
        self.sections.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("compareScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

    # --- where it is read ------------------------------------------------------------------------
    def set_in_window(self, in_window: bool) -> None:
        """Say whether the view is in a window of its own (the button then offers to dock it back)."""
        self.window_button.blockSignals(True)
        self.window_button.setChecked(in_window)
        self.window_button.blockSignals(False)
        self.window_button.setText("Dock in the Main Window" if in_window else "Open in a Window")
        self.window_button.setToolTip(
            "Put the comparison back below the articles" if in_window else
            "Read the comparison in a window of its own, beside the main window or on another screen")

    def _on_window_toggled(self, in_window: bool) -> None:
        self.set_in_window(in_window)
        self.windowRequested.emit(in_window)

    # --- options ---------------------------------------------------------------------------------
    def statuses(self) -> frozenset[str]:
        return statuses_for(self.include_pending.isChecked(), self.include_rejected.isChecked())

    def _on_statuses(self, _on: bool) -> None:
        self.refresh()
        self.statusesChanged.emit(self.statuses())

    def _on_tolerance(self, percent: float) -> None:
        value = Decimal(str(round(percent))) / 100
        if value != tolerance(self._project()):
            self.toleranceRequested.emit(value)

    # --- refreshing ------------------------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.annotations or changes.measures or changes.propositions or changes.documents \
                or changes.settings or changes.entities:
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

    def refresh(self) -> None:
        self._timer.stop()
        self._dirty = False
        project = self._project()
        statuses = self.statuses()
        current = tolerance(project)
        self.tolerance.blockSignals(True)
        self.tolerance.setValue(float(current * 100))
        self.tolerance.blockSignals(False)
        measures = compare_measures(project, statuses=statuses)
        propositions = compare_propositions(project, statuses=statuses)
        position = self.scroll_area.verticalScrollBar().value()
        self.content.setUpdatesEnabled(False)
        try:
            self._clear()
            label = tolerance_text(current)
            self.measure_sections = [MeasureSection(m, label) for m in measures]
            self.proposition_sections = [PropositionSection(p) for p in propositions]
            # What needs the analyst first: disagreeing measures, then contested propositions; then the rest.
            for flagged in (True, False):
                for section in self.measure_sections:
                    if section.flagged == flagged:
                        self._add(section, f"measure:{section.comparison.key}")
                for prop_section in self.proposition_sections:
                    if prop_section.flagged == flagged:
                        self._add(prop_section, f"proposition:{prop_section.comparison.key}")
            hidden = hidden_for_review(project, statuses)
            self.hidden = hidden
            if not measures and not propositions:
                self.empty_label = QLabel(self._empty_text(hidden))
                self.empty_label.setObjectName("compareEmpty")
                self.empty_label.setWordWrap(True)
                self.empty_label.setStyleSheet("color: #4b5563; padding: 16px;")
                self.sections.addWidget(self.empty_label)
            self.sections.addStretch(1)
        finally:
            self.content.setUpdatesEnabled(True)
        self._overview(measures, propositions)
        QTimer.singleShot(0, self.scroll_area, lambda: self.scroll_area.verticalScrollBar().setValue(position))

    def _empty_text(self, hidden: HiddenForReview) -> str:
        """Why the view is empty: nothing tagged yet, or what the options hide and how to show it."""
        if hidden.total == 0:
            return ("Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), "
                    "or claims and the proposition they assert or deny (C).")
        if not self.include_pending.isChecked() and any(hidden.figures.get(s, 0) + hidden.claims.get(s, 0) > 0
                                                         for s in ("proposed", "disputed")):
            return (f"Nothing accepted to compare: {hidden.text()}. Tick Include pending to compare them now, "
                    "or review them (Review › Next Pending, N).")
        return f"Nothing to compare with these options: {hidden.text()}. Tick Include rejected to see them."

    def _add(self, section: Section, key: str) -> None:
        if key in self._expanded:
            section.set_expanded(self._expanded[key])
        section.expandedChanged.connect(lambda on, k=key: self._expanded.__setitem__(k, on))
        section.activated.connect(self.annotationActivated)
        section.gradeRequested.connect(self.gradeRequested)
        self.sections.addWidget(section)

    def _clear(self) -> None:
        self.empty_label = None
        self.measure_sections.clear()
        self.proposition_sections.clear()
        while self.sections.count():
            item = self.sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _overview(self, measures: list[MeasureComparison], propositions: list[PropositionComparison]) -> None:
        disagree = sum(m.disagree for m in measures)
        contested = sum(p.contested for p in propositions)
        parts = []
        if measures:
            text = f"{disagree} of {len(measures)} measure{'s' if len(measures) != 1 else ''}: sources disagree"
            parts.append(f"<span style='color:{WARNING}'>⚠ {text}</span>" if disagree else text)
        if propositions:
            text = f"{contested} of {len(propositions)} proposition{'s' if len(propositions) != 1 else ''} contested"
            parts.append(f"<span style='color:{WARNING}'>⚠ {text}</span>" if contested else text)
        text = "<b>" + " &nbsp;·&nbsp; ".join(parts) + "</b>" if parts else ""
        if parts and self.hidden.total:
            text += f" &nbsp;·&nbsp; <span style='color:#4b5563'>not shown: {self.hidden.text()}</span>"
        self.overview.setText(text)

    # --- finding sections (tests, the menu) ------------------------------------------------------
    def measure_section(self, label: str) -> MeasureSection | None:
        return next((s for s in self.measure_sections if s.comparison.label == label), None)

    def proposition_section(self, label: str) -> PropositionSection | None:
        return next((s for s in self.proposition_sections if s.comparison.label == label), None)

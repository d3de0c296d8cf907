"""The comparison view: what every source says about each measure and proposition, side by side.

One section per measure and per proposition; what needs the analyst comes first (disagreeing
measures, then contested propositions), the sections where the sources agree follow, folded to their
one-line summary. A measure's section has a bold headline ("⚠ Sources disagree"), the summary
sentence, and the sources' values in a table with the dossier's chart beside it (below it when the
view is narrow; the outlier is seen at a glance). A proposition's section shows who asserts, who
denies, with quote, speaker, attribution and grades. Double-click (or Enter on) a row to see the quote
in its article; click a Grade cell, or use the context menu, to grade the source. The view is read
below the articles or, with "Open in a Window", in a window of its own.

The comparison is computed off the GUI thread (``comparison_worker``): the view says "Computing the
comparison…" and fills in when it is done. Each measure and proposition has a slot of its likely height
(``section_slots``); its card, table and chart are built only when the slot comes into sight, so opening a
desk's hundred sections builds the few on screen. The view refreshes (debounced) when annotations,
measures, propositions, documents or settings change, and only while it is on screen; a refresh makes
again only the cards whose comparison changed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
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

from desktop.i18n import Context
from desktop.services.changes import Changes
from desktop.services.comparison import (
    HiddenForReview,
    MeasureComparison,
    PropositionComparison,
    statuses_for,
)
from desktop.services.settings import tolerance
from desktop.ui.lineup.comparison_worker import (
    Comparison,
    ComparisonResult,
    ComparisonWorker,
    section_key,
    tolerance_text,
)
from desktop.ui.lineup.section_slots import SectionSlot, flagged, rows_of

CompareViewCounts = Context("CompareViewCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:
    from desktop.storage.project import Project
    from desktop.ui.lineup.comparison_sections import MeasureSection, PropositionSection, Section

REFRESH_MS = 200
LET_GO_ROWS = 2000  # the values and positions of a line-up no longer shown freed in one turn of the event loop
WARNING = "#b93a0b"


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
        self.hidden = HiddenForReview({}, {})  # what the options leave out (said in the overview)
        self.empty_label: QLabel | None = None
        self.result: ComparisonResult | None = None  # the line-up shown
        self._slots: dict[str, SectionSlot] = {}  # by section key, in the order shown
        self._tolerance_label = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._worker = ComparisonWorker()  # not a child: a run outliving the view emits into a live object
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self._on_failed)
        self._sight_timer = QTimer(self)  # after a scroll or a layout change: build the cards come into sight
        self._sight_timer.setSingleShot(True)
        self._sight_timer.setInterval(0)
        self._sight_timer.timeout.connect(self._build_in_sight)

        self.overview = QLabel()
        self.overview.setObjectName("compareOverview")
        self.overview.setWordWrap(True)
        self.include_pending = QCheckBox(self.tr("Include pending"))
        self.include_pending.setToolTip(self.tr("Also compare annotations nobody has reviewed yet (proposed, disputed)"))
        self.include_pending.setChecked(True)
        self.include_rejected = QCheckBox(self.tr("Include rejected"))
        self.include_rejected.setToolTip(self.tr("Also compare annotations a reviewer rejected"))
        for box in (self.include_pending, self.include_rejected):
            box.toggled.connect(self._on_statuses)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setObjectName("toleranceSpin")
        self.tolerance.setDecimals(0)
        self.tolerance.setRange(0, 50)
        self.tolerance.setSuffix(" %")
        self.tolerance.setPrefix("±")
        self.tolerance.setKeyboardTracking(False)
        self.tolerance.setToolTip(self.tr("How far from its value a figure stated as “about” may be (project setting)"))
        self.tolerance.valueChanged.connect(self._on_tolerance)
        about = QLabel(self.tr("“about” means"))
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
        bar_ = self.scroll_area.verticalScrollBar()
        bar_.valueChanged.connect(lambda _v: self._sight_timer.start())
        bar_.rangeChanged.connect(lambda _a, _b: self._sight_timer.start())
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
        self.window_button.setText(self.tr("Dock in the Main Window") if in_window else self.tr("Open in a Window"))
        self.window_button.setToolTip(
            self.tr("Put the comparison back below the articles") if in_window else
            self.tr("Read the comparison in a window of its own, beside the main window or on another screen"))

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sight_timer.start()  # taller: more cards come into sight

    def computing(self) -> bool:
        """Whether the comparison is being computed (the view says so and fills in when it is done)."""
        return self._worker.busy()

    def refresh(self) -> None:
        """Compute the comparison again, off the GUI thread; the view fills in when it is done."""
        self._timer.stop()
        self._dirty = False
        statuses = self.statuses()
        previous = self.result if self.result is not None and self.result.statuses == statuses else None
        drawn = frozenset(key for key, slot in self._slots.items() if slot.built() and slot.is_measure())
        self._worker.start(self._project(), statuses, previous, drawn)
        if self.result is None or previous is None:
            self.overview.setText(self.tr("Computing the comparison…"))

    def _on_failed(self, message: str) -> None:
        if message:
            self.overview.setText(self.tr("The comparison could not be computed: {reason}").format(reason=message))

    def _on_ready(self, result: ComparisonResult) -> None:
        """Lay the result out: a slot per comparison (cards built when in sight), changed cards made again."""
        if result.statuses != self.statuses():
            return  # the options changed meanwhile: a newer run follows
        if self.result is not None:
            self._let_go([*self.result.measures, *self.result.propositions])
        self.result = result
        self.tolerance.blockSignals(True)
        self.tolerance.setValue(float(result.tolerance * 100))
        self.tolerance.blockSignals(False)
        self.hidden = result.hidden
        self._tolerance_label = tolerance_text(result.tolerance)
        comparisons = result.by_key()
        # What needs the analyst first: disagreeing measures, then contested propositions; then the rest.
        order = [key for wanted in (True, False) for key, c in comparisons.items() if flagged(c) == wanted]
        old = self._slots
        self._slots = {}
        for key in order:
            comparison = comparisons[key]
            slot = old.pop(key, None)
            if slot is None:
                slot = SectionSlot(comparison, self._make_section, self._expanded.get)
            else:
                slot.show_comparison(comparison, result.everything or key in result.changed)
            self._slots[key] = slot
        for slot in old.values():
            slot.hide()
            slot.deleteLater()
        self._lay_out(order)
        if not comparisons:
            self.empty_label = QLabel(self._empty_text(result.hidden))
            self.empty_label.setObjectName("compareEmpty")
            self.empty_label.setWordWrap(True)
            self.empty_label.setStyleSheet("color: #4b5563; padding: 16px;")
            self.sections.insertWidget(0, self.empty_label)
        self._overview(result.measures, result.propositions)
        self._build_in_sight(rebuild=False)  # the cards changed are made again on the next turns, one a turn
        self._sight_timer.start()

    def _let_go(self, comparisons: list[Comparison]) -> None:
        """Free the line-up no longer shown a few comparisons a turn: a desk's, freed at once, is one long C
        call (the last references to tens of thousands of values) that the event loop waits for."""
        def step() -> None:
            freed = 0
            while comparisons and freed < LET_GO_ROWS:
                freed += rows_of(comparisons.pop())
            if comparisons:
                QTimer.singleShot(0, self, step)

        QTimer.singleShot(0, self, step)

    def _lay_out(self, order: list[str]) -> None:
        """The slots in ``order`` (moved, not made again), then the stretch."""
        if self.empty_label is not None:
            self.sections.removeWidget(self.empty_label)
            self.empty_label.hide()
            self.empty_label.deleteLater()
            self.empty_label = None
        items = [self.sections.itemAt(i) for i in range(self.sections.count())]
        current = [item.widget() for item in items if item is not None]
        wanted = [self._slots[key] for key in order]
        if [w for w in current if w is not None] == wanted:
            return
        while self.sections.count():
            self.sections.takeAt(0)
        for slot in wanted:
            self.sections.addWidget(slot)
        self.sections.addStretch(1)

    # --- cards, built when in sight ----------------------------------------------------------------
    def _make_section(self, comparison: object, parent: QWidget) -> Section:
        from desktop.ui.lineup.comparison_sections import (  # with the first card
            MeasureSection,
            PropositionSection,
        )

        if isinstance(comparison, MeasureComparison):
            drawn = self.result.charts.get(section_key(comparison)) if self.result is not None else None
            svg = drawn[1] if drawn is not None and drawn[0] is comparison else None  # drawn by the worker
            section: Section = MeasureSection(comparison, self._tolerance_label, parent, svg=svg)
        else:
            assert isinstance(comparison, PropositionComparison)
            section = PropositionSection(comparison, parent)
        key = section_key(comparison)
        if key in self._expanded:
            section.set_expanded(self._expanded[key])
        section.expandedChanged.connect(lambda on, k=key: self._expanded.__setitem__(k, on))
        section.activated.connect(self.annotationActivated)
        section.gradeRequested.connect(self.gradeRequested)
        return section

    def _build_in_sight(self, rebuild: bool = True) -> None:
        """Build the cards of the slots in sight (and a screen below), never the others, and (``rebuild``) take
        one step to make a stale card in sight again (made hidden, measured, put in place): one step per turn of the
        event loop, the timer looks again for the next.
        Where a slot is, is counted from the slots' heights (a placeholder's estimate, a built card's own),
        not read from the layout, which places them only later."""
        if not self._slots:
            return
        bar = self.scroll_area.verticalScrollBar()
        height = max(self.scroll_area.viewport().height(), 200)
        top, bottom = bar.value(), bar.value() + 2 * height
        margins = self.sections.contentsMargins()
        y = margins.top() + (self.empty_label.sizeHint().height() if self.empty_label is not None else 0)
        built = False
        for slot in self._slots.values():
            if y > bottom:
                break
            tall = max(slot.minimumHeight(), slot.sizeHint().height())
            if y + tall >= top and not slot.built():
                slot.build()
                built = True
                tall = max(slot.minimumHeight(), slot.sizeHint().height())
            elif y + tall >= top and slot.stale():  # one step a turn: made (hidden), measured, put in place
                built = True  # the timer looks again
                if rebuild and not slot.prepared():
                    slot.prepare()
                elif rebuild:
                    slot.build()
                    tall = max(slot.minimumHeight(), slot.sizeHint().height())
                rebuild = False
            y += tall + self.sections.spacing()
        if built:
            self._sight_timer.start()  # the built cards' real heights move the slots below: look again

    def built_sections(self) -> int:
        return sum(slot.built() for slot in self._slots.values())

    def section_count(self) -> int:
        return len(self._slots)

    def built_labels(self) -> set[str]:
        """The labels of the measures and propositions whose cards are built."""
        return {slot.label() for slot in self._slots.values() if slot.built()}

    @property
    def measure_sections(self) -> list[MeasureSection]:
        """The measures' cards built so far, in the comparison's order (disagreeing first)."""
        ordered = [self._slots.get(section_key(c)) for c in (self.result.measures if self.result else [])]
        return [s.section for s in ordered if s is not None and s.section is not None]  # type: ignore[misc]

    @property
    def proposition_sections(self) -> list[PropositionSection]:
        """The propositions' cards built so far, in the comparison's order (contested first)."""
        ordered = [self._slots.get(section_key(c)) for c in (self.result.propositions if self.result else [])]
        return [s.section for s in ordered if s is not None and s.section is not None]  # type: ignore[misc]

    def _empty_text(self, hidden: HiddenForReview) -> str:
        """Why the view is empty: nothing tagged yet, or what the options hide and how to show it."""
        if hidden.total == 0:
            return self.tr("Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), "
                           "or claims and the proposition they assert or deny (C).")
        if not self.include_pending.isChecked() and any(hidden.figures.get(s, 0) + hidden.claims.get(s, 0) > 0
                                                         for s in ("proposed", "disputed")):
            return self.tr("Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, "
                           "or review them (Review › Next Pending, N).").format(hidden=hidden.text())
        return self.tr("Nothing to compare with these options: {hidden}. Tick Include rejected to see them.").format(
            hidden=hidden.text())

    def _overview(self, measures: list[MeasureComparison], propositions: list[PropositionComparison]) -> None:
        disagree = sum(m.disagree for m in measures)
        contested = sum(p.contested for p in propositions)
        parts = []
        if measures:
            text = CompareViewCounts.tr("{disagree} of %n measure(s): sources disagree", "", len(measures)).format(
                disagree=disagree)
            parts.append(f"<span style='color:{WARNING}'>⚠ {text}</span>" if disagree else text)
        if propositions:
            text = CompareViewCounts.tr("{contested} of %n proposition(s) contested", "", len(propositions)).format(
                contested=contested)
            parts.append(f"<span style='color:{WARNING}'>⚠ {text}</span>" if contested else text)
        text = "<b>" + " &nbsp;·&nbsp; ".join(parts) + "</b>" if parts else ""
        if parts and self.hidden.total:
            text += (" &nbsp;·&nbsp; <span style='color:#4b5563'>"
                     + self.tr("not shown: {hidden}").format(hidden=self.hidden.text()) + "</span>")
        self.overview.setText(text)

    # --- finding sections (tests, the menu) ------------------------------------------------------
    def _slot(self, label: str, kind: str) -> SectionSlot | None:
        return next((slot for slot in self._slots.values()
                     if slot.key.startswith(kind + ":") and slot.label() == label), None)

    def measure_section(self, label: str) -> MeasureSection | None:
        """The measure's card, built now if it was not in sight yet."""
        slot = self._slot(label, "measure")
        return slot.build() if slot is not None else None  # type: ignore[return-value]

    def proposition_section(self, label: str) -> PropositionSection | None:
        slot = self._slot(label, "proposition")
        return slot.build() if slot is not None else None  # type: ignore[return-value]

    def scroll_to(self, key: str) -> None:
        """Bring a card into sight (it is built when it gets there)."""
        slot = self._slots.get(key)
        if slot is not None:
            self.sections.activate()
            self.content.adjustSize()
            self.scroll_area.verticalScrollBar().setValue(slot.y())
            self._build_in_sight()

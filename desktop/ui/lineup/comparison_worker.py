"""The comparison computed off the GUI thread: what every source says about each measure and proposition.

``ComparisonWorker.start(project, statuses)`` reads the tolerance, lines up every measure and proposition
(``desktop.services.comparison``) and counts what the statuses hide, in a thread of its own, then emits
``ready`` (in the GUI thread) with a ``ComparisonResult``. A desk's 25,000 figures and claims take seconds of
Python: on the GUI thread that froze the window (and, after an import, every view behind it). Starting again
while a run is under way supersedes it: only the newest run's result is emitted. The result names the
sections whose comparison differs from the previous result, so the view rebuilds only those (a colleague's
change to one measure touches one section). The charts of the changed cards the view has built are drawn
there too (``charts``): the view makes those cards again at once, and drawing a desk's chart is Python work
the window would otherwise wait for.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.domain.figures import format_decimal
from desktop.quiet_gc import no_cycle_collection
from desktop.services.comparison import (
    HiddenForReview,
    MeasureComparison,
    PropositionComparison,
    compare_measures,
    compare_propositions,
    hidden_for_review,
)
from desktop.services.settings import tolerance

if TYPE_CHECKING:
    from desktop.storage.project import Project

Comparison = MeasureComparison | PropositionComparison


def tolerance_text(value: Decimal) -> str:
    """0.10 -> "±10%": what "about" means, as the cards and their charts say it."""
    return f"±{format_decimal(value * 100)}%"


def section_key(comparison: Comparison) -> str:
    """The key of a comparison's section ("measure:<key>", "proposition:<key>"), kept across refreshes."""
    kind = "measure" if isinstance(comparison, MeasureComparison) else "proposition"
    return f"{kind}:{comparison.key}"


@dataclass(frozen=True)
class ComparisonResult:
    """One run's line-up. ``changed``: keys of the sections whose comparison differs from the previous result
    (new ones included); ``everything``: the tolerance changed, so every measure reads differently."""

    measures: list[MeasureComparison]
    propositions: list[PropositionComparison]
    hidden: HiddenForReview
    tolerance: Decimal
    statuses: frozenset[str]
    changed: frozenset[str] = field(default_factory=frozenset)
    everything: bool = True
    charts: dict[str, tuple[MeasureComparison, str]] = field(default_factory=dict)  # key -> (measure, its SVG or "")

    def by_key(self) -> dict[str, Comparison]:
        found: dict[str, Comparison] = {section_key(m): m for m in self.measures}
        found.update((section_key(p), p) for p in self.propositions)
        return found


def compute(project: Project, statuses: frozenset[str], previous: ComparisonResult | None,
            drawn: frozenset[str] = frozenset()) -> ComparisonResult:
    """The line-up, and which sections differ from ``previous`` (plain Python: runs in any thread); ``drawn``:
    the keys of the cards the view has built, whose charts are drawn here when their measure changed."""
    import desktop.dossier.chart  # noqa: F401  (loaded here, not on the GUI thread: the cards draw with it)

    current = tolerance(project)
    measures = compare_measures(project, statuses=statuses, tolerance=current)
    propositions = compare_propositions(project, statuses=statuses)
    hidden = hidden_for_review(project, statuses)
    result = ComparisonResult(measures, propositions, hidden, current, statuses)
    if previous is None or previous.tolerance != current or previous.statuses != statuses:
        return result
    before = previous.by_key()
    changed = frozenset(key for key, comparison in result.by_key().items() if before.get(key) != comparison)
    return ComparisonResult(measures, propositions, hidden, current, statuses, changed, everything=False,
                            charts=_charts(measures, changed & drawn, current))


def _charts(measures: list[MeasureComparison], keys: frozenset[str], current: Decimal) -> dict[str, tuple[MeasureComparison, str]]:
    if not keys:
        return {}
    from desktop.ui.lineup.chart_widget import (
        measure_chart_svg,  # the cards' module: loaded once a card is built
    )

    label = tolerance_text(current)
    return {key: (m, measure_chart_svg(m, label) or "") for m in measures if (key := section_key(m)) in keys}


class ComparisonWorker(QObject):
    """Runs ``compute`` in a worker thread; ``ready`` carries the newest run's result, ``failed`` its error."""

    ready = Signal(object)  # ComparisonResult (emitted from the worker thread: queued to the GUI thread)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = 0
        self._lock = threading.Lock()
        self.ready.connect(self._finished)
        self.failed.connect(self._finished)

    def busy(self) -> bool:
        """Whether a run is under way (its result not handed over yet)."""
        return self._running > 0

    def start(self, project: Project, statuses: frozenset[str], previous: ComparisonResult | None,
              drawn: frozenset[str] = frozenset()) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._running += 1

        def work() -> None:
            try:
                with no_cycle_collection():  # a desk's line-up: no full collection holding the GIL meanwhile,
                    result = compute(project, statuses, previous, drawn)  # and frozen after (desktop.quiet_gc)
            except Exception as exc:  # the project closed under it, the database is gone: said, never raised
                self._emit(generation, None, str(exc))
                return
            self._emit(generation, result, "")

        threading.Thread(target=work, name="evidence-desk: comparison", daemon=True).start()

    def _emit(self, generation: int, result: ComparisonResult | None, error: str) -> None:
        with self._lock:
            newest = generation == self._generation
        try:
            if result is not None and newest:
                self.ready.emit(result)
            elif result is None and newest:
                self.failed.emit(error)
            else:
                self.failed.emit("")  # superseded: only counts the run as ended
        except RuntimeError:  # the view (and this object) went away while the thread ran
            pass

    def _finished(self, *_args: object) -> None:
        self._running = max(0, self._running - 1)

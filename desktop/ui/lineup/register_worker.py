"""The register's lists computed off the GUI thread.

Listing measures and propositions runs the whole desk's comparison (their ⚠ counts are Compare's flags):
200-400 ms of Python on a 50,000-annotation desk, after every tag, undo or import while the register is in
sight. ``RegisterLister`` runs it in a worker thread (a ``BackgroundOp``) and hands the rows back in the GUI
thread; while one run is under way, what is asked meanwhile waits for it and goes in ONE next run (ten tags in
a row: one run under way, one queued). ``stop`` ends it with the window: the worker is waited for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.quick_switch import quick_switching
from desktop.quiet_gc import no_cycle_collection
from desktop.services import register
from desktop.services.changes import Outcome
from desktop.services.register import EntityRow, MeasureRow, PropositionRow
from desktop.ui.lineup.labels import document_labels
from desktop.ui.operation_support import BackgroundOp, Progress

if TYPE_CHECKING:
    from desktop.storage.project import Project

KINDS = ("entity", "measure", "proposition")


@dataclass(frozen=True)
class RegisterLists:
    """One run's rows: the kinds asked for (None: not listed in this run), counted with ``statuses``."""

    project: Project
    statuses: frozenset[str] | None
    labels: dict[int, str]
    entities: list[EntityRow] | None = None
    measures: list[MeasureRow] | None = None
    propositions: list[PropositionRow] | None = None

    def kinds(self) -> set[str]:
        return {kind for kind, rows in zip(KINDS, (self.entities, self.measures, self.propositions), strict=True)
                if rows is not None}


def list_kinds(project: Project, statuses: frozenset[str] | None, kinds: frozenset[str]) -> RegisterLists:
    """The rows of ``kinds`` (plain Python: runs in any thread)."""
    return RegisterLists(
        project, statuses, document_labels(project),
        register.list_entities(project) if "entity" in kinds else None,
        register.list_measures(project, statuses) if "measure" in kinds else None,
        register.list_propositions(project, statuses) if "proposition" in kinds else None)


class RegisterLister(QObject):
    """Lists the register's kinds in a worker thread; ``listed`` (GUI thread) carries each run's rows,
    ``failed`` what went wrong (the project and statuses it was for are in the rows / the error's run)."""

    listed = Signal(object)  # RegisterLists
    failed = Signal(object, object)  # Project, Exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: BackgroundOp | None = None
        self._wanted: set[str] = set()
        self._asked: tuple[Project, frozenset[str] | None] | None = None
        self._stopped = False

    def busy(self) -> bool:
        """Whether a run is under way or asked for (its rows not handed over yet)."""
        return self._running is not None or bool(self._wanted)

    def ask(self, project: Project, statuses: frozenset[str] | None, kinds: set[str]) -> None:
        """List ``kinds`` of ``project``: now, or right after the run under way (what is asked meanwhile joins
        that next run, with the newest project and statuses)."""
        if self._stopped or not kinds:
            return
        self._wanted |= kinds
        self._asked = (project, statuses)
        if self._running is None:
            self._start()

    def _start(self) -> None:
        assert self._asked is not None
        project, statuses = self._asked
        kinds = frozenset(self._wanted)
        self._wanted = set()
        op = self._running = BackgroundOp("register", self)

        def step(_progress: Progress) -> Outcome[RegisterLists]:  # in the worker thread
            with no_cycle_collection(), quick_switching():  # the window gets the GIL back at each of its calls
                return Outcome(list_kinds(project, statuses, kinds))

        op.finished.connect(lambda: self._ended(op, project))
        op.start(step)

    def _ended(self, op: BackgroundOp, project: Project) -> None:
        if op is not self._running:
            return
        self._running = None
        if self._stopped:
            return
        if op.outcome is not None:
            self.listed.emit(op.outcome.value)
        elif isinstance(op.error, Exception):
            self.failed.emit(project, op.error)
        if self._wanted:
            self._start()

    def stop(self) -> None:
        """No more runs; the one under way is waited for and its rows dropped (the window is closing)."""
        self._stopped = True
        self._wanted = set()
        running = self._running
        if running is not None:
            running.stop()
        self._running = None


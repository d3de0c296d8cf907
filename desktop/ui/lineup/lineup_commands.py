"""Undo commands for the line-up: register edits, grades and settings, replayed through the services.

Each register service returns what undoes it (a snapshot, a merge record, the previous grade...), so
one command class serves them all: it holds the *inverse* step computed from the last outcome, and
the step that does the action *again* computed from the undo's outcome. Like every command of the
window, it is pushed after the first run succeeded (``ServiceCommand`` skips the first redo).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.services.changes import Outcome
from desktop.ui.undo_commands import Fail, Report, ServiceCommand

Step = Callable[[], Outcome[Any]]
StepFrom = Callable[[Outcome[Any]], Step]


class ReversibleCommand(ServiceCommand):
    """``inverse(outcome)`` -> the step that undoes what produced ``outcome``;
    ``again(undo_outcome)`` -> the step that redoes it after an undo returned ``undo_outcome``."""

    def __init__(self, text: str, outcome: Outcome[Any], inverse: StepFrom, again: StepFrom,
                 report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._inverse = inverse
        self._again = again
        self._undo_step: Step = inverse(outcome)
        self._redo_step: Step | None = None

    def _undo(self) -> Outcome[Any]:
        outcome = self._undo_step()
        self._redo_step = self._again(outcome)
        return outcome

    def _redo(self) -> Outcome[Any]:
        assert self._redo_step is not None
        outcome = self._redo_step()
        self._undo_step = self._inverse(outcome)
        return outcome

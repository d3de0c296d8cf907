"""Undo commands for review actions. Like ``desktop.ui.undo_commands``, each is pushed only after its
first run succeeded, and replays the services afterwards.

Reviews are append-only: undoing a verdict does not delete it, it appends a withdrawal
(``review.revert_verdict``) that restores the previous status, and the history shows both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.services import adjudication, review
from desktop.services.adjudication import Adjudication
from desktop.services.changes import Outcome
from desktop.storage.project import Project
from desktop.ui.undo_commands import Fail, Report, ServiceCommand


class VerdictCommand(ServiceCommand):
    """Accept / reject / dispute one annotation. Undo withdraws the verdict; redo gives it again."""

    def __init__(self, project: Project, annotation_id: str, verdict: str, comment: str, review_id: str,
                 author_id: int, text: str, report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self.annotation_id = annotation_id  # the window re-selects it after undo/redo
        self.verdict = verdict
        self._comment = comment
        self.review_id = review_id
        self._author_id = author_id

    def _undo(self) -> Outcome[Any]:
        return review.revert_verdict(self._project, self.review_id, self._author_id)

    def _redo(self) -> Outcome[Any]:
        outcome = review.set_verdict(self._project, self.annotation_id, self._author_id, self.verdict,
                                     self._comment)
        self.review_id = outcome.value
        return outcome


class TakeCommand(ServiceCommand):
    """One adjudication decision between A's and B's versions. Undo reverses it (``undo_take``)."""

    def __init__(self, project: Project, a_id: str, b_id: str, choice: str, result: Adjudication,
                 author_id: int, text: str, report: Report, fail: Fail,
                 edited_fields: Mapping[str, Any] | None = None, base: str = "a") -> None:
        super().__init__(text, report, fail)
        self._project = project
        self.a_id = a_id
        self.b_id = b_id
        self.annotation_id = result.created_id or (a_id if choice != "b" else b_id)
        self._choice = choice
        self.result = result
        self._author_id = author_id
        self._edited = dict(edited_fields or {})
        self._base = base

    def _undo(self) -> Outcome[Any]:
        return adjudication.undo_take(self._project, self.result, self._author_id)

    def _redo(self) -> Outcome[Any]:
        outcome = adjudication.take(self._project, self.a_id, self.b_id, self._choice, self._author_id,
                                    self._edited or None, base=self._base)
        self.result = outcome.value
        if outcome.value.created_id:
            self.annotation_id = outcome.value.created_id
        return outcome

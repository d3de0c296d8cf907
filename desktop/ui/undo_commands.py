"""Undo commands: each one replays a user action through the services, never through SQL.

A command is pushed only AFTER its first execution succeeded (``Operations`` runs the service,
then pushes the command with the result), so the first ``redo()`` that ``QUndoStack.push`` calls
does nothing. Later undo/redo calls run the services again; if one fails (someone deleted the
annotation in the meantime), the command reports the error and makes itself obsolete, so the stack
drops it instead of holding a step that cannot be replayed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.services import annotations as annotation_service
from desktop.services import documents as document_service
from desktop.services.changes import Changes, Outcome
from desktop.storage.project import Project

Report = Callable[[Changes], None]
Fail = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` (service calls returning an Outcome) and reports their changes."""

    def __init__(self, text: str, report: Report, fail: Fail) -> None:
        super().__init__(text)
        self._report = report
        self._fail = fail
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Outcome[Any]]) -> None:
        try:
            outcome = step()
        except ValueError as exc:  # AnnotationError and the services' ValueErrors carry user messages
            self.setObsolete(True)
            self._fail(f"Cannot {self.text().lower()}: {exc}")
            return
        self._report(outcome.changes)

    def _redo(self) -> Outcome[Any]:
        raise NotImplementedError

    def _undo(self) -> Outcome[Any]:
        raise NotImplementedError


class CreateAnnotationCommand(ServiceCommand):
    """Tagging. Undo deletes (keeping a snapshot); redo restores the snapshot, so the id never changes and
    the reviews given in between come back with it."""

    def __init__(self, project: Project, annotation_id: str, author_id: int, text: str,
                 report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self.annotation_id = annotation_id
        self._author_id = author_id
        self._snapshot: dict[str, Any] | None = None

    def _undo(self) -> Outcome[Any]:
        outcome = annotation_service.delete_annotation(self._project, self.annotation_id, self._author_id)
        self._snapshot = outcome.value
        return outcome

    def _redo(self) -> Outcome[Any]:
        assert self._snapshot is not None
        return annotation_service.restore_annotation(self._project, self._snapshot, self._author_id)


class UpdateAnnotationCommand(ServiceCommand):
    """One field edit (or a few fields edited together).

    Undo puts the annotation back exactly as it was (``restore_fields``: the values the edit replaced,
    ``modified`` and ``exchanged_modified`` included) and removes the entity, measure, proposition or
    alias the edit created if nothing uses it any more; redo applies the edit again.
    """

    def __init__(self, project: Project, annotation_id: str, fields: dict[str, Any], previous: dict[str, Any],
                 author_id: int, text: str, report: Report, fail: Fail,
                 created: annotation_service.CreatedVocabulary = annotation_service.NOTHING_CREATED) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self.annotation_id = annotation_id
        self._fields = dict(fields)
        self._previous = dict(previous)
        self._created = created
        self._author_id = author_id

    def _undo(self) -> Outcome[Any]:
        return annotation_service.restore_fields(
            self._project, self.annotation_id, self._previous, self._author_id, self._created
        )

    def _redo(self) -> Outcome[Any]:
        outcome = annotation_service.edit_annotation(
            self._project, self.annotation_id, self._author_id, **self._fields
        )
        if outcome.value.previous:
            self._previous = outcome.value.previous
            self._created = outcome.value.created
        return outcome


class DeleteAnnotationCommand(ServiceCommand):
    """Deleting. Undo restores the snapshot the service returned (same id, same fields, same dates, and
    the annotation's reviews and conflict rows)."""

    def __init__(self, project: Project, snapshot: dict[str, Any], author_id: int, text: str,
                 report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self._snapshot = dict(snapshot)
        self.annotation_id = snapshot["id"]
        self._author_id = author_id

    def _undo(self) -> Outcome[Any]:
        return annotation_service.restore_annotation(self._project, self._snapshot, self._author_id)

    def _redo(self) -> Outcome[Any]:
        outcome = annotation_service.delete_annotation(self._project, self.annotation_id, self._author_id)
        self._snapshot = outcome.value
        return outcome


class UpdateDocumentCommand(ServiceCommand):
    """Editing a document's metadata (title, outlet, reliability...)."""

    def __init__(self, project: Project, document_id: int, fields: dict[str, Any], previous: dict[str, Any],
                 author_id: int, text: str, report: Report, fail: Fail) -> None:
        super().__init__(text, report, fail)
        self._project = project
        self.document_id = document_id
        self._fields = dict(fields)
        self._previous = dict(previous)
        self._author_id = author_id

    def _undo(self) -> Outcome[Any]:
        return document_service.update_document(self._project, self.document_id, self._author_id, **self._previous)

    def _redo(self) -> Outcome[Any]:
        outcome = document_service.update_document(self._project, self.document_id, self._author_id, **self._fields)
        if outcome.value:
            self._previous = outcome.value
        return outcome

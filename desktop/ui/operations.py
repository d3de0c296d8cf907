"""Every user action goes through here: run the service, push the undo step, announce what changed.

Views never call services that write; they call a method of ``Operations``. A method runs the
service (one transaction), and only if it succeeded pushes an undo command holding what is needed to
reverse it, then emits ``changed`` with the typed change set so each view refreshes what it shows.
A service error (``AnnotationError``, ``ValueError``: messages written for the user) is emitted on
``failed`` and nothing is pushed, so the undo stack always matches the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.services import annotations as annotation_service
from desktop.services import documents as document_service
from desktop.services.changes import Changes
from desktop.services.queries import get_annotation
from desktop.storage.project import Project
from desktop.ui.annotation_list import describe_annotation
from desktop.ui.undo_commands import (
    CreateAnnotationCommand,
    DeleteAnnotationCommand,
    UpdateAnnotationCommand,
    UpdateDocumentCommand,
)

if TYPE_CHECKING:
    from desktop.ui.review.review_operations import ReviewOperations

# How an edit reads in Edit > Undo "..." and in the status bar.
FIELD_LABELS = {
    "status": "status", "note": "note", "entity_id": "entity", "entity_name": "entity",
    "value": "value", "value_max": "upper value", "unit": "unit", "bound": "bound",
    "measure_id": "measure", "measure_label": "measure", "machine_read": "machine-read flag",
    "proposition_id": "proposition", "proposition_label": "proposition", "stance": "stance",
    "speaker_id": "speaker", "speaker_name": "speaker", "attributed_to": "attribution",
    "credibility": "credibility", "kind": "kind",
    "title": "title", "language": "language", "outlet": "outlet", "url": "URL",
    "published": "publication date", "reliability": "reliability",
}


def _fields_label(fields: Iterable[str]) -> str:
    labels: list[str] = []
    for name in fields:
        label = FIELD_LABELS.get(name, name)
        if label not in labels and name != "machine_read":
            labels.append(label)
    return ", ".join(labels) or "fields"


class Operations(QObject):
    """The project, the current author and the undo stack; one method per user action."""

    changed = Signal(object)  # desktop.services.changes.Changes
    failed = Signal(str)  # a message for the user: the action was not done
    message = Signal(str)  # a short status-bar line after an action
    projectReplaced = Signal()  # another project was opened: every view reloads
    authorChanged = Signal(int)

    def __init__(self, project: Project, author_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._author_id = author_id
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._review_ops: ReviewOperations | None = None

    # --- state -----------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def author_id(self) -> int:
        return self._author_id

    def set_author(self, author_id: int) -> None:
        if author_id != self._author_id:
            self._author_id = author_id
            self.authorChanged.emit(author_id)

    def replace_project(self, project: Project, author_id: int) -> Project:
        """Work on another project from now on; returns the previous one (the caller closes it)."""
        previous = self._project
        self.undo_stack.clear()  # its commands point into the old project
        self._project = project
        self._author_id = author_id
        self.projectReplaced.emit()
        return previous

    # --- annotations -----------------------------------------------------------------------------
    def tag(self, document_id: int, kind: str, start: int, end: int) -> str | None:
        """Tag [start, end) (code points) as ``kind``; returns the new annotation id, or None on refusal."""
        try:
            outcome = annotation_service.create_annotation(
                self._project, document_id=document_id, start=start, end=end, kind=kind,
                author_id=self._author_id,
            )
        except ValueError as exc:
            self.failed.emit(str(exc))
            return None
        annotation_id = outcome.value
        self.undo_stack.push(CreateAnnotationCommand(
            self._project, annotation_id, self._author_id, f"Tag {kind}", self._report, self._fail,
        ))
        self.changed.emit(outcome.changes)
        view = get_annotation(self._project, annotation_id)
        if view is not None:
            self.message.emit(f"Tagged {describe_annotation(view)}")
        return annotation_id

    def update_annotation(self, annotation_id: str, **fields: Any) -> bool:
        """Edit fields of an annotation as ONE undoable step. False if refused (see ``failed``).

        ``status`` is not a field: it goes through the review trail (:meth:`set_status`); given with
        other fields, both make one step (one Ctrl+Z undoes the verdict and the edit).
        """
        status = fields.pop("status", None)
        if not fields:
            return True if status is None else self.set_status(annotation_id, status)
        try:
            outcome = annotation_service.edit_annotation(
                self._project, annotation_id, self._author_id, **fields
            )
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        edit = outcome.value
        if not edit.previous:
            if not outcome.changes.empty:  # e.g. an alias recorded, though the annotation kept its values
                self.changed.emit(outcome.changes)
            return True if status is None else self.set_status(annotation_id, status)
        view = get_annotation(self._project, annotation_id) if status is not None else None
        with_verdict = view is not None and view.status != status
        label = _fields_label([*fields, "status"] if with_verdict else fields)
        if with_verdict:
            self.undo_stack.beginMacro(f"Edit {label}")
        self.undo_stack.push(UpdateAnnotationCommand(
            self._project, annotation_id, fields, edit.previous, self._author_id, f"Edit {label}",
            self._report, self._fail, created=edit.created,
        ))
        self.changed.emit(outcome.changes)
        done = True
        if with_verdict:
            done = self.set_status(annotation_id, str(status))
            self.undo_stack.endMacro()
        self.message.emit(f"Changed {label}")
        return done

    def set_status(self, annotation_id: str, status: str) -> bool:
        """Accept, reject, dispute (or set back to proposed) as a verdict in the review trail: a review by
        the current author, journalled; Ctrl+Z withdraws it (``review.revert_verdict``). False if refused."""
        view = get_annotation(self._project, annotation_id)
        if view is not None and view.status == status:
            return True
        return self.review_operations().set_verdict(annotation_id, status) is not None

    def review_operations(self) -> ReviewOperations:
        """The review feature's operations on this window's project and undo stack (made on first use)."""
        if self._review_ops is None:
            from desktop.ui.review.review_operations import ReviewOperations  # imports this module

            self._review_ops = ReviewOperations(self, self)
        return self._review_ops

    def delete_annotation(self, annotation_id: str) -> bool:
        try:
            outcome = annotation_service.delete_annotation(self._project, annotation_id, self._author_id)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        snapshot = outcome.value
        self.undo_stack.push(DeleteAnnotationCommand(
            self._project, snapshot, self._author_id, f"Delete {snapshot['kind']}", self._report, self._fail,
        ))
        self.changed.emit(outcome.changes)
        quote = snapshot["quote"]
        short = quote if len(quote) <= 40 else quote[:39] + "…"
        self.message.emit(f"Deleted {snapshot['kind']} “{short}” (Ctrl+Z brings it back)")
        return True

    # --- documents -------------------------------------------------------------------------------
    def update_document(self, document_id: int, **fields: Any) -> bool:
        try:
            outcome = document_service.update_document(self._project, document_id, self._author_id, **fields)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        if not outcome.value:
            return True
        label = _fields_label(outcome.value)
        self.undo_stack.push(UpdateDocumentCommand(
            self._project, document_id, fields, outcome.value, self._author_id, f"Edit document {label}",
            self._report, self._fail,
        ))
        self.changed.emit(outcome.changes)
        self.message.emit(f"Changed document {label}")
        return True

    def delete_document(self, document_id: int) -> bool:
        """Delete a document and its annotations. Not undoable: it also clears the undo history."""
        try:
            outcome = document_service.delete_document(self._project, document_id, self._author_id)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.clear()  # earlier steps may point at the annotations just deleted
        self.changed.emit(outcome.changes)
        self.message.emit("Deleted the document and its annotations")
        return True

    def import_files(self, paths: Sequence[str], progress: Callable[[int, int, str], object] | None = None,
                     full_text: bool = False) -> Any:
        """Import text files as documents (not undoable); returns the service's ImportReport.

        ``progress(done, total, name)`` is called before each file; returning False stops the import.
        """
        from desktop.services import importing  # only when the analyst imports

        try:
            report = importing.import_files(self._project, [str(p) for p in paths], progress,
                                            author_id=self._author_id, full_text=full_text)
        except ValueError as exc:
            self.failed.emit(str(exc))
            return None
        if not report.changes.empty:
            self.changed.emit(report.changes)
        self.message.emit(report.summary())
        return report

    def add_fetched(self, doc: Any, known: tuple[str, ...]) -> int | None:
        """Store a fetched page (``services.web.prepare_exchange``) as a document (not undoable)."""
        from desktop.services import web  # only when the analyst adds a page

        try:
            result = web.store_page(self._project, doc, known, author_id=self._author_id)
        except (ValueError, web.ImportRefused) as exc:
            self.failed.emit(str(exc))
            return None
        self.changed.emit(Changes(documents=frozenset({result.document_id})))
        self.message.emit(f"{known[0] if known else 'The page'}: {result.outcome_text()}")
        return result.document_id

    # --- undo ------------------------------------------------------------------------------------
    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _report(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def _fail(self, message: str) -> None:
        self.failed.emit(message)

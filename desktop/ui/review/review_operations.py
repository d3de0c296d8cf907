"""Every review write from the window goes through here: run the service (one transaction), push the
undo step, announce what changed on the window's ``Operations`` (``changed`` / ``failed`` / ``message``).

A refused action (the services' ``ValueError``s carry messages for the user) is emitted on
``ops.failed`` and nothing is pushed, so the undo stack always matches the project.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from desktop.services import adjudication, review
from desktop.services.adjudication import Adjudication
from desktop.services.queries import get_annotation
from desktop.ui.annotation_list import describe_annotation
from desktop.ui.operations import Operations
from desktop.ui.review.review_commands import TakeCommand, VerdictCommand

VERDICT_WORDS = {"accepted": "Accept", "rejected": "Reject", "disputed": "Dispute", "proposed": "Reopen"}
CHOICE_WORDS = {"a": "Take A's version", "b": "Take B's version", "both": "Take both versions",
                "edited": "Take an edited version"}


class ReviewOperations(QObject):
    """Verdicts, comments and adjudication decisions as undoable steps on the window's undo stack."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else operations)
        self.ops = operations

    # --- verdicts --------------------------------------------------------------------------------
    def set_verdict(self, annotation_id: str, verdict: str, comment: str = "") -> str | None:
        """Accept / reject / dispute (or reopen) an annotation; returns the review id, None if refused."""
        ops = self.ops
        try:
            outcome = review.set_verdict(ops.project, annotation_id, ops.author_id, verdict, comment)
        except ValueError as exc:
            ops.failed.emit(str(exc))
            return None
        word = VERDICT_WORDS.get(verdict, verdict)
        ops.undo_stack.push(VerdictCommand(
            ops.project, annotation_id, verdict, comment, outcome.value, ops.author_id, f"{word} annotation",
            ops.changed.emit, ops.failed.emit,
        ))
        ops.changed.emit(outcome.changes)
        view = get_annotation(ops.project, annotation_id)
        if view is not None:
            ops.message.emit(f"{verdict.capitalize()} {describe_annotation(view)} (Ctrl+Z withdraws it)")
        return outcome.value

    def revert(self, review_id: str) -> str | None:
        """Withdraw a verdict outside the undo stack (the history keeps both); returns the new review id."""
        ops = self.ops
        try:
            outcome = review.revert_verdict(ops.project, review_id, ops.author_id)
        except ValueError as exc:
            ops.failed.emit(str(exc))
            return None
        ops.changed.emit(outcome.changes)
        ops.message.emit("Verdict withdrawn")
        return outcome.value

    # --- discussion ------------------------------------------------------------------------------
    def add_comment(self, annotation_id: str, text: str, parent_id: str | None = None) -> str | None:
        """A comment (or a reply to ``parent_id``); returns its id, None if refused.

        Not undoable: reviews are append-only and the core has no way to withdraw a comment.
        """
        ops = self.ops
        try:
            outcome = review.add_comment(ops.project, annotation_id, ops.author_id, text, parent_id)
        except ValueError as exc:
            ops.failed.emit(str(exc))
            return None
        ops.changed.emit(outcome.changes)
        ops.message.emit("Reply posted" if parent_id else "Comment posted")
        return outcome.value

    # --- adjudication ----------------------------------------------------------------------------
    def take(self, a_id: str, b_id: str, choice: str, edited_fields: Mapping[str, Any] | None = None,
             base: str = "a") -> Adjudication | None:
        """Settle A's and B's versions (``a``, ``b``, ``both`` or ``edited``); None if refused."""
        ops = self.ops
        try:
            outcome = adjudication.take(ops.project, a_id, b_id, choice, ops.author_id, edited_fields, base=base)
        except ValueError as exc:
            ops.failed.emit(str(exc))
            return None
        ops.undo_stack.push(TakeCommand(
            ops.project, a_id, b_id, choice, outcome.value, ops.author_id, CHOICE_WORDS[choice],
            ops.changed.emit, ops.failed.emit, edited_fields, base,
        ))
        ops.changed.emit(outcome.changes)
        ops.message.emit(f"{CHOICE_WORDS[choice]} (Ctrl+Z undoes it)")
        return outcome.value

    def undo_take(self, result: Adjudication) -> bool:
        """Reverse a decision outside the undo stack (normally Ctrl+Z does it)."""
        ops = self.ops
        try:
            outcome = adjudication.undo_take(ops.project, result, ops.author_id)
        except ValueError as exc:
            ops.failed.emit(str(exc))
            return False
        ops.changed.emit(outcome.changes)
        ops.message.emit("Decision undone")
        return True

"""The review feature's writes, as thin methods over the window's runner (``desktop.ui.operations``).

Verdicts are the window's own (``Operations.set_verdict``: the panel's status goes through the review
trail too); here are comments, withdrawing a verdict outside the undo stack, and adjudication. One
instance per window, made by ``desktop.ui.review.install``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services import review
from desktop.ui.operations import Operations

if TYPE_CHECKING:  # adjudication is imported when a decision is first taken, not at start-up
    from desktop.services.adjudication import Adjudication

CHOICE_WORDS = {"a": QT_TRANSLATE_NOOP("ReviewOperations", "Take A's version"),
                "b": QT_TRANSLATE_NOOP("ReviewOperations", "Take B's version"),
                "both": QT_TRANSLATE_NOOP("ReviewOperations", "Take both versions"),
                "edited": QT_TRANSLATE_NOOP("ReviewOperations", "Take an edited version")}


class ReviewOperations(QObject):
    """Verdicts, comments and adjudication decisions; undoable ones land on the window's undo stack."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else operations)
        self.ops = operations

    # --- verdicts --------------------------------------------------------------------------------
    def set_verdict(self, annotation_id: str, verdict: str, comment: str = "") -> str | None:
        """Accept / reject / dispute (or reopen) an annotation; returns the review id, None if refused."""
        return self.ops.set_verdict(annotation_id, verdict, comment)

    def revert(self, review_id: str) -> str | None:
        """Withdraw a verdict outside the undo stack (the history keeps both); returns the new review id."""
        ops = self.ops
        p, a = ops.project, ops.author_id
        outcome = ops.run(self.tr("Withdraw verdict"), lambda: review.revert_verdict(p, review_id, a),
                          message=self.tr("Verdict withdrawn"))
        return None if outcome is None else outcome.value

    # --- discussion ------------------------------------------------------------------------------
    def add_comment(self, annotation_id: str, text: str, parent_id: str | None = None) -> str | None:
        """A comment (or a reply to ``parent_id``); returns its id, None if refused.

        Not undoable: reviews are append-only and the core has no way to withdraw a comment.
        """
        ops = self.ops
        p, a = ops.project, ops.author_id
        outcome = ops.run(self.tr("Reply") if parent_id else self.tr("Comment"),
                          lambda: review.add_comment(p, annotation_id, a, text, parent_id),
                          message=self.tr("Reply posted") if parent_id else self.tr("Comment posted"))
        return None if outcome is None else outcome.value

    # --- adjudication ----------------------------------------------------------------------------
    def take(self, a_id: str, b_id: str, choice: str, edited_fields: Mapping[str, Any] | None = None,
             base: str = "a") -> Adjudication | None:
        """Settle A's and B's versions (``a``, ``b``, ``both`` or ``edited``); None if refused.

        Ctrl+Z reverses the decision (``undo_take``); redo decides again."""
        from desktop.services import adjudication

        ops = self.ops
        p, me = ops.project, ops.author_id
        edited = dict(edited_fields or {})
        label = self.tr(CHOICE_WORDS[choice]) if choice in CHOICE_WORDS else choice

        def target(outcome: Any) -> str:
            return outcome.value.created_id or (a_id if choice != "b" else b_id)

        outcome = ops.run(
            label, lambda: adjudication.take(p, a_id, b_id, choice, me, edited or None, base=base),
            undo=lambda o: lambda: adjudication.undo_take(p, o.value, me),
            target=target, message=self.tr("{action} (Ctrl+Z undoes it)").format(action=label))
        return None if outcome is None else outcome.value

    def undo_take(self, result: Adjudication) -> bool:
        """Reverse a decision outside the undo stack (normally Ctrl+Z does it)."""
        from desktop.services import adjudication

        ops = self.ops
        p, a = ops.project, ops.author_id
        outcome = ops.run(self.tr("Undo decision"), lambda: adjudication.undo_take(p, result, a), message=self.tr("Decision undone"))
        return outcome is not None

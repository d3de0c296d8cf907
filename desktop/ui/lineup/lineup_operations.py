"""The line-up's writing actions: run the service, push an undo step, announce what changed.

Like the window's ``Operations`` (whose undo stack and signals it uses), a method runs one service
call; a refusal (``RegisterError``, ``SuggestionError``, any ``ValueError`` with a user message) is
emitted on ``ops.failed`` and nothing is pushed. Each undo step replays the services: a rename is
undone by ``restore_*``, a merge by ``unmerge``, a creation by ``delete_*`` (and redone by
``undelete``, so ids stay stable), an accepted suggestion by deleting the annotation it created.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.services import grading, register, settings, suggestions
from desktop.services.changes import Outcome
from desktop.services.suggestions import FigureSuggestion, MentionSuggestion
from desktop.ui.lineup.lineup_commands import ReversibleCommand, Step, StepFrom
from desktop.ui.undo_commands import CreateAnnotationCommand

if TYPE_CHECKING:
    from desktop.storage.project import Project
    from desktop.ui.operations import Operations

Suggestion = MentionSuggestion | FigureSuggestion
KINDS = ("entity", "measure", "proposition")


class LineupOperations:
    """One method per line-up action; each returns the service's outcome value, or None if refused."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    @property
    def project(self) -> Project:
        return self.ops.project

    @property
    def author_id(self) -> int:
        return self.ops.author_id

    # --- the machinery ---------------------------------------------------------------------------
    def _run(self, text: str, step: Step, inverse: StepFrom, again: StepFrom | None = None,
             message: str | None = None) -> Outcome[Any] | None:
        try:
            outcome = step()
        except ValueError as exc:
            self.ops.failed.emit(str(exc))
            return None
        if outcome.changes.empty:  # nothing happened (same name, alias already there): nothing to undo
            return outcome
        self.ops.undo_stack.push(ReversibleCommand(text, outcome, inverse, again or (lambda _undone: step),
                                                   self.ops.changed.emit, self.ops.failed.emit))
        self.ops.changed.emit(outcome.changes)
        self.ops.message.emit(message or text)
        return outcome

    # --- entities --------------------------------------------------------------------------------
    def create_entity(self, name: str, type_: str | None = None) -> int | None:
        p, a = self.project, self.author_id
        outcome = self._run(f"Add entity “{name}”", lambda: register.create_entity(p, name, type_, author_id=a),
                            lambda o: lambda: register.delete_entity(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    def rename(self, kind: str, item_id: int, new_name: str) -> bool:
        p, a = self.project, self.author_id
        rename: Callable[..., Outcome[Any]] = {
            "entity": register.rename_entity, "measure": register.rename_measure,
            "proposition": register.rename_proposition}[kind]
        restore: Callable[..., Outcome[Any]] = {
            "entity": register.restore_entity, "measure": register.restore_measure,
            "proposition": register.restore_proposition}[kind]
        outcome = self._run(f"Rename {kind} to “{new_name}”", lambda: rename(p, item_id, new_name, a),
                            lambda o: lambda: restore(p, o.value, a))
        return outcome is not None

    def add_alias(self, entity_id: int, alias: str) -> bool:
        p, a = self.project, self.author_id
        outcome = self._run(f"Add alias “{alias}”", lambda: register.add_alias(p, entity_id, alias, a),
                            lambda _o: lambda: register.remove_alias(p, entity_id, alias, a))
        return bool(outcome and outcome.value)

    def remove_alias(self, entity_id: int, alias: str) -> bool:
        p, a = self.project, self.author_id
        outcome = self._run(f"Remove alias “{alias}”", lambda: register.remove_alias(p, entity_id, alias, a),
                            lambda _o: lambda: register.add_alias(p, entity_id, alias, a))
        return bool(outcome and outcome.value)

    def split_alias(self, entity_id: int, alias: str) -> int | None:
        """The alias becomes its own entity (its mentions follow); undo merges it back."""
        p, a = self.project, self.author_id
        outcome = self._run(f"Split “{alias}” off", lambda: register.split_alias(p, entity_id, alias, a),
                            lambda o: lambda: register.merge_entities(p, entity_id, o.value, a),
                            lambda o: lambda: register.unmerge(p, o.value, a))
        return outcome.value if outcome else None

    def set_entity_type(self, entity_id: int, type_: str) -> bool:
        p, a = self.project, self.author_id
        outcome = self._run(f"Set type to {type_}", lambda: register.set_entity_type(p, entity_id, type_, a),
                            lambda o: lambda: register.restore_entity(p, o.value, a))
        return outcome is not None

    # --- measures and propositions ---------------------------------------------------------------
    def create_measure(self, label: str, unit: str = "") -> int | None:
        p, a = self.project, self.author_id
        outcome = self._run(f"Add measure “{label}”", lambda: register.create_measure(p, label, unit, a),
                            lambda o: lambda: register.delete_measure(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    def set_measure_unit(self, measure_id: int, unit: str) -> bool:
        p, a = self.project, self.author_id
        outcome = self._run(f"Set unit to “{unit}”", lambda: register.set_measure_unit(p, measure_id, unit, a),
                            lambda o: lambda: register.restore_measure(p, o.value, a))
        return outcome is not None

    def create_proposition(self, label: str) -> int | None:
        p, a = self.project, self.author_id
        outcome = self._run(f"Add proposition “{label}”", lambda: register.create_proposition(p, label, a),
                            lambda o: lambda: register.delete_proposition(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    # --- merging (every kind) --------------------------------------------------------------------
    def merge(self, kind: str, keep_id: int, merge_id: int, keep_name: str = "", merged_name: str = "") -> bool:
        """Fold ``merge_id`` into ``keep_id``: its annotations follow; undo brings it back (same id)."""
        p, a = self.project, self.author_id
        merge: Callable[..., Outcome[Any]] = {
            "entity": register.merge_entities, "measure": register.merge_measures,
            "proposition": register.merge_propositions}[kind]
        text = f"Merge “{merged_name}” into “{keep_name}”" if keep_name else f"Merge {kind}s"
        outcome = self._run(text, lambda: merge(p, keep_id, merge_id, a),
                            lambda o: lambda: register.unmerge(p, o.value, a),
                            message=f"{text} (Ctrl+Z to undo)")
        return outcome is not None

    # --- grades and settings ---------------------------------------------------------------------
    def set_reliability(self, document_id: int, grade: str | None, label: str = "") -> bool:
        p, a = self.project, self.author_id
        shown = grade or "not graded"
        outcome = self._run(f"Grade source {label or document_id}: {shown}",
                            lambda: grading.set_reliability(p, document_id, grade, a),
                            lambda o: lambda: grading.set_reliability(p, document_id, o.value, a))
        return outcome is not None

    def set_tolerance(self, value: Decimal) -> bool:
        p = self.project
        percent = f"{(value * 100).normalize():f}"
        outcome = self._run(f"Set “about” to ±{percent}%", lambda: settings.set_tolerance(p, value),
                            lambda o: lambda: settings.set_tolerance(p, Decimal(o.value)))
        return outcome is not None

    # --- suggestions -----------------------------------------------------------------------------
    def accept(self, suggestion: Suggestion, measure_id: int | None = None) -> str | None:
        """Tag the suggestion; returns the new annotation's id (Ctrl+Z deletes it)."""
        try:
            outcome = self._accept(suggestion, measure_id)
        except ValueError as exc:
            self.ops.failed.emit(str(exc))
            return None
        self._push_created(outcome.value, suggestion)
        self.ops.changed.emit(outcome.changes)
        return outcome.value

    def accept_many(self, items: Sequence[Suggestion], measure_id: int | None = None) -> list[str]:
        """Accept several as ONE undo step; nothing is written if one of them went stale."""
        if not items:
            return []
        try:
            if measure_id is None:
                outcome = suggestions.accept_all(self.project, list(items), self.author_id)
                pairs = list(zip(outcome.value, items, strict=True))
                changes = outcome.changes
            else:
                pairs, changes = [], None
                for item in items:
                    one = self._accept(item, measure_id)
                    pairs.append((one.value, item))
                    changes = one.changes if changes is None else changes | one.changes
        except ValueError as exc:
            self.ops.failed.emit(str(exc))
            return []
        stack = self.ops.undo_stack
        stack.beginMacro(f"Accept {len(pairs)} suggestion{'s' if len(pairs) != 1 else ''}")
        for annotation_id, item in pairs:
            self._push_created(annotation_id, item)
        stack.endMacro()
        assert changes is not None
        self.ops.changed.emit(changes)
        return [annotation_id for annotation_id, _ in pairs]

    def _accept(self, suggestion: Suggestion, measure_id: int | None) -> Outcome[str]:
        if isinstance(suggestion, MentionSuggestion):
            return suggestions.accept_mention(self.project, suggestion, self.author_id)
        return suggestions.accept_figure(self.project, suggestion, self.author_id, measure_id=measure_id)

    def _push_created(self, annotation_id: str, suggestion: Suggestion) -> None:
        kind = "mention" if isinstance(suggestion, MentionSuggestion) else "figure"
        self.ops.undo_stack.push(CreateAnnotationCommand(
            self.project, annotation_id, self.author_id, f"Accept {kind} “{suggestion.surface}”",
            self.ops.changed.emit, self.ops.failed.emit,
        ))

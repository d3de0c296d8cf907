"""The line-up's writing actions, as thin methods over the window's runner (``desktop.ui.operations``).

A method runs one service call through ``ops.run``; a refusal (``RegisterError``, ``SuggestionError``,
any ``ValueError`` with a user message) or a storage error is shown once and nothing is pushed. Each undo
step replays the services: a rename is undone by ``restore_*``, a merge by ``unmerge``, a creation by
``delete_*`` (and redone by ``undelete``, so ids stay stable), an accepted suggestion by deleting the
annotation it created (and redone by restoring it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.domain.words import entity_type_name
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services import annotations as annotation_service
from desktop.services.changes import Changes, Outcome
from desktop.ui.operation_support import Step, StepFrom

if TYPE_CHECKING:
    from desktop.services.suggestions import FigureSuggestion, MentionSuggestion
    from desktop.storage.project import Project
    from desktop.ui.operations import Operations

    Suggestion = MentionSuggestion | FigureSuggestion
KINDS = ("entity", "measure", "proposition")

Lineup = Context("Lineup")
NOUNS = {"entity": QT_TRANSLATE_NOOP("Lineup", "entity"), "measure": QT_TRANSLATE_NOOP("Lineup", "measure"),
         "proposition": QT_TRANSLATE_NOOP("Lineup", "proposition")}
MERGE_LABELS = {"entity": QT_TRANSLATE_NOOP("Lineup", "Merge entities"),
                "measure": QT_TRANSLATE_NOOP("Lineup", "Merge measures"),
                "proposition": QT_TRANSLATE_NOOP("Lineup", "Merge propositions")}


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
        """One undoable line-up step; an outcome that changed nothing (same name, alias already there)
        pushes nothing and says nothing."""
        return self.ops.run(text, step, undo=inverse, redo=again,
                            message=lambda o: None if o.changes.empty else (message or text))

    # --- entities --------------------------------------------------------------------------------
    def create_entity(self, name: str, type_: str | None = None) -> int | None:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Add entity “{name}”").format(name=name), lambda: register.create_entity(p, name, type_, author_id=a),
                            lambda o: lambda: register.delete_entity(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    def rename(self, kind: str, item_id: int, new_name: str) -> bool:
        from desktop.services import register

        p, a = self.project, self.author_id
        renames: dict[str, Callable[..., Any]] = {
            "entity": register.rename_entity, "measure": register.rename_measure,
            "proposition": register.rename_proposition}
        restores: dict[str, Callable[..., Any]] = {
            "entity": register.restore_entity, "measure": register.restore_measure,
            "proposition": register.restore_proposition}
        rename, restore = renames[kind], restores[kind]
        outcome = self._run(Lineup.tr("Rename {kind} to “{name}”").format(kind=Lineup.tr(NOUNS[kind]), name=new_name), lambda: rename(p, item_id, new_name, a),
                            lambda o: lambda: restore(p, o.value, a))
        return outcome is not None

    def add_alias(self, entity_id: int, alias: str) -> bool:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Add alias “{alias}”").format(alias=alias), lambda: register.add_alias(p, entity_id, alias, a),
                            lambda _o: lambda: register.remove_alias(p, entity_id, alias, a))
        return bool(outcome and outcome.value)

    def remove_alias(self, entity_id: int, alias: str) -> bool:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Remove alias “{alias}”").format(alias=alias), lambda: register.remove_alias(p, entity_id, alias, a),
                            lambda _o: lambda: register.add_alias(p, entity_id, alias, a))
        return bool(outcome and outcome.value)

    def split_alias(self, entity_id: int, alias: str) -> int | None:
        """The alias becomes its own entity (its mentions follow); undo merges it back."""
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Split “{alias}” off").format(alias=alias), lambda: register.split_alias(p, entity_id, alias, a),
                            lambda o: lambda: register.merge_entities(p, entity_id, o.value, a),
                            lambda o: lambda: register.unmerge(p, o.value, a))
        return outcome.value if outcome else None

    def set_entity_type(self, entity_id: int, type_: str) -> bool:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Set type to {type}").format(type=entity_type_name(type_).lower()),
                            lambda: register.set_entity_type(p, entity_id, type_, a),
                            lambda o: lambda: register.restore_entity(p, o.value, a))
        return outcome is not None

    # --- measures and propositions ---------------------------------------------------------------
    def create_measure(self, label: str, unit: str = "") -> int | None:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Add measure “{label}”").format(label=label), lambda: register.create_measure(p, label, unit, a),
                            lambda o: lambda: register.delete_measure(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    def set_measure_unit(self, measure_id: int, unit: str) -> bool:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Set unit to “{unit}”").format(unit=unit), lambda: register.set_measure_unit(p, measure_id, unit, a),
                            lambda o: lambda: register.restore_measure(p, o.value, a))
        return outcome is not None

    def create_proposition(self, label: str) -> int | None:
        from desktop.services import register

        p, a = self.project, self.author_id
        outcome = self._run(Lineup.tr("Add proposition “{label}”").format(label=label), lambda: register.create_proposition(p, label, a),
                            lambda o: lambda: register.delete_proposition(p, o.value, a),
                            lambda o: lambda: register.undelete(p, o.value, a))
        return outcome.value if outcome else None

    # --- merging (every kind) --------------------------------------------------------------------
    def merge(self, kind: str, keep_id: int, merge_id: int, keep_name: str = "", merged_name: str = "") -> bool:
        """Fold ``merge_id`` into ``keep_id``: its annotations follow; undo brings it back (same id)."""
        from desktop.services import register

        p, a = self.project, self.author_id
        merge: Callable[..., Outcome[Any]] = {
            "entity": register.merge_entities, "measure": register.merge_measures,
            "proposition": register.merge_propositions}[kind]
        text = (Lineup.tr("Merge “{merged}” into “{kept}”").format(merged=merged_name, kept=keep_name) if keep_name
                else Lineup.tr(MERGE_LABELS[kind]))
        outcome = self._run(text, lambda: merge(p, keep_id, merge_id, a),
                            lambda o: lambda: register.unmerge(p, o.value, a),
                            message=Lineup.tr("{action} (Ctrl+Z to undo)").format(action=text))
        return outcome is not None

    # --- grades and settings ---------------------------------------------------------------------
    def set_reliability(self, document_id: int, grade: str | None, label: str = "") -> bool:
        from desktop.services import grading

        p, a = self.project, self.author_id
        shown = grade or Lineup.tr("not graded")
        outcome = self._run(Lineup.tr("Grade source {label}: {grade}").format(label=label or document_id, grade=shown),
                            lambda: grading.set_reliability(p, document_id, grade, a),
                            lambda o: lambda: grading.set_reliability(p, document_id, o.value, a))
        return outcome is not None

    def set_tolerance(self, value: Decimal) -> bool:
        from desktop.services import settings

        p = self.project
        percent = f"{(value * 100).normalize():f}"
        outcome = self._run(Lineup.tr("Set “about” to ±{percent}%").format(percent=percent), lambda: settings.set_tolerance(p, value),
                            lambda o: lambda: settings.set_tolerance(p, Decimal(o.value)))
        return outcome is not None

    # --- suggestions -----------------------------------------------------------------------------
    def accept(self, suggestion: Suggestion, measure_id: int | None = None) -> str | None:
        """Tag the suggestion; returns the new annotation's id (Ctrl+Z deletes it)."""
        outcome = self._run_accept(self._label([suggestion]), lambda: self._accept_all([suggestion], measure_id))
        return None if outcome is None else outcome.value[0]

    def accept_many(self, items: Sequence[Suggestion], measure_id: int | None = None) -> list[str]:
        """Accept several as ONE undo step; nothing is written if one of them went stale."""
        if not items:
            return []
        outcome = self._run_accept(self._label(items), lambda: self._accept_all(items, measure_id))
        return [] if outcome is None else list(outcome.value)

    def _run_accept(self, label: str, step: Step) -> Outcome[Any] | None:
        """Undo deletes the annotations the step created (keeping snapshots); redo restores them, same ids."""
        p, a = self.project, self.author_id
        return self.ops.run(label, step, undo=lambda o: lambda: _delete_all(p, o.value, a),
                            redo=lambda deleted: lambda: _restore_all(p, deleted.value, a),
                            target=lambda o: o.value[-1] if o.value else None)

    @staticmethod
    def _label(items: Sequence[Suggestion]) -> str:
        from desktop.services.suggestions import MentionSuggestion

        if len(items) == 1:
            if isinstance(items[0], MentionSuggestion):
                return Lineup.tr("Accept mention “{text}”").format(text=items[0].surface)
            return Lineup.tr("Accept figure “{text}”").format(text=items[0].surface)
        return Lineup.tr("Accept %n suggestion(s)", "", len(items))

    def _accept_all(self, items: Sequence[Suggestion], measure_id: int | None) -> Outcome[list[str]]:
        from desktop.services import suggestions

        if measure_id is None and len(items) > 1:
            return suggestions.accept_all(self.project, list(items), self.author_id)
        ids: list[str] = []
        changes = Changes()
        try:
            for item in items:  # each its own transaction; a refusal takes back the ones already accepted
                one = self._accept(item, measure_id)
                ids.append(one.value)
                changes |= one.changes
        except Exception:
            if ids:
                _delete_all(self.project, ids, self.author_id)
            raise
        return Outcome(ids, changes)

    def _accept(self, suggestion: Suggestion, measure_id: int | None) -> Outcome[str]:
        from desktop.services import suggestions
        from desktop.services.suggestions import MentionSuggestion

        if isinstance(suggestion, MentionSuggestion):
            return suggestions.accept_mention(self.project, suggestion, self.author_id)
        return suggestions.accept_figure(self.project, suggestion, self.author_id, measure_id=measure_id)


def _delete_all(project: Project, ids: Sequence[str], author_id: int) -> Outcome[list[dict[str, Any]]]:
    snapshots: list[dict[str, Any]] = []
    changes = Changes()
    for annotation_id in reversed(ids):
        outcome = annotation_service.delete_annotation(project, annotation_id, author_id)
        snapshots.append(outcome.value)
        changes |= outcome.changes
    return Outcome(snapshots, changes)


def _restore_all(project: Project, snapshots: Sequence[dict[str, Any]], author_id: int) -> Outcome[list[str]]:
    ids: list[str] = []
    changes = Changes()
    for snapshot in reversed(snapshots):
        outcome = annotation_service.restore_annotation(project, snapshot, author_id)
        ids.append(outcome.value)
        changes |= outcome.changes
    return Outcome(ids, changes)

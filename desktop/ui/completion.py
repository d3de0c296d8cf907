"""Completers for the names an analyst types again and again: entities (and their aliases),
measures, propositions and speakers. One ``QStringListModel`` per vocabulary, refreshed when the
change set says that vocabulary changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from desktop.services import vocabulary
from desktop.services.changes import Changes
from desktop.services.queries import list_annotations
from desktop.storage.project import Project


@dataclass(frozen=True)
class VocabularyNames:
    entities: list[str]  # canonical names, then aliases
    measures: list[str]
    propositions: list[str]


def load_names(project: Project) -> VocabularyNames:
    with project.read() as session:
        entities = vocabulary.entity_names(session)
        measures = vocabulary.measure_labels(session)
        propositions = vocabulary.proposition_labels(session)
    # Aliases are the quotes that were linked to an entity (see annotations._apply_named).
    known = {name.casefold() for name in entities}
    aliases: list[str] = []
    for view in list_annotations(project, kind="entity"):
        if view.entity_id is not None and view.quote.casefold() not in known:
            known.add(view.quote.casefold())
            aliases.append(view.quote)
    return VocabularyNames(entities + sorted(aliases, key=str.casefold), measures, propositions)


def _completer(model: QStringListModel, parent: QObject) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


class VocabularyCompleters(QObject):
    """``entity``, ``measure``, ``proposition`` and ``speaker`` completers over the project's names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entities = QStringListModel(self)
        self._measures = QStringListModel(self)
        self._propositions = QStringListModel(self)
        self.entity = _completer(self._entities, self)
        self.speaker = _completer(self._entities, self)
        self.measure = _completer(self._measures, self)
        self.proposition = _completer(self._propositions, self)

    def reload(self, project: Project) -> None:
        names = load_names(project)
        self._entities.setStringList(names.entities)
        self._measures.setStringList(names.measures)
        self._propositions.setStringList(names.propositions)

    def refresh_if_needed(self, project: Project, changes: Changes) -> None:
        if changes.entities or changes.measures or changes.propositions:
            self.reload(project)

    def entity_names(self) -> list[str]:
        return self._entities.stringList()

    def measure_labels(self) -> list[str]:
        return self._measures.stringList()

    def proposition_labels(self) -> list[str]:
        return self._propositions.stringList()

"""Completers for the names an analyst types again and again: entities (and their aliases),
measures, propositions and speakers. One ``QStringListModel`` per vocabulary, refreshed when the
change set says that vocabulary changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from desktop.services.changes import Changes
from desktop.services.vocabulary import completion_names
from desktop.storage.project import Project


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
        names = completion_names(project)
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

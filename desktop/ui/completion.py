"""Completers for the names an analyst types again and again: entities (and their aliases),
measures, propositions and speakers. One ``QStringListModel`` per vocabulary, refreshed when the
change set says that vocabulary changed. A project's names are read when first needed (a field with
one of these completers takes the focus, or they are asked for), not while the window is first built
and painted."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QWidget

from desktop.services.changes import Changes
from desktop.services.vocabulary import completion_names
from desktop.storage.errors import StorageError
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
        self._pending: Project | None = None  # names still to read (the project just opened)
        self._ours = (self.entity, self.speaker, self.measure, self.proposition)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def reload_when_needed(self, project: Project) -> None:
        """The names of ``project`` (just opened), read when a field completing them takes the focus or
        they are asked for."""
        self._pending = project

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._pending is not None and isinstance(new, QLineEdit) and new.completer() in self._ours:
            self._load_pending()

    def _load_pending(self) -> None:
        if self._pending is not None:
            try:
                self.reload(self._pending)
            except StorageError:  # gone meanwhile (closed, unreachable): no names to complete until a change
                self._pending = None

    def reload(self, project: Project) -> None:
        self._pending = None
        names = completion_names(project)
        self._entities.setStringList(names.entities)
        self._measures.setStringList(names.measures)
        self._propositions.setStringList(names.propositions)

    def refresh_if_needed(self, project: Project, changes: Changes) -> None:
        if changes.entities or changes.measures or changes.propositions:
            self.reload(project)

    def entity_names(self) -> list[str]:
        self._load_pending()
        return self._entities.stringList()

    def measure_labels(self) -> list[str]:
        self._load_pending()
        return self._measures.stringList()

    def proposition_labels(self) -> list[str]:
        self._load_pending()
        return self._propositions.stringList()

"""What the window remembers about projects in QSettings: File > Open Recent (the last ten paths,
most recent first) and the documents each project had open in its panes."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings

from desktop.ui.settings_values import settings_list

MAX_RECENT = 10
KEY = "recentProjects"


class RecentProjects:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        return [p for p in settings_list(self._settings, KEY) if p][:MAX_RECENT]

    def add(self, path: str) -> None:
        paths = [path] + [p for p in self.paths() if p != path]
        self._write(paths[:MAX_RECENT])

    def remove(self, path: str) -> None:
        self._write([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._write([])

    def _write(self, paths: list[str]) -> None:
        if paths == settings_list(self._settings, KEY):
            return  # as saved (the same project opened again): the settings file is not written again
        self._settings.setValue(KEY, paths)
        self._settings.sync()


class OpenDocuments:
    """Which documents each project had open in its panes (None: an empty pane), kept in QSettings."""

    KEY = "session/openDocuments"
    MAX_PROJECTS = 20

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _all(self) -> dict[str, Any]:  # JSON as saved: each entry is checked where it is read
        try:
            saved = json.loads(str(self._settings.value(self.KEY, "{}")))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    def get(self, location: str) -> list[int | None]:
        entry = self._all().get(location, [])
        return [d if isinstance(d, int) else None for d in entry] if isinstance(entry, list) else []

    def set(self, location: str, documents: list[int | None]) -> None:
        saved = self._all()
        if list(saved)[-1:] == [location] and saved[location] == list(documents):
            return  # as saved, and the most recent already: nothing for QSettings to write to its file
        saved.pop(location, None)
        saved[location] = list(documents)  # most recent last
        if len(saved) > self.MAX_PROJECTS:
            saved = dict(list(saved.items())[-self.MAX_PROJECTS:])
        self._settings.setValue(self.KEY, json.dumps(saved))

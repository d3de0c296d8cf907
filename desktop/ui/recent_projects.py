"""File > Open Recent: the last ten project paths, most recent first, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

MAX_RECENT = 10
KEY = "recentProjects"


class RecentProjects:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(p) for p in (value or []) if p][:MAX_RECENT]

    def add(self, path: str) -> None:
        paths = [path] + [p for p in self.paths() if p != path]
        self._write(paths[:MAX_RECENT])

    def remove(self, path: str) -> None:
        self._write([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._write([])

    def _write(self, paths: list[str]) -> None:
        self._settings.setValue(KEY, paths)
        self._settings.sync()

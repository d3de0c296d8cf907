"""What the window remembers of its layout between runs, in QSettings: its geometry, where its docks
are, the widths of the article panes, and which documents each project had open in them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.ui.pane_area import PaneArea
from desktop.ui.recent_projects import OpenDocuments

DEFAULT_SIZE = (1440, 900)


def _key(name: str) -> str:
    return f"window/{name}"


class WindowLayout:
    def __init__(self, window: QMainWindow, pane_area: PaneArea, settings: QSettings) -> None:
        self._window = window
        self._pane_area = pane_area
        self._settings = settings
        self.open_documents = OpenDocuments(settings)

    def restore(self) -> None:
        """Geometry, docks and splitter as last saved (the default size the first time)."""
        geometry = self._settings.value(_key("geometry"))
        if geometry:
            self._window.restoreGeometry(QByteArray(geometry))
        else:
            self._window.resize(*DEFAULT_SIZE)
        state = self._settings.value(_key("state"))
        if state:
            self._window.restoreState(QByteArray(state))
        splitter = self._settings.value(_key("splitter"))
        if splitter:
            self._pane_area.restore_state(splitter)

    def save(self, location: str) -> None:
        """Keep the layout and the documents open in the panes of the project at ``location``."""
        self._settings.setValue(_key("geometry"), self._window.saveGeometry())
        self._settings.setValue(_key("state"), self._window.saveState())
        self._settings.setValue(_key("splitter"), self._pane_area.save_state())
        self.remember_documents(location)
        self._settings.sync()

    def remembered_documents(self, location: str) -> list[int | None]:
        return self.open_documents.get(location)

    def remember_documents(self, location: str) -> None:
        self.open_documents.set(location, self._pane_area.open_documents())

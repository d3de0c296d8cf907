"""The window hears the outcome of SQLite's integrity check that runs while it starts (``Project.integrity``,
``desktop.storage.deferred_check``).

The check answers from its own thread; the answer reaches the GUI thread through a queued signal. A damaged
file is then open read-only (its first write waited for the check and is refused: ``Project.transaction``),
the status bar's read-only label says so, and a message box tells the analyst what to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.storage.project import Project

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class IntegrityWatch(QObject):
    checked = Signal(object, str)  # (the project checked, why it is damaged: "" if it is not)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.checked.connect(self._answer)  # queued: emitted from the checking thread

    def watch(self, project: Project) -> None:
        check = project.integrity
        if check is not None:
            check.when_done(lambda problem: self._heard(project, problem))

    def _heard(self, project: Project, problem: str) -> None:
        try:
            self.checked.emit(project, problem)
        except RuntimeError:
            pass  # the window was closed before the check ended

    def _answer(self, project: Project, problem: str) -> None:
        window = self._window
        if not problem or project is not window.project:
            return  # fine, or another project is open by now (this one was closed)
        project.settle_integrity()  # read-only from now on, saying why
        window.show_read_only()
        window.message_box(
            QMessageBox.Icon.Critical, self.tr("The project is damaged"),
            self.tr("{project} failed SQLite's integrity check: the file is damaged. It is open read-only, and "
                    "nothing will be written to it.").format(project=project.name),
            self.tr("Copy out what you need, then open a backup of the project. "
                    "`evidence-desk --project {location} check` lists what is damaged.").format(
                location=project.shown_location))

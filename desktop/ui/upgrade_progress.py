"""Progress for opening a project from an older version: the upgrade may build the search index.

``UpgradeProgress`` is the ``progress(done, total, what)`` callable ``open_project`` hands to the
migrations. It shows a dialog only once the work has taken a moment (a current project never sees it)
and keeps the window painting while the index is built.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class UpgradeProgress:
    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._clock = QElapsedTimer()
        self._clock.start()

    def __call__(self, done: int, total: int, what: str) -> None:
        if self._dialog is None:
            if self._clock.elapsed() < SHOW_AFTER_MS and done < total:
                return
            if done >= total:
                return
            dialog = QProgressDialog(what, "", 0, max(total, 1), self._parent)
            dialog.setWindowTitle("Upgrading the project")
            dialog.setCancelButton(None)  # an upgrade is one transaction: it finishes or leaves the file as it was
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            self._dialog = dialog
        self._dialog.setLabelText(what)
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, total))
        QApplication.processEvents()

    def close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

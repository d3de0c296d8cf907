"""File menu exports: the evidence dossier (with live preview), a REFI-QDA project, annotations as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.storage.errors import StorageError

if TYPE_CHECKING:  # the dossier dialog is imported when first opened
    from desktop.ui.dossier_dialog import DossierDialog
    from desktop.ui.main_window import MainWindow


class Exports:
    """The export actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dossier_dialog: DossierDialog | None = None
        menu = window.file_menu
        self.dossier_action = QAction("Export &Dossier…", window)
        self.dossier_action.setShortcut(QKeySequence("Ctrl+E"))
        self.dossier_action.setStatusTip("Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)")
        self.dossier_action.triggered.connect(self.open_dossier_dialog)
        self.qdpx_action = QAction("Export REFI-QDA Project (.qdpx)…", window)
        self.qdpx_action.setStatusTip("For QualCoder, MAXQDA, NVivo or ATLAS.ti")
        self.qdpx_action.triggered.connect(self.export_qdpx)
        self.csv_action = QAction("Export Annotations as CSV…", window)
        self.csv_action.setStatusTip("One row per annotation, every field, for spreadsheets")
        self.csv_action.triggered.connect(self.export_csv)
        for action in (self.dossier_action, self.qdpx_action, self.csv_action):
            menu.insertAction(window.file_export_separator, action)

    def open_dossier_dialog(self) -> None:
        from desktop.ui.dossier_dialog import DossierDialog

        if self.dossier_dialog is not None and self.dossier_dialog.project is not self.window.project:
            self.dossier_dialog.close()
            self.dossier_dialog = None
        if self.dossier_dialog is None:
            self.dossier_dialog = DossierDialog(self.window.project, self.window, changed=self.window.ops.changed,
                                                author_id=self.window.ops.author_id)
            self.dossier_dialog.exported.connect(lambda path: self.window.show_status(f"Dossier written to {path}"))
        self.dossier_dialog.show()
        self.dossier_dialog.raise_()

    def _ask_path(self, title: str, suffix: str, filter_text: str) -> str | None:
        project_path = self.window.project.path
        stem = project_path.stem if project_path else "evidence"
        folder = project_path.parent if project_path else Path.home()
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(folder / f"{stem}{suffix}"), filter_text)
        if not path:
            return None
        return path if path.endswith(suffix) else path + suffix

    def export_qdpx(self, path: str | None = None) -> int | None:
        from desktop.interchange.project_exports import export_qdpx

        path = path or self._ask_path("Export REFI-QDA project", ".qdpx", "REFI-QDA project (*.qdpx)")
        if not path:
            return None
        try:  # reading the texts checks their hashes: an altered one stops the export before the question
            positions = self.choose_positions()
        except (OSError, ValueError, StorageError) as exc:
            self._failed(exc)
            return None
        if positions is None:
            return None
        user = self.current_author_key()
        return self._run(lambda: export_qdpx(self.window.project, path, creating_user=user, positions=positions),
                         path, "coded selections")

    def choose_positions(self) -> str | None:
        """How the export counts characters. Only a text with an emoji (or another character outside the
        BMP) makes a difference; then the analyst says which tool the file is for (None: cancelled)."""
        from desktop.interchange.project_exports import titles_outside_bmp

        titles = titles_outside_bmp(self.window.project)
        if not titles:
            return "codepoints"
        return self.ask_positions(titles)

    def ask_positions(self, titles: list[str]) -> str | None:
        """The question itself (replaceable in tests)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Which tool is the file for?",
                          f"{len(titles)} document(s) hold emoji or other characters that tools count "
                          f"differently ({', '.join(titles[:3])}{'…' if len(titles) > 3 else ''}).",
                          parent=self.window)
        box.setObjectName("qdpxPositionsBox")
        box.setInformativeText(
            "QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see "
            "every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji "
            "one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers "
            "and for the coded text QualCoder stores and reports.")
        tools = box.addButton("QualCoder, NVivo, MAXQDA, ATLAS.ti", QMessageBox.ButtonRole.AcceptRole)
        standard = box.addButton("The REFI-QDA standard", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(tools)
        box.exec()
        clicked = box.clickedButton()
        if clicked is tools:
            return "utf16"
        if clicked is standard:
            return "codepoints"
        return None

    def current_author_key(self) -> str | None:
        """The key of the author this window annotates as (the active profile), named as the export's creator."""
        from desktop.services.authors import list_authors

        author_id = self.window.ops.author_id
        me = next((a for a in list_authors(self.window.project) if a.id == author_id), None)
        if me is not None:
            return me.key
        profile = getattr(self.window, "profile", None)
        return profile.key if profile is not None else None

    def export_csv(self, path: str | None = None) -> int | None:
        from desktop.interchange.project_exports import export_csv

        path = path or self._ask_path("Export annotations as CSV", ".csv", "CSV (*.csv)")
        return self._run(lambda: export_csv(self.window.project, path), path, "annotations") if path else None

    def _run(self, export: Callable[[], int], path: str, noun: str) -> int | None:
        try:
            count = export()
        except (OSError, ValueError, StorageError) as exc:  # StorageError: e.g. a text that fails its hash
            self._failed(exc)
            return None
        self.window.show_status(f"Exported {count} {noun} to {path}")
        return count


    def _failed(self, exc: Exception) -> None:
        self.window.message_box(QMessageBox.Icon.Warning, "Export failed", f"Nothing was written: {exc}")


def install(window: MainWindow) -> Exports:
    return Exports(window)

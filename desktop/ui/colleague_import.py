"""File > Import Colleague's Annotations… and File > Export for a Colleague…, plus the Conflicts dock.

``install(window)`` adds the actions to the window's File menu (after Import Documents) and returns the
:class:`ColleagueExchange` that runs them. An import reads a W3C JSON-LD file or a whole project file (told
apart by content, not by name), runs in a worker thread with a progress dialog if it takes more than a
second, then shows what happened (imported, updated, unchanged, re-anchored, kept yours, conflicts,
skipped with reasons, name clashes) and announces the changes on ``window.ops.changed`` so panes and lists
refresh. An import is one transaction and is not undoable (like Import Documents); resolving a conflict is.
An import that wrote anything also clears the undo history, and says so: undoing an earlier local edit
would otherwise write your older version over the colleague's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.services.changes import Outcome
from desktop.services.exchange import ImportReport
from desktop.storage.project import ProjectError
from desktop.ui.conflicts_view import ConflictsDock

if TYPE_CHECKING:
    from desktop.interchange.qdpx_import import CodeMapping
    from desktop.interchange.qdpx_read import QdpxProject
    from desktop.ui.main_window import MainWindow

T = TypeVar("T")

IMPORT_FILTER = ("Colleague's annotations or project (*.jsonld *.json *.evidence *.qdpx);;"
                 "W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;"
                 "REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)")
EXPORT_FILTER = "W3C Web Annotations (*.jsonld);;All files (*)"
PROGRESS_AFTER_MS = 1000
SQLITE_MAGIC = b"SQLite format 3\x00"
UNDO_CLEARED = "Undo history cleared: the import changed annotations"


def install(window: MainWindow) -> ColleagueExchange:
    """Add the colleague actions to ``window``'s File menu and the Conflicts dock; returns the controller.

    Installing twice on the same window returns the first controller (no second set of actions).
    """
    existing = window.findChild(ColleagueExchange, "colleagueExchange")
    return existing if existing is not None else ColleagueExchange(window)


def is_project_file(path: str | Path) -> bool:
    """A project file is an SQLite database, whatever its name; anything else is read as JSON-LD."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return Path(path).suffix.lower() == ".evidence"


def run_with_progress(parent: QWidget, label: str, job: Callable[[], T], show_after_ms: int) -> tuple[T, bool]:
    """Run ``job`` in a worker thread; a busy dialog appears if it is still running after ``show_after_ms``.

    The window keeps painting but takes no input until the job is done. Returns (result, dialog shown?);
    the job's exception is raised here.
    """
    result: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            result["value"] = job()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the GUI thread
            result["error"] = exc
        finally:
            done.set()

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("colleagueImportProgress")
    progress.setWindowTitle("Import")
    progress.setCancelButton(None)  # one transaction: it completes or writes nothing
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(show_after_ms)
    progress.setValue(0)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    worker = threading.Thread(target=work, name="colleague-import", daemon=True)
    worker.start()
    poll.start()
    if not done.is_set():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()
    worker.join()
    shown = progress.isVisible()
    progress.close()
    progress.deleteLater()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["value"], shown  # type: ignore[return-value]


class ImportReportDialog(QDialog):
    """What an import did, as counts, then the details (reasons, name clashes, conflicts)."""

    ROWS = (
        ("imported", "Imported"), ("updated", "Updated"), ("unchanged", "Unchanged"),
        ("reanchored", "Re-anchored"), ("kept_yours", "Kept yours (newer)"),
        ("older", "Older, not applied"), ("conflicts", "Conflicts"), ("skipped", "Skipped"),
        ("name_clashes", "Name clashes"), ("documents_added", "Documents added"),
        ("reviews_imported", "Reviews imported"),
    )

    showConflictsRequested = Signal()

    def __init__(self, source: str, report: ImportReport, parent: QWidget | None = None,
                 undo_cleared: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueImportReport")
        self.setWindowTitle("Colleague's annotations")
        self.report = report
        self.undo_cleared = undo_cleared
        heading = QLabel(f"<b>{Path(source).name}</b>: " + (
            "nothing new." if not report.wrote_anything else "merged into this project."))
        heading.setObjectName("reportHeading")
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for name, text in self.ROWS:
            label = QLabel(str(len(getattr(report, name))))
            label.setObjectName(f"count_{name}")
            self.count_labels[name] = label
            form.addRow(text, label)
        self.details = QPlainTextEdit("\n".join(self.detail_lines()))
        self.details.setObjectName("reportDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(bool(self.details.toPlainText()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.conflicts_button = None
        if report.conflicts:
            self.conflicts_button = self.buttons.addButton("Show Conflicts…", QDialogButtonBox.ButtonRole.ActionRole)
            self.conflicts_button.clicked.connect(self._show_conflicts)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def count(self, name: str) -> int:
        return int(self.count_labels[name].text())

    def detail_lines(self) -> list[str]:
        r = self.report
        lines = [f"Conflict (you both changed it): {c.ref}: {c.reason}" for c in r.conflicts]
        lines += [clash[0].upper() + clash[1:] for clash in r.name_clashes]
        lines += [f"Skipped: {s.ref}: {s.reason}" for s in r.skipped]
        lines += [f"Kept yours: {s.ref}: {s.reason}" for s in r.kept_yours]
        lines += [f"Older, not applied: {s.ref}: {s.reason}" for s in r.older]
        lines += [f"Re-anchored: {ref}" for ref in r.reanchored]
        lines += [f"Document added: {title}" for title in r.documents_added]
        if r.authors_created:
            lines.append("New authors: " + ", ".join(r.authors_created))
        lines += [f"Note: {n}" for n in r.notes if n not in r.name_clashes]
        lines.append("Annotations missing from their file are never deleted here.")
        if self.undo_cleared:
            lines.append(f"{UNDO_CLEARED} (Ctrl+Z would have written your older versions over theirs).")
        return lines

    def _show_conflicts(self) -> None:
        self.showConflictsRequested.emit()
        self.accept()


class ColleagueExchange(QObject):
    """The colleague actions of one window (parented to it; find it with ``window.findChild``)."""

    imported = Signal(object)  # ImportReport

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("colleagueExchange")
        self.window = window
        self.progress_after_ms = PROGRESS_AFTER_MS
        self.progress_shown = False  # did the last import need the progress dialog?
        self.last_report_dialog: ImportReportDialog | None = None
        self.mapping_dialog: QDialog | None = None  # the last REFI-QDA code mapping shown

        self.conflicts_dock = ConflictsDock(window.ops, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.conflicts_dock)
        self.conflicts_dock.hide()

        self.import_action = self._action("Import &Colleague's Annotations…", self.import_dialog,
                                          "Merge a colleague's W3C annotations (.jsonld) or project file (.evidence)")
        self.export_action = self._action("E&xport for a Colleague…", self.export_dialog,
                                          "Write your annotations for a colleague (W3C JSON-LD)")
        self.conflicts_action = self._action("Resolve &Conflicts…", self.conflicts_dock.show_conflicts,
                                             "Annotations you and a colleague both changed")
        self._add_to_file_menu([self.import_action, self.export_action, self.conflicts_action])
        view_menu = self._menu("&View")
        if view_menu is not None:
            view_menu.addAction(self.conflicts_dock.toggleViewAction())
        self._update_conflicts_action()
        window.ops.changed.connect(lambda _changes: self._update_conflicts_action())
        window.ops.projectReplaced.connect(self._update_conflicts_action)

    # --- menus --------------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _menu(self, title: str) -> QMenu | None:
        for action in self.window.menuBar().actions():
            if action.text() == title and action.menu() is not None:
                return action.menu()
        return None

    def _add_to_file_menu(self, actions: list[QAction]) -> None:
        menu = self._menu("&File")
        if menu is None:
            menu = self.window.menuBar().addMenu("&File")
        existing = menu.actions()
        anchor = next((n for n, a in enumerate(existing) if a.text() == "&Import Documents…"), None)
        before = existing[anchor + 1] if anchor is not None and anchor + 1 < len(existing) else None
        if before is None:
            menu.addActions(actions)
        else:
            menu.insertActions(before, actions)

    def _update_conflicts_action(self) -> None:
        from desktop.services.conflicts import open_conflict_count

        count = open_conflict_count(self.window.ops.project)
        self.conflicts_action.setText(f"Resolve &Conflicts ({count})…" if count else "Resolve &Conflicts…")

    # --- import -------------------------------------------------------------------------------------------
    def import_dialog(self) -> ImportReport | None:
        start = str(Path(self.window.ops.project.location).parent) if self.window.ops.project.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a colleague's annotations", start, IMPORT_FILTER)
        return self.import_path(path) if path else None

    def import_path(self, path: str | Path, as_kind: str | None = None) -> ImportReport | None:
        """Import a colleague's file, show the report, refresh the views. None if nothing could be imported.

        Annotations from another tool whose tags name no kind are skipped; the analyst is then asked
        which kind to import them as (the File-menu form of ``annotations import --as KIND``).
        """
        self.window.panel.commit_pending()  # an edit in progress is saved before their versions are compared
        project = self.window.ops.project
        path = str(path)
        from desktop.interchange.qdpx_import import import_qdpx, is_qdpx

        mapping = None
        if is_qdpx(path):  # chosen by content: a REFI-QDA project; the analyst confirms how its codes map
            mapping = self._ask_qdpx_mapping(path, as_kind)
            if mapping is None:
                return None

        def job() -> Outcome[ImportReport]:
            if mapping is not None:
                return import_qdpx(project, path, mapping=mapping)
            if is_project_file(path):
                from desktop.interchange.project_file_import import import_project_file

                return import_project_file(project, path)
            from desktop.interchange.w3c_io import import_w3c

            return import_w3c(project, path, as_kind=as_kind)

        try:
            outcome, self.progress_shown = run_with_progress(
                self.window, f"Importing {Path(path).name}…", job, self.progress_after_ms)
        except (ProjectError, ValueError, OSError) as exc:
            self._refuse("Cannot import the colleague's file", str(exc))
            return None
        except SQLAlchemyError as exc:
            self._refuse("Cannot import the colleague's file", f"{exc.__class__.__name__}: {exc}")
            return None
        report = outcome.value
        untyped = [s for s in report.skipped if "--as" in s.reason]
        if untyped and as_kind is None and not is_project_file(path) and mapping is None:
            kind, ok = QInputDialog.getItem(
                self.window, "Annotations without a kind",
                f"{len(untyped)} annotation(s) in {Path(path).name} name no kind Evidence Desk knows.\n"
                "Import them as:", ["entity", "figure", "claim"], 0, False)
            if ok and kind:
                return self.import_path(path, as_kind=kind)  # the rest is unchanged: import is idempotent
        undo_cleared = self._clear_undo_history(report, outcome)
        if not outcome.changes.empty:
            self.window.ops.changed.emit(outcome.changes)
        self.window.ops.message.emit(report.lines()[0] + (f" {UNDO_CLEARED}" if undo_cleared else ""))
        self._show_report(path, report, undo_cleared)
        if report.conflicts:
            self.conflicts_dock.show_conflicts()
        self.imported.emit(report)
        return report

    def _ask_qdpx_mapping(self, path: str, as_kind: str | None) -> CodeMapping | None:
        """Read the .qdpx and let the analyst confirm how its codes map (None: refused or cancelled)."""
        from desktop.interchange.qdpx_import import default_mapping, read_file
        from desktop.interchange.qdpx_read import QdpxError

        try:
            qdpx = read_file(path)
        except QdpxError as exc:
            self._refuse("Cannot import the REFI-QDA project", f"{Path(path).name}: {exc}; nothing was imported.")
            return None
        return self.confirm_mapping(qdpx, default_mapping(qdpx, as_kind), Path(path).name)

    def confirm_mapping(self, qdpx: QdpxProject, mapping: CodeMapping, file_name: str) -> CodeMapping | None:
        """Show the code mapping; the confirmed mapping, or None if cancelled (replaceable in tests)."""
        from desktop.ui.qdpx_mapping_dialog import QdpxMappingDialog

        dialog = QdpxMappingDialog(qdpx, mapping, file_name, self.window)
        self.mapping_dialog = dialog
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _clear_undo_history(self, report: ImportReport, outcome: Outcome[ImportReport]) -> bool:
        """An import that wrote anything ends the undo history (as deleting a document does): undoing an
        earlier local edit would write the old values over the colleague's newer version, with no
        conflict and no warning. Returns True if there were steps to clear."""
        stack = self.window.ops.undo_stack
        if not report.wrote_anything and outcome.changes.empty:
            return False
        had_steps = stack.count() > 0
        stack.clear()
        return had_steps

    def _refuse(self, title: str, message: str) -> None:
        details = "" if "nothing" in message.lower() else "Nothing was imported."
        self.window.message_box(QMessageBox.Icon.Warning, title, message, details)

    def _show_report(self, path: str, report: ImportReport, undo_cleared: bool = False) -> None:
        if self.last_report_dialog is not None:
            self.last_report_dialog.deleteLater()
        dialog = ImportReportDialog(path, report, self.window, undo_cleared)
        dialog.showConflictsRequested.connect(self.conflicts_dock.show_conflicts)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.last_report_dialog = dialog

    # --- export -------------------------------------------------------------------------------------------
    def export_dialog(self) -> int | None:
        project = self.window.ops.project
        stem = project.path.stem if project.path is not None else "annotations"
        folder = project.path.parent if project.path is not None else Path.home()
        suggested = folder / f"{stem}-{self.window.profile.key}.jsonld"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export for a colleague", str(suggested), EXPORT_FILTER)
        return self.export_path(path) if path else None

    def export_path(self, path: str | Path) -> int | None:
        """Write every annotation for a colleague and mark them as exchanged; returns the item count."""
        from desktop.interchange.w3c_io import export_w3c

        self.window.panel.commit_pending()
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".jsonld")
        try:
            count = export_w3c(self.window.ops.project, path, mark_exchanged=True,
                               exchanged_by=self.window.ops.author_id)
        except (ValueError, OSError, SQLAlchemyError) as exc:
            self._refuse("Cannot export", f"{exc}; nothing was written.")
            return None
        self.window.ops.message.emit(f"Exported {count} item(s) for a colleague to {path.name}")
        return count

"""File > Import Colleague's Annotations… and File > Export for a Colleague…, plus the Conflicts dock.

``install(window)`` adds the actions to the window's File menu (after Import Documents) and returns the
:class:`ColleagueExchange` that runs them. An import is the colleague-import service
(``desktop.interchange.colleague``: a W3C JSON-LD file, a whole project file or a REFI-QDA project, told apart
by content) run by the window's runner OFF the GUI thread (``ops.run_in_background``): a progress dialog with Cancel appears if
it takes more than a second, and Cancel writes nothing. A REFI-QDA project (.qdpx) is read first and the
analyst confirms how its codes map (entity / figure / claim / not imported) before anything is written. Then the window shows what happened (imported,
updated, unchanged, re-anchored, kept yours, conflicts, skipped with reasons, name clashes: the report's own
lines) and the views refresh from the change set. An import is one transaction and is not undoable (like
Import Documents); resolving a conflict is. An import that wrote anything also clears the undo history, and
says so: undoing an earlier local edit would otherwise write your older version over the colleague's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import Kind
from desktop.domain.words import kind_word
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services.changes import Changes, Outcome
from desktop.ui.conflicts_view import ConflictsDock
from desktop.ui.operation_support import BackgroundOp, Progress

ColleagueExchangeCounts = Context("ColleagueExchangeCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:
    from desktop.interchange.qdpx_import import CodeMapping
    from desktop.interchange.qdpx_read import QdpxProject
    from desktop.services.merge_report import MergeReport
    from desktop.ui.main_window import MainWindow

IMPORT_FILTER = QT_TRANSLATE_NOOP("ColleagueExchange", "Colleague's annotations or project (*.jsonld *.json *.evidence "
                                  "*.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;"
                                  "REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)")
EXPORT_FILTER = QT_TRANSLATE_NOOP("ColleagueExchange", "W3C Web Annotations (*.jsonld);;All files (*)")
PROGRESS_AFTER_MS = 1000
UNDO_CLEARED = QT_TRANSLATE_NOOP("ColleagueExchange", "Undo history cleared: the import changed annotations")


def install(window: MainWindow) -> ColleagueExchange:
    """Add the colleague actions to ``window``'s File menu and the Conflicts dock; returns the controller.

    Installing twice on the same window returns the first controller (no second set of actions).
    """
    existing = window.findChild(ColleagueExchange, "colleagueExchange")
    return existing if existing is not None else ColleagueExchange(window)


class ImportReportDialog(QDialog):
    """What an import did, as counts, then the details (reasons, name clashes, conflicts)."""

    ROWS = (
        ("imported", QT_TRANSLATE_NOOP("ImportReportDialog", "Imported")),
        ("updated", QT_TRANSLATE_NOOP("ImportReportDialog", "Updated")),
        ("unchanged", QT_TRANSLATE_NOOP("ImportReportDialog", "Unchanged")),
        ("reanchored", QT_TRANSLATE_NOOP("ImportReportDialog", "Re-anchored")),
        ("kept_yours", QT_TRANSLATE_NOOP("ImportReportDialog", "Kept yours (newer)")),
        ("older", QT_TRANSLATE_NOOP("ImportReportDialog", "Older, not applied")),
        ("conflicts", QT_TRANSLATE_NOOP("ImportReportDialog", "Conflicts")),
        ("skipped", QT_TRANSLATE_NOOP("ImportReportDialog", "Skipped")),
        ("name_clashes", QT_TRANSLATE_NOOP("ImportReportDialog", "Name clashes")),
        ("documents_added", QT_TRANSLATE_NOOP("ImportReportDialog", "Documents added")),
        ("reviews_imported", QT_TRANSLATE_NOOP("ImportReportDialog", "Reviews imported")),
    )

    showConflictsRequested = Signal()

    def __init__(self, source: str, report: MergeReport, parent: QWidget | None = None,
                 undo_cleared: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueImportReport")
        self.setWindowTitle(self.tr("Colleague's annotations"))
        self.report = report
        self.undo_cleared = undo_cleared
        heading = QLabel(f"<b>{Path(source).name}</b>: " + (
            self.tr("nothing new.") if not report.wrote_anything else self.tr("merged into this project.")))
        heading.setObjectName("reportHeading")
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for name, text in self.ROWS:
            label = QLabel(str(len(getattr(report, name))))
            label.setObjectName(f"count_{name}")
            self.count_labels[name] = label
            form.addRow(self.tr(text), label)
        self.details = QPlainTextEdit("\n".join(self.detail_lines()))
        self.details.setObjectName("reportDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(bool(self.details.toPlainText()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.conflicts_button = None
        if report.conflicts:
            self.conflicts_button = self.buttons.addButton(self.tr("Show Conflicts…"), QDialogButtonBox.ButtonRole.ActionRole)
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
        """The report's own item lines (the same words as ``annotations import``), then what the window adds."""
        lines = self.report.detail_lines()
        lines.append(self.tr("Annotations missing from their file are never deleted here."))
        if self.undo_cleared:
            lines.append(self.tr("{undo_cleared} (Ctrl+Z would have written your older versions over theirs).")
                         .format(undo_cleared=QCoreApplication.translate("ColleagueExchange", UNDO_CLEARED)))
        return lines

    def _show_conflicts(self) -> None:
        self.showConflictsRequested.emit()
        self.accept()


class ColleagueExchange(QObject):
    """The colleague actions of one window (parented to it; find it with ``window.findChild``)."""

    imported = Signal(object)  # MergeReport

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("colleagueExchange")
        self.window = window
        self.progress_after_ms = PROGRESS_AFTER_MS
        self.progress_shown = False  # did the last import need the progress dialog?
        self.last_report_dialog: ImportReportDialog | None = None
        self.last_import: BackgroundOp | None = None
        self.mapping_dialog: QDialog | None = None  # the last REFI-QDA code mapping shown

        self.conflicts_dock = ConflictsDock(window.ops, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.conflicts_dock)
        self.conflicts_dock.hide()

        self.import_action = self._action(self.tr("Import &Colleague's Annotations…"), self.import_dialog,
                                          self.tr("Merge a colleague's W3C annotations (.jsonld), project file "
                                                  "(.evidence) or REFI-QDA project (.qdpx)"))
        self.export_action = self._action(self.tr("E&xport for a Colleague…"), self.export_dialog,
                                          self.tr("Write your annotations for a colleague (W3C JSON-LD)"))
        self.conflicts_action = self._action(self.tr("Resolve &Conflicts…"), self.conflicts_dock.show_conflicts,
                                             self.tr("Annotations you and a colleague both changed"))
        self._add_to_file_menu([self.import_action, self.export_action, self.conflicts_action])
        view_menu = getattr(window, "view_menu", None)
        if isinstance(view_menu, QMenu):
            view_menu.addAction(self.conflicts_dock.toggleViewAction())
        self._update_conflicts_action()
        window.ops.changed.connect(self._on_changed)
        window.ops.projectReplaced.connect(self._update_conflicts_action)

    # --- menus --------------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _add_to_file_menu(self, actions: list[QAction]) -> None:
        menu = getattr(self.window, "file_menu", None)
        if not isinstance(menu, QMenu):
            menu = self.window.menuBar().addMenu(self.tr("&File"))
        existing = menu.actions()
        import_action = getattr(self.window, "import_action", None)
        anchor = next((n for n, a in enumerate(existing) if a is import_action), None)
        before = existing[anchor + 1] if anchor is not None and anchor + 1 < len(existing) else None
        if before is None:
            menu.addActions(actions)
        else:
            menu.insertActions(before, actions)

    def _on_changed(self, changes: Changes) -> None:
        """Count the open conflicts again, unless the change only made new annotations (a tag): a conflict is
        recorded against an annotation an import found changed on both sides, never against a new one."""
        if not changes.created or changes != Changes(annotations=changes.created, created=changes.created):
            self._update_conflicts_action()

    def _update_conflicts_action(self) -> None:
        from desktop.services.conflicts import open_conflict_count

        count = open_conflict_count(self.window.ops.project)
        self.conflicts_action.setText(self.tr("Resolve &Conflicts ({count})…").format(count=count) if count
                                      else self.tr("Resolve &Conflicts…"))

    # --- import -------------------------------------------------------------------------------------------
    def import_dialog(self) -> BackgroundOp | None:
        start = str(Path(self.window.ops.project.location).parent) if self.window.ops.project.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a colleague's annotations"), start,
                                              self.tr(IMPORT_FILTER))
        return self.import_path(path) if path else None

    def import_path(self, path: str | Path, as_kind: str | None = None) -> BackgroundOp | None:
        """Start importing a colleague's file off the GUI thread; returns the running op (its ``finished``
        signal comes after the report is shown), or None if another long step is running, the file cannot
        be read or the analyst cancelled a REFI-QDA project's code mapping.

        Annotations from another tool whose tags name no kind are skipped; the analyst is then asked
        which kind to import them as (the File-menu form of ``annotations import --as KIND``).
        """
        from desktop.interchange.colleague_format import ColleagueFormat, format_of

        self.window.panel.commit_pending()  # an edit in progress is saved before their versions are compared
        project = self.window.ops.project
        path = str(path)
        mapping: CodeMapping | None = None
        if format_of(path) is ColleagueFormat.QDPX:  # by content: the analyst confirms how its codes map
            mapping = self._ask_qdpx_mapping(path, as_kind)
            if mapping is None:
                return None

        def step(progress: Progress) -> Outcome[MergeReport]:  # the readers load here, in the worker thread
            from desktop.interchange.colleague import import_colleague_file

            return import_colleague_file(project, path, as_kind=as_kind, mapping=mapping, progress=progress)

        op = self.window.ops.run_in_background(
            self.tr("Import {file}").format(file=Path(path).name), step, done=lambda outcome: self._imported(path, outcome, as_kind),
            show_after_ms=self.progress_after_ms, clears_undo=True, initiator=self)
        self.last_import = op
        if op is not None:
            op.finished.connect(lambda: setattr(self, "progress_shown", op.progress_shown))
        return op

    def _ask_qdpx_mapping(self, path: str, as_kind: str | None) -> CodeMapping | None:
        """Read the .qdpx and let the analyst confirm how its codes map (None: unreadable or cancelled)."""
        from desktop.interchange.colleague import read_qdpx_file
        from desktop.interchange.qdpx_import import default_mapping

        label = f"Import {Path(path).name}"
        try:
            qdpx = read_qdpx_file(path)
            proposed = default_mapping(qdpx, as_kind)
        except ValueError as exc:  # ColleagueFileError: one message naming the file, nothing written
            self.window.ops.refuse(label, exc, serious=True)
            return None
        return self.confirm_mapping(qdpx, proposed, Path(path).name)

    def confirm_mapping(self, qdpx: QdpxProject, mapping: CodeMapping, file_name: str) -> CodeMapping | None:
        """Show the code mapping; the confirmed mapping, or None if cancelled (replaceable in tests)."""
        from desktop.ui.qdpx_mapping_dialog import QdpxMappingDialog

        if self.mapping_dialog is not None:
            self.mapping_dialog.deleteLater()
        dialog = QdpxMappingDialog(qdpx, mapping, file_name, self.window)
        self.mapping_dialog = dialog
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _imported(self, path: str, outcome: Outcome[MergeReport], as_kind: str | None) -> None:
        """In the GUI thread, after the runner announced the changes: the report, the conflicts, the question."""
        report = outcome.value
        op = self.last_import
        self.progress_shown = bool(op and op.progress_shown)
        undo_cleared = bool(op and op.undo_cleared)
        self.window.ops.message.emit(report.summary() + (" " + self.tr(UNDO_CLEARED) if undo_cleared else ""))
        untyped = report.needs_kind
        if untyped and as_kind is None:
            kinds = {kind_word(k.value): k.value for k in Kind}
            question = ColleagueExchangeCounts.tr("%n annotation(s) in {file} name no kind Evidence Desk knows.\n"
                                            "Import them as:", "", len(untyped)).format(file=Path(path).name)
            chosen, ok = QInputDialog.getItem(self.window, self.tr("Annotations without a kind"), question,
                                              list(kinds), 0, False)
            if ok and chosen in kinds:
                self.import_path(path, as_kind=kinds[chosen])  # the rest is unchanged: import is idempotent
                return
        self._show_report(path, report, undo_cleared)
        if report.conflicts:
            self.conflicts_dock.show_conflicts()
        self.imported.emit(report)

    def _show_report(self, path: str, report: MergeReport, undo_cleared: bool = False) -> None:
        if self.last_report_dialog is not None:
            self.last_report_dialog.deleteLater()
        dialog = ImportReportDialog(path, report, self.window, undo_cleared)
        dialog.showConflictsRequested.connect(self.conflicts_dock.show_conflicts)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.last_report_dialog = dialog

    # --- export -------------------------------------------------------------------------------------------
    def export_dialog(self) -> BackgroundOp | None:
        project = self.window.ops.project
        stem = project.path.stem if project.path is not None else "annotations"
        folder = project.path.parent if project.path is not None else Path.home()
        suggested = folder / f"{stem}-{self.window.profile.key}.jsonld"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export for a colleague"), str(suggested),
                                              self.tr(EXPORT_FILTER))
        return self.export_path(path) if path else None

    def export_path(self, path: str | Path) -> BackgroundOp | None:
        """Write every annotation for a colleague and mark them as exchanged, in a worker thread (a desk's
        export is tens of MB) with progress and Cancel (a cancelled export leaves no file); returns the
        running op (its ``outcome.value`` is the item count once ``finished``), None if refused."""
        from desktop.interchange.w3c_io import export_w3c

        self.window.panel.commit_pending()
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".jsonld")
        ops = self.window.ops
        project, author_id, out = ops.project, ops.author_id, path

        def step(progress: Any) -> Outcome[int]:
            return Outcome(export_w3c(project, out, mark_exchanged=True, exchanged_by=author_id, progress=progress))

        def done(outcome: Outcome[Any]) -> None:
            ops.message.emit(ColleagueExchangeCounts.tr("Exported %n item(s) for a colleague to {file}", "",
                                                        outcome.value).format(file=out.name))

        return ops.run_in_background(self.tr("Export for a colleague"), step, done=done,
                                     show_after_ms=self.progress_after_ms)

"""File > Export dossier…: options, a live preview of the dossier, and export to Markdown, HTML, PDF, JSON or an
evidence bundle (a .zip anyone can check with ``evidence-desk verify``).

Open it from the main window with the project and the operations' ``changed`` signal, so the
preview follows edits made while it is open::

    dialog = DossierDialog(project, self, changed=self.operations.changed)
    dialog.show()   # non-modal: the analyst can keep tagging and watch the preview update

The preview is Qt's rendering of the same HTML the export writes (charts as images); it refreshes
on a short debounce after any option changes or the project changes. It is built in a worker thread (a desk's
dossier takes a second to build) and shows the dossier's first pages only (``PREVIEW_CHARS``): laying out a
whole desk's, tens of MB of HTML, held the window for minutes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.dossier.build import DEFAULT_TITLE, build_dossier
from desktop.dossier.counts import summary_line
from desktop.dossier.files import FORMAT_NAMES, SUFFIXES, export_target, write_dossier
from desktop.dossier.model import Dossier, DossierOptions
from desktop.dossier.words import DossierText
from desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Context, current_language, language
from desktop.services import solo
from desktop.services.changes import Outcome
from desktop.services.progress import Cancelled
from desktop.services.settings import get_setting
from desktop.storage.errors import StorageError
from desktop.storage.project import Project
from desktop.ui.bundle_export import write_bundle
from desktop.ui.operation_support import BackgroundOp, Progress
from desktop.ui.pdf_export import PreviewBody, write_pdf
from desktop.ui.progress_showing import show_when_due, start_settled

DossierDialogCounts = Context("DossierDialogCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

FORMAT_CHOICES = ((QT_TRANSLATE_NOOP("DossierDialog", "Markdown"), "md"),
                  (QT_TRANSLATE_NOOP("DossierDialog", "HTML (one standalone file)"), "html"),
                  (QT_TRANSLATE_NOOP("DossierDialog", "PDF (A4)"), "pdf"),
                  (QT_TRANSLATE_NOOP("DossierDialog", "JSON"), "json"),
                  (QT_TRANSLATE_NOOP("DossierDialog", "Evidence bundle (ZIP: HTML, PDF, JSON, the sources, hashes)"),
                   "bundle"))
FILTERS = {"md": QT_TRANSLATE_NOOP("DossierDialog", "Markdown (*.md)"),
           "html": QT_TRANSLATE_NOOP("DossierDialog", "HTML page (*.html)"),
           "pdf": QT_TRANSLATE_NOOP("DossierDialog", "PDF document (*.pdf)"),
           "json": QT_TRANSLATE_NOOP("DossierDialog", "JSON (*.json)"),
           "bundle": QT_TRANSLATE_NOOP("DossierDialog", "Evidence bundle (*.zip)")}
PREVIEW_DEBOUNCE_MS = 300
SHOW_PROGRESS_AFTER_MS = 400
PREVIEW_MARGIN_PX = 18
PREVIEW_CHARS = 100_000  # of the dossier's HTML body shown in the preview (then to the next section)


def run_and_wait(parent: QWidget, label: str, step: Callable[[Progress], Outcome[Any]]) -> BackgroundOp:
    """Run ``step`` in a worker thread with a progress dialog (Cancel stops it at its next report), the event
    loop running meanwhile; returns the finished op (``outcome`` or ``error``)."""
    op = BackgroundOp(label, parent)
    dialog = QProgressDialog(f"{label}…", QCoreApplication.translate("DossierDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(op.cancel)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    op.progressed.connect(progressed)
    show_when_due(dialog, op, SHOW_PROGRESS_AFTER_MS)  # with the worker resting while the window repaints
    loop = QEventLoop()
    op.finished.connect(loop.quit)
    start_settled(op, step)
    if not op.done:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return op


class DossierDialog(QDialog):
    exported = Signal(str)  # the path written

    def __init__(self, project: Project, parent: QWidget | None = None, *,
                 changed: SignalInstance | None = None, author_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setWindowTitle(self.tr("Export dossier"))
        self.resize(980, 760)
        self.project = project
        self.last_folder = Path.home()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("dossierTitle")
        self.title_edit.setPlaceholderText(get_setting(project, "title") or DossierText.tr(DEFAULT_TITLE))
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("dossierFormat")
        for label, fmt in FORMAT_CHOICES:
            self.format_combo.addItem(self.tr(label), fmt)
        # A drop-down list under the box: Fusion's default popup is centred on the current item, so a
        # click aimed at the entry one saw above could land on another.
        self.format_combo.setStyleSheet("QComboBox { combobox-popup: 0; }")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("dossierLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current_language()), 0))
        self.language_combo.setToolTip(self.tr("The language of the dossier's headings, labels and sentences, and "
                                               "how its numbers and dates are written; quotes stay verbatim"))
        self.language_combo.setStyleSheet("QComboBox { combobox-popup: 0; }")
        self.include_pending = QCheckBox(self.tr("Include pending annotations (proposed, disputed)"))
        self.include_entities = QCheckBox(self.tr("Include entities"))
        self.include_entities.setChecked(True)
        self.include_notes = QCheckBox(self.tr("Include analysts' notes"))
        self.include_notes.setChecked(True)
        # Alone, your unreviewed work is what there is to export: pending is included by default (services.solo)
        self.alone = author_id is not None and solo.is_alone(project, author_id)
        self.include_pending.setChecked(author_id is not None and solo.export_includes_pending(project, author_id))
        self.scope_note = QLabel()
        self.scope_note.setObjectName("dossierScopeNote")
        self.scope_note.setWordWrap(True)
        self.scope_note.setStyleSheet("color: #4b5563;")

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        options = QVBoxLayout()
        for box in (self.include_pending, self.include_entities, self.include_notes):
            options.addWidget(box)
        options.addWidget(self.scope_note)
        form.addRow(self.tr("Contents"), options)

        self.preview = QTextBrowser()
        self.preview.setObjectName("dossierPreview")
        self.preview.setOpenExternalLinks(True)
        self.preview.setPlaceholderText(self.tr("Building the preview…"))
        self.status = QLabel()
        self.status.setObjectName("dossierStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.title_edit.textChanged.connect(self.schedule_refresh)
        self.language_combo.currentIndexChanged.connect(self.schedule_refresh)
        for box in (self.include_pending, self.include_entities, self.include_notes):
            box.toggled.connect(self.schedule_refresh)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.close)
        self._document: QTextDocument | None = None
        self._building: BackgroundOp | None = None  # the preview being built in a worker thread
        self._again = False  # the options or the project changed while it was built: build it again
        self._changed = changed
        if changed is not None:
            changed.connect(self.schedule_refresh)
        self.refresh_preview()

    # --- options and preview ----------------------------------------------------------------------

    def options(self) -> DossierOptions:
        return DossierOptions(
            title=self.title_edit.text().strip(), include_pending=self.include_pending.isChecked(),
            include_entities=self.include_entities.isChecked(), include_notes=self.include_notes.isChecked(),
        )

    def selected_language(self) -> str:
        """The dossier's language (the interface's, unless the analyst chose another)."""
        return str(self.language_combo.currentData())

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))

    def selected_format(self) -> str:
        return str(self.format_combo.currentData())

    def schedule_refresh(self, *_args: object) -> None:
        """Refresh the preview shortly: many quick changes cost one rebuild."""
        self._timer.start()

    def building(self) -> bool:
        """Whether the preview is being built (in a worker thread; the status line says so meanwhile)."""
        return self._building is not None

    def refresh_preview(self) -> None:
        """Build the preview again in a worker thread; it is shown when built (``_preview_built``)."""
        self._timer.stop()
        if self._building is not None:  # the options or the project changed meanwhile: built again after
            self._again = True
            self._building.cancel()
            return
        project, options, chosen_language = self.project, self.options(), self.selected_language()
        image_dpi = round(96 * 2 * max(1.0, self.devicePixelRatioF()))

        def step(report: Progress) -> Outcome[tuple[Dossier, PreviewBody]]:
            with language(chosen_language):  # a context variable: this thread's, the window keeps its own
                dossier = build_dossier(project, options, progress=lambda d, t: report(d, t))
                return Outcome((dossier, PreviewBody(dossier, image_dpi, PREVIEW_CHARS)))

        op = self._building = BackgroundOp(self.tr("Building the preview"), self)
        op.finished.connect(lambda: self._preview_built(op))
        self.status.setText(self.tr("Building the preview…"))
        start_settled(op, step)

    def _preview_built(self, op: BackgroundOp) -> None:
        self._building = None
        if self._again:
            self._again = False
            self.refresh_preview()
            return
        if op.error is not None:
            if isinstance(op.error, Cancelled):
                return
            # shown to the analyst instead of a stale preview
            self.preview.setPlainText(self.tr("The dossier cannot be built: {reason}").format(reason=op.error))
            self.status.setText("")
            self.export_button.setEnabled(False)
            return
        assert op.outcome is not None
        dossier, body = op.outcome.value
        scroll = self.preview.verticalScrollBar().value()
        self.export_button.setEnabled(True)
        document = body.document()
        document.setDocumentMargin(PREVIEW_MARGIN_PX)
        document.setParent(self)
        self.preview.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        self.preview.verticalScrollBar().setValue(scroll)
        status = self._summary(dossier)
        if not body.whole:
            status += " · " + self.tr("the preview shows the first pages; the export holds the whole dossier")
        self.status.setText(status)
        self.scope_note.setText(self._scope_text(dossier))
        self.scope_note.setVisible(bool(self.scope_note.text()))

    @staticmethod
    def _summary(dossier: Dossier) -> str:
        return summary_line(dossier)

    def _scope_text(self, dossier: Dossier) -> str:
        """What the export leaves out and why, and (alone) why pending work is in."""
        left_out = dossier.left_out_count()
        if dossier.options.include_pending:
            if self.alone:
                return self.tr("You are the only analyst in this project, so your annotations nobody has reviewed "
                               "are included, marked “(pending)”. Untick to export only what you accepted (Review › "
                               "Next Pending, N, walks your own).")
            return ""
        if left_out:
            return DossierDialogCounts.tr("%n annotation(s) not yet reviewed is/are left out (the dossier says so). "
                                          "Tick Include pending to show them marked “(pending)”, or review them "
                                          "first (Review › Next Pending, N).", "", left_out)
        return ""

    # --- export -----------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        title = self.title_edit.text().strip() or self.title_edit.placeholderText()
        stem = re.sub(r"[^\w\-]+", "-", title, flags=re.UNICODE).strip("-").lower()[:60] or "dossier"
        return self.last_folder / f"{stem}{SUFFIXES[self.selected_format()]}"

    @staticmethod
    def file_filters(fmt: str) -> str:
        """The save dialog's filters, the chosen format's first (and selected)."""
        order = [fmt] + [f for _label, f in FORMAT_CHOICES if f != fmt]
        return ";;".join(QCoreApplication.translate("DossierDialog", FILTERS[f]) for f in order)

    @staticmethod
    def filter_format(chosen_filter: str) -> str | None:
        """The format of a filter the save dialog reports (as it was shown, in the reader's language)."""
        return next((fmt for fmt, text in FILTERS.items() if QCoreApplication.translate("DossierDialog", text) == chosen_filter), None)

    def export(self) -> None:
        fmt = self.selected_format()
        path, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Export dossier"), str(self.suggested_path()),
                                                          self.file_filters(fmt), self.tr(FILTERS[fmt]))
        if not path:
            return
        # A name without a known extension gets the format of the filter picked in the dialog.
        self.export_to(path, self.filter_format(chosen_filter) or fmt)

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def export_to(self, path: str | Path, fmt: str | None = None) -> bool:
        """Build and write the dossier with a progress dialog. True when the file was written.

        The file name's extension wins over ``fmt`` (default: the Format box) so that no file holds one
        format under another's extension: "brief.json" is written as JSON, the Format box follows, and
        the status line says so. A name without a known extension gets ``fmt``'s.
        """
        target = export_target(path, fmt or self.selected_format())
        combo_format = self.selected_format()
        path, fmt = target.path, target.format
        note = ""
        if fmt != combo_format:
            note = self.tr(". The file name ends in {suffix}, so {written} was written, not {chosen}; "
                           "Format now says {written}.").format(suffix=path.suffix, written=FORMAT_NAMES[fmt],
                                                                chosen=FORMAT_NAMES[combo_format])
            self.set_format(fmt)
        project, options, target_path = self.project, self.options(), path
        chosen_language = self.selected_language()
        # the progress texts in the window's language (the worker speaks the dossier's)
        building, printing, writing = self.tr("Building the dossier…"), self.tr("Printing pages…"), self.tr("Writing…")

        def step(report: Progress) -> Outcome[int]:
            """In a worker thread: the window goes on while a desk's dossier is built and written. Its value:
            the pages of a PDF, else the chart files written beside the dossier."""
            with language(chosen_language):  # a context variable: this thread's, the window keeps its own
                dossier = build_dossier(project, options, progress=lambda d, t: report(d, t, building))
                if fmt == "pdf":
                    return Outcome(write_pdf(dossier, target_path, progress=lambda d, t: report(d, t, printing)))
                if fmt == "bundle":
                    texts, _kept = write_bundle(project, dossier, target_path,
                                                progress=lambda d, t: report(d, t, printing))
                    return Outcome(texts)
                report(0, 0, writing)
                return Outcome(len(write_dossier(dossier, target_path, fmt)) - 1)

        op = run_and_wait(self, self.tr("Export the dossier"), step)
        if op.error is not None:
            if isinstance(op.error, Cancelled):
                self.status.setText(self.tr("Not exported: cancelled; nothing was written."))
                return False
            if isinstance(op.error, OSError | StorageError | ValueError):  # ValueError: a PDF too long
                self.status.setText(self.tr("Not exported: {reason}").format(reason=op.error))
                return False
            raise op.error
        count = op.outcome.value if op.outcome is not None else 0
        if fmt == "pdf":
            detail = DossierDialogCounts.tr("(%n page(s))", "", count)
        elif fmt == "bundle":
            detail = DossierDialogCounts.tr("(the dossier as HTML, PDF and JSON, with %n source text(s) and their "
                                            "hashes; `evidence-desk verify` checks it)", "", count)
        else:
            detail = DossierDialogCounts.tr("(and %n chart file(s) beside it)", "", count) if count else ""
        self.last_folder = Path(path).parent
        self.status.setText(self.tr("Exported to {path} as {format} {detail}").format(
            path=path, format=FORMAT_NAMES[fmt], detail=detail).rstrip() + note)
        self.exported.emit(str(path))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        if self._building is not None:  # no worker left reading a project that may be closed next
            self._again = False
            self._building.stop()
        if self._changed is not None:
            try:
                self._changed.disconnect(self.schedule_refresh)
            except (RuntimeError, TypeError):
                pass
            self._changed = None
        super().closeEvent(event)

"""Documents from the window: File > Import (and files dropped on the window), Edit > Document
Metadata, and deleting a document from the document list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from desktop.i18n import QT_TRANSLATE_NOOP, Context

if TYPE_CHECKING:
    from desktop.services.importing import ImportReport
    from desktop.ui.main_window import MainWindow
    from desktop.ui.web_add import WebAdder


WindowDocuments = Context("WindowDocuments")
IMPORT_FILTER = QT_TRANSLATE_NOOP("WindowDocuments", "Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;"
                                                     "Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;"
                                                     "E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)")
PROGRESS_FROM = 4  # files: fewer are imported without a progress dialog


def dropped_paths(mime: QMimeData) -> list[str]:
    """The local files in a drag (web addresses are ``dropped_urls``)."""
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def dropped_urls(mime: QMimeData) -> list[str]:
    """The web addresses in a drag: links dragged from a browser, or an address dragged as text."""
    found: list[str] = []
    if mime.hasUrls():
        found = [u.toString() for u in mime.urls() if u.scheme().lower() in ("http", "https")]
    if not found and mime.hasText():
        found = [line.strip() for line in mime.text().splitlines()
                 if line.strip().lower().startswith(("http://", "https://")) and " " not in line.strip()]
    return list(dict.fromkeys(found))


class DocumentActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._web: WebAdder | None = None

    # --- web addresses ------------------------------------------------------------------------
    @property
    def web(self) -> WebAdder:
        if self._web is None:
            from desktop.ui.web_add import WebAdder

            self._web = WebAdder(self._window)
        return self._web

    def stop(self) -> None:
        """The window is closing: a fetch in flight is cancelled and its thread waited for."""
        if self._web is not None:
            self._web.stop()

    def add_url_dialog(self) -> None:
        self.web.ask()

    def add_urls(self, urls: list[str]) -> None:
        """Fetch and add web addresses one after another (off the GUI thread, with progress and cancel)."""
        self.web.add(urls)

    def add_urls_later(self, urls: list[str]) -> None:
        QTimer.singleShot(0, self._window, lambda: self.add_urls(urls))

    # --- metadata and deletion ----------------------------------------------------------------
    def edit_active_document(self) -> None:
        window = self._window
        pane = window.pane_area.active_pane()
        document_id = pane.document_id if pane is not None else window.document_list.current_document_id()
        if document_id is None:
            window.show_status(WindowDocuments.tr("Open or select a document first."))
            return
        self.edit_document(document_id)

    def edit_document(self, document_id: int) -> None:
        window = self._window
        summary = window.document_model.summary(document_id)
        if summary is None:
            return
        from desktop.ui.document_dialog import DocumentDialog  # when first asked for, not at start-up

        dialog = DocumentDialog(summary, window)
        if dialog.exec() == DocumentDialog.DialogCode.Accepted:
            fields = dialog.changed_values()
            if fields:
                window.ops.update_document(document_id, **fields)

    def delete_document(self, document_id: int) -> None:
        window = self._window
        summary = window.document_model.summary(document_id)
        if summary is None:
            return
        question = WindowDocuments.tr("Delete “{title}” and its %n annotation(s)?\n\nThis cannot be undone, and it "
                                      "clears the undo history.", "", summary.annotation_count).format(
            title=summary.title)
        if window.confirm(WindowDocuments.tr("Delete document"), question):
            window.ops.delete_document(document_id)

    # --- import -------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self._window, WindowDocuments.tr("Import documents"), str(Path.home()),
                                                WindowDocuments.tr(IMPORT_FILTER))
        if paths:
            self.import_paths(paths)

    def import_later(self, paths: list[str]) -> None:
        """Import dropped files once the drag is over (a dialog must not open inside the drop)."""
        QTimer.singleShot(0, self._window, lambda: self.import_paths(paths))

    def import_paths(self, paths: list[str], full_text: bool = False) -> ImportReport | None:
        """Import files and show what was added and what was refused (and why). Pages in which no
        article was found are offered again with their full text."""
        window = self._window
        progress = None
        if len(paths) >= PROGRESS_FROM:
            progress = QProgressDialog(WindowDocuments.tr("Importing…"), WindowDocuments.tr("Stop"), 0, len(paths),
                                       window)
            progress.setWindowTitle(WindowDocuments.tr("Import"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def advance(done: int, total: int, name: str) -> bool:
            assert progress is not None
            progress.setValue(done)
            progress.setLabelText(WindowDocuments.tr("Importing {file}…").format(file=Path(name).name) if name
                                  else WindowDocuments.tr("Done"))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            report = window.ops.import_files(paths, progress=advance if progress is not None else None,
                                             full_text=full_text)
        finally:
            if progress is not None:
                progress.close()
        if report is None:
            return None
        added_lines = []
        for result in report.results:
            if result.document_id is not None:  # added
                summary = window.document_model.summary(result.document_id)
                title = summary.title if summary else ""
                added_lines.append(f"✓ {Path(result.path).name} — {title}")
        refused_lines = [f"✗ {Path(r.path).name}: {r.message}" for r in report.refused]
        details = "\n".join(added_lines + ([""] if added_lines and refused_lines else []) + refused_lines)
        kind = QMessageBox.Icon.Information if not report.refused else QMessageBox.Icon.Warning
        window.message_box(kind, WindowDocuments.tr("Import"), report.summary(), details)
        if report.added:
            window.document_list.select_document(report.added[-1])
        pages = [r.path for r in report.results if r.no_article]
        if pages and not full_text:
            self._offer_full_text(pages)
        return report

    def _offer_full_text(self, pages: list[str]) -> None:
        window = self._window
        names = ", ".join(Path(p).name for p in pages[:3])
        if len(pages) > 3:
            names = WindowDocuments.tr("{names} and %n more", "", len(pages) - 3).format(names=names)
        question = WindowDocuments.tr("No article was found in {names}. Add the full text of the page instead?",
                                      "", len(pages)).format(names=names)
        box = QMessageBox(QMessageBox.Icon.Question, WindowDocuments.tr("Import"),
                          question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
        box.setObjectName("fullTextQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(WindowDocuments.tr("Add Full Text"))
        box.button(QMessageBox.StandardButton.No).setText(WindowDocuments.tr("Don't Add"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.accepted.connect(lambda: QTimer.singleShot(0, window, lambda: self.import_paths(pages, full_text=True)))
        window.last_message = box
        box.open()

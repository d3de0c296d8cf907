"""File › Add from Web Address… (and web addresses dropped on the window).

The address is checked against the project first (already there: said at once, nothing fetched).
The fetch runs off the GUI thread (``FetchThread``) behind a progress dialog whose Cancel stops it;
what comes back is stored on the GUI thread through the operations (``ops.add_fetched``). A page
without an article asks whether to add its whole text instead. Every refusal is one message.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog

if TYPE_CHECKING:
    from desktop.services.importing import ImportedText
    from desktop.sources.fetch import Exchange
    from desktop.ui.main_window import MainWindow


class FetchThread(QThread):
    """Fetches one address and prepares it (WARC, extraction); never touches the project."""

    progressed = Signal(int, int)  # bytes read, bytes expected (0: unknown)
    fetched = Signal(object, object)  # (ImportedText, known addresses)
    no_article = Signal(object, str)  # (the exchange, the message)
    refused = Signal(str)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        from desktop.services.importing import ImportRefused, NoArticleFound
        from desktop.services.web import fetch_exchange, prepare_exchange

        def progress(done: int, expected: int | None) -> None:
            self.progressed.emit(done, expected or 0)

        try:
            exchange = fetch_exchange(self.url, progress=progress, cancelled=self.cancel_event.is_set)
            if self.cancel_event.is_set():
                return
            try:
                doc, known = prepare_exchange(exchange)
            except NoArticleFound as exc:
                self.no_article.emit(exchange, str(exc))
                return
        except ImportRefused as exc:
            if not self.cancel_event.is_set():
                self.refused.emit(str(exc))
            return
        except Exception as exc:
            self.refused.emit(f"The page could not be added: {exc}")
            return
        if not self.cancel_event.is_set():
            self.fetched.emit(doc, known)


def address_on_clipboard() -> str:
    text = (QGuiApplication.clipboard().text() or "").strip()
    return text if text.lower().startswith(("http://", "https://")) and " " not in text else ""


class WebAdder(QObject):
    """One address at a time, in order; the window shows what happened to each."""

    finished = Signal(object)  # the document id added, or None

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._queue: list[str] = []
        self.fetch_thread: FetchThread | None = None
        self.progress: QProgressDialog | None = None
        self.added: list[int] = []

    @property
    def busy(self) -> bool:
        return self.fetch_thread is not None

    def ask(self) -> None:
        url, ok = QInputDialog.getText(self._window, "Add from Web Address",
                                       "Address of a web page, PDF or Word file (http:// or https://):",
                                       QLineEdit.EchoMode.Normal, address_on_clipboard())
        if ok and url.strip():
            self.add([url.strip()])

    def add(self, urls: list[str]) -> None:
        self._queue.extend(urls)
        if not self.busy:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        url = self._queue.pop(0)
        from desktop.services.importing import ImportRefused
        from desktop.services.web import check_not_in_project
        from desktop.sources.errors import SourceRefused
        from desktop.sources.fetch import check_address

        try:
            url = check_address(url)
            check_not_in_project(self._window.project, url)
        except (ImportRefused, SourceRefused) as exc:
            self._refuse(url, str(exc))
            return
        thread = FetchThread(url, self)
        self.fetch_thread = thread
        progress = QProgressDialog(f"Fetching {url}…", "Cancel", 0, 0, self._window)
        progress.setObjectName("fetchProgress")
        progress.setWindowTitle("Add from Web Address")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        thread.progressed.connect(self._progressed)
        thread.fetched.connect(self._store)
        thread.no_article.connect(self._offer_full_text)
        thread.refused.connect(lambda message: self._refuse(url, message))
        thread.finished.connect(self._thread_done)
        thread.start()

    def cancel(self) -> None:
        """Stop the fetch in flight: nothing is added; the thread ends on its own."""
        if self.fetch_thread is not None:
            self.fetch_thread.cancel()
            self._window.show_status("Cancelled: nothing was added.")
        self._queue.clear()
        self._close_progress()

    def stop(self) -> None:
        """Cancel the fetch in flight and wait for its thread to end (the window is closing: a thread still
        running when its QThread is deleted would abort the program). Nothing is added."""
        self._queue.clear()
        thread = self.fetch_thread
        if thread is not None:
            thread.cancel()
            thread.wait()
        self._close_progress()

    def _progressed(self, done: int, expected: int) -> None:
        if self.progress is None:
            return
        if expected:
            self.progress.setMaximum(expected)
            self.progress.setValue(min(done, expected))
        self.progress.setLabelText(f"Fetching {self.fetch_thread.url if self.fetch_thread else ''}… {done:,} bytes")

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _thread_done(self) -> None:
        thread = self.fetch_thread
        self.fetch_thread = None
        if thread is not None:
            thread.deleteLater()
        if self.progress is not None and not self._waiting_for_answer:
            self._close_progress()
        if not self._waiting_for_answer:
            self._next()

    _waiting_for_answer = False

    def _store(self, doc: ImportedText, known: tuple[str, ...]) -> None:
        self._close_progress()
        document_id = self._window.ops.add_fetched(doc, known)
        if document_id is not None:
            self.added.append(document_id)
            summary = self._window.document_model.summary(document_id)
            title = summary.title if summary else ""
            self._window.show_status(f"Added “{title}” from {known[0] if known else ''}")
            self._window.document_list.select_document(document_id)
        self.finished.emit(document_id)

    def _refuse(self, url: str, message: str) -> None:
        self._close_progress()
        self._window.message_box(QMessageBox.Icon.Warning, "Add from Web Address", "The page was not added.",
                                 f"{url}\n\n{message}")
        self.finished.emit(None)
        if not self.busy:
            self._next()

    def _offer_full_text(self, exchange: Exchange, message: str) -> None:
        self._close_progress()
        self._waiting_for_answer = True
        box = QMessageBox(QMessageBox.Icon.Question, "Add from Web Address", message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._window)
        box.setObjectName("fullTextQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText("Add Full Text")
        box.button(QMessageBox.StandardButton.No).setText("Don't Add")
        box.setInformativeText("Its whole visible text (menus and links included) can be added instead.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda result: self._answered(exchange, result == QMessageBox.StandardButton.Yes))
        self._window.last_message = box
        box.open()

    def _answered(self, exchange: Exchange, full_text: bool) -> None:
        from desktop.services.importing import ImportRefused
        from desktop.services.web import prepare_exchange

        self._waiting_for_answer = False
        if full_text:
            try:
                doc, known = prepare_exchange(exchange, full_text=True)
            except ImportRefused as exc:
                self._refuse(getattr(exchange, "url", ""), str(exc))
                return
            self._store(doc, known)
        else:
            self._window.show_status("Nothing was added.")
            self.finished.emit(None)
        if not self.busy:
            self._next()

"""Sources in the real window: File › Add from Web Address… (off the GUI thread, with progress and
cancel), web addresses and files dropped on the window, the document list's provenance columns, and
Arabic articles shown right to left and tagged."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.ui.document_list import AUTHOR, DATE, LABEL, OUTLET
from tests.fixtures.sources.make import make_pdf
from tests.fixtures.sources.pages import ARABIC, ITALIAN, article_html, home_page
from tests.fixtures.sources.server import Route
from tests.gui.conftest import tag_phrase


def _row(window, document_id):
    model = window.document_model
    row = model.row_of(document_id)
    return {col: model.index(row, col).data() for col in (LABEL, OUTLET, DATE, AUTHOR)}


def _wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.document_actions.web.busy, timeout=15000)


def test_the_file_menu_adds_a_page_by_address_off_the_gui_thread(qtbot, window, web_server, gui_project):
    assert window.add_url_action in window.file_menu.actions()
    url = web_server.add("/it", Route(body=article_html(ITALIAN)))
    before = len(list_documents(gui_project))
    with qtbot.waitSignal(window.document_actions.web.finished, timeout=15000) as done:
        window.document_actions.add_urls([url])
        assert window.document_actions.web.busy  # the fetch runs in its thread; the window stays live
    document_id = done.args[0]
    assert len(list_documents(gui_project)) == before + 1
    assert _row(window, document_id) == {LABEL: "CT 2025-06-13", OUTLET: ITALIAN.outlet, DATE: ITALIAN.published,
                                         AUTHOR: ITALIAN.author}
    assert "Accedi" not in document_text(gui_project, document_id)
    assert window.document_list.current_document_id() == document_id
    _wait_idle(qtbot, window)

    # the same address again: said at once, nothing fetched, nothing added
    fetched = len(web_server.requests)
    window.document_actions.add_urls([url])
    box = window.last_message
    assert box is not None and "already in the project" in box.informativeText()
    assert len(web_server.requests) == fetched and len(list_documents(gui_project)) == before + 1
    box.close()


def test_a_refused_page_gets_one_message_and_nothing_is_stored(qtbot, window, web_server, gui_project):
    before = len(list_documents(gui_project))
    with qtbot.waitSignal(window.document_actions.web.finished, timeout=15000):
        window.document_actions.add_urls([web_server.add("/gone", Route(status=404, body=b"<h1>no</h1>"))])
    assert "404 Not Found" in window.last_message.informativeText()
    assert len(list_documents(gui_project)) == before
    window.last_message.close()
    _wait_idle(qtbot, window)


def test_cancel_stops_the_fetch_and_adds_nothing(qtbot, window, web_server, gui_project):
    before = len(list_documents(gui_project))
    web = window.document_actions.web
    window.document_actions.add_urls([web_server.add("/slow", Route(body=article_html(ARABIC), delay=3))])
    assert web.busy and web.progress is not None
    web.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert web.progress is None
    _wait_idle(qtbot, window)
    assert len(list_documents(gui_project)) == before
    assert "Cancelled" in window.statusBar().currentMessage()


def test_closing_the_window_during_a_fetch_stops_it_and_ends_its_thread(qtbot, window, web_server, gui_project):
    before = len(list_documents(gui_project))
    web = window.document_actions.web
    window.document_actions.add_urls([web_server.add("/slow", Route(body=article_html(ARABIC), delay=3))])
    thread = web.fetch_thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert not thread.isRunning()  # ended before the window (its parent) can be deleted
    assert web.progress is None
    assert len(list_documents(gui_project)) == before


def test_a_page_without_an_article_offers_its_full_text(qtbot, window, web_server, gui_project):
    before = len(list_documents(gui_project))
    window.document_actions.add_urls([web_server.add("/", Route(body=home_page()))])
    qtbot.waitUntil(lambda: window.last_message is not None
                    and window.last_message.objectName() == "fullTextQuestion", timeout=15000)
    with qtbot.waitSignal(window.document_actions.web.finished, timeout=15000) as done:
        window.last_message.button(QMessageBox.StandardButton.Yes).click()
    assert "Titolo 3" in document_text(gui_project, done.args[0])
    assert len(list_documents(gui_project)) == before + 1
    _wait_idle(qtbot, window)


def _drop(window, mime):
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def test_dropping_a_web_address_and_a_pdf_adds_both(qtbot, window, web_server, gui_project, tmp_path):
    url = web_server.add("/ar", Route(body=article_html(ARABIC)))
    pdf = tmp_path / "rapporto.pdf"
    pdf.write_bytes(make_pdf([["Relazione sulla quota di Meta."], ["Seconda pagina."]]))
    mime = QMimeData()
    mime.setUrls([QUrl(url), QUrl.fromLocalFile(str(pdf))])
    before = len(list_documents(gui_project))
    with qtbot.waitSignal(window.document_actions.web.finished, timeout=15000):
        assert _drop(window, mime).isAccepted()
    qtbot.waitUntil(lambda: len(list_documents(gui_project)) == before + 2, timeout=15000)
    docs = {d.language: d for d in list_documents(gui_project)[before:]}
    assert docs["ar"].outlet == ARABIC.outlet and docs["it"].pages == 2
    _wait_idle(qtbot, window)
    if window.last_message is not None:
        window.last_message.close()


def test_an_arabic_article_is_shown_right_to_left_and_tagged(qtbot, window, web_server, gui_project):
    url = web_server.add("/ar", Route(body=article_html(ARABIC)))
    with qtbot.waitSignal(window.document_actions.web.finished, timeout=15000) as done:
        window.document_actions.add_urls([url])
    arabic = done.args[0]
    pane = window.pane_area.panes()[1]
    window.open_document(arabic, pane)
    assert pane.right_to_left
    assert pane.text_view().document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    annotation = tag_phrase(qtbot, window, pane, "ألكسندر وانغ", Qt.Key.Key_E)
    view = get_annotation(gui_project, annotation)
    text = document_text(gui_project, arabic)
    assert view.quote == "ألكسندر وانغ" == text[view.start:view.end]
    left = window.pane_area.panes()[0]
    assert not left.right_to_left  # the Italian seed beside it stays left to right
    _wait_idle(qtbot, window)


def test_a_label_is_edited_shown_everywhere_and_undone(qtbot, window, gui_project, italian_id):
    from desktop.ui.lineup.labels import document_labels

    assert window.ops.update_document(italian_id, label="Cryptopolitan 13/6")
    qtbot.waitUntil(lambda: _row(window, italian_id)[LABEL] == "Cryptopolitan 13/6")
    assert document_labels(gui_project)[italian_id] == "Cryptopolitan 13/6"
    window.undo()
    qtbot.waitUntil(lambda: _row(window, italian_id)[LABEL] == "Cryptopolitan")
    # labels tell sources apart: another source's label is refused with a message
    assert not window.ops.update_document(italian_id, label="ft 2025-07-15")
    assert "already has the label" in window.statusBar().currentMessage()
    assert _row(window, italian_id)[LABEL] == "Cryptopolitan"


def test_an_html_file_without_an_article_is_offered_whole(qtbot, window, gui_project, tmp_path):
    page = tmp_path / "home.html"
    page.write_bytes(home_page())
    before = len(list_documents(gui_project))
    window.import_paths([str(page)])
    box = window.last_message
    assert box.objectName() == "fullTextQuestion" and "home.html" in box.text()
    assert len(list_documents(gui_project)) == before
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(list_documents(gui_project)) == before + 1)
    added = list_documents(gui_project)[-1]
    assert "Titolo 3" in document_text(gui_project, added.id)
    window.last_message.close()

"""File > Import Colleague's Annotations… in the real window: the report, the panes, the Conflicts dock, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.interchange.w3c_io import export_w3c
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.queries import get_annotation, list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from desktop.ui.colleague_import import ColleagueExchange, install
from tests.gui.background import wait_for_background
from tests.gui.conftest import ITALIAN_SEED_TITLE

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CLAIM = "OpenAI afferma che continuerà a collaborare con Scale AI"


@pytest.fixture
def marco(tmp_path):
    """Marco's own project: the seeds, and one claim he tagged on the Italian article."""
    project = open_project(tmp_path / "marco.evidence")
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    doc = next(d.id for d in list_documents(project) if d.title == ITALIAN_SEED_TITLE)
    start = document_text(project, doc).index(CLAIM)
    claim = create_annotation(project, document_id=doc, start=start, end=start + len(CLAIM), kind="claim",
                              author_id=author, proposition_label="OpenAI keeps working with Scale AI").value
    yield project, author, claim
    project.close()


@pytest.fixture
def exchange(window) -> ColleagueExchange:
    return install(window)


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def import_via_menu(qtbot, exchange, monkeypatch, path):
    choose_file(monkeypatch, path)
    exchange.import_action.trigger()
    wait_for_background(qtbot, exchange.window)
    dialog = exchange.last_report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def accept(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_file_menu_offers_the_colleague_actions_after_import_documents(window, exchange):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    start = texts.index("&Import Documents…")
    assert texts[start + 1:start + 4] == ["Import &Colleague's Annotations…", "E&xport for a Colleague…",
                                          "Resolve &Conflicts…"]
    assert window.findChild(ColleagueExchange, "colleagueExchange") is exchange
    assert install(window) is exchange  # the composition root may have installed it already
    assert [a.text() for a in file_menu.actions()].count("E&xport for a Colleague…") == 1


def test_importing_shows_the_report_and_the_annotation_in_the_pane_and_list(
        qtbot, window, exchange, monkeypatch, marco, tmp_path, gui_project, italian_id):
    project, _, claim = marco
    sent = tmp_path / "from-marco.jsonld"
    export_w3c(project, sent, mark_exchanged=True)
    pane = window.pane_area.panes()[0]
    if pane.document_id != italian_id:
        window.open_document(italian_id, pane)
    assert window.annotation_list.model.rowCount() == 0

    dialog = import_via_menu(qtbot, exchange, monkeypatch, sent)
    assert dialog.count("imported") == 1 and dialog.count("updated") == 0 and dialog.count("conflicts") == 0
    accept(qtbot, dialog)

    view = get_annotation(gui_project, claim)
    assert (view.author_key, view.author_name) == ("marco-7f3a", "Marco")
    assert claim in {s.id for s in pane.spans()}
    assert window.annotation_list.model.row_of(claim) >= 0

    again = import_via_menu(qtbot, exchange, monkeypatch, sent)
    assert again.count("imported") == 0 and again.count("unchanged") == 1
    accept(qtbot, again)


def test_a_conflict_is_listed_and_take_theirs_is_undone_with_ctrl_z(
        qtbot, window, exchange, monkeypatch, marco, tmp_path, gui_project):
    project, marco_id, claim = marco
    export_w3c(project, tmp_path / "m1.jsonld", mark_exchanged=True)
    accept(qtbot, import_via_menu(qtbot, exchange, monkeypatch, tmp_path / "m1.jsonld"))
    assert not exchange.conflicts_dock.isVisible()

    assert window.ops.update_annotation(claim, note="Friar, at VivaTech")  # Giulia, in the window
    update_annotation(project, claim, marco_id, status="disputed", note="Only Bloomberg reports it")
    export_w3c(project, tmp_path / "m2.jsonld", mark_exchanged=True)

    dialog = import_via_menu(qtbot, exchange, monkeypatch, tmp_path / "m2.jsonld")
    assert dialog.count("conflicts") == 1 and dialog.count("updated") == 0
    assert "you both changed it" in dialog.details.toPlainText()
    accept(qtbot, dialog)
    assert get_annotation(gui_project, claim).note == "Friar, at VivaTech"  # mine was not overwritten

    panel = exchange.conflicts_dock.panel
    qtbot.waitUntil(exchange.conflicts_dock.isVisible)
    assert panel.model.rowCount() == 1
    assert "Resolve &Conflicts (1)…" == exchange.conflicts_action.text()
    rows = {panel.comparison.headerData(r, Qt.Orientation.Vertical): r for r in range(panel.comparison.rowCount())}
    assert panel.comparison.value("note", 0) == "Friar, at VivaTech"
    assert panel.comparison.value("note", 1) == "Only Bloomberg reports it"
    assert panel.comparison.value("status", 1) == "disputed"
    assert panel.comparison.data(panel.comparison.index(rows["Note"], 0), Qt.ItemDataRole.FontRole).bold()

    qtbot.mouseClick(panel.take_theirs_button, Qt.MouseButton.LeftButton)
    view = get_annotation(gui_project, claim)
    assert (view.status, view.note) == ("disputed", "Only Bloomberg reports it")
    assert panel.model.rowCount() == 0
    assert "No open conflicts" in panel.summary.text()

    window.activateWindow()  # shortcuts fire in the active window (offscreen, closing a dialog is not enough)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    view = get_annotation(gui_project, claim)
    assert (view.status, view.note) == ("proposed", "Friar, at VivaTech")
    assert panel.model.rowCount() == 1  # the conflict is open again

    qtbot.mouseClick(panel.keep_mine_button, Qt.MouseButton.LeftButton)
    assert get_annotation(gui_project, claim).note == "Friar, at VivaTech"
    assert panel.model.rowCount() == 0 and exchange.conflicts_action.text() == "Resolve &Conflicts…"


def test_a_colleagues_project_file_brings_its_new_document_into_the_list(
        qtbot, window, exchange, monkeypatch, marco, gui_project):
    project, marco_id, _ = marco
    text = "Reuters: Meta pagherà 14,3 miliardi di dollari per il 49% di Scale AI."
    doc = add_document(project, text, title="Reuters (it)", language="it", outlet="Reuters").value
    create_annotation(project, document_id=doc, start=text.index("14,3"), end=text.index(" per il"),
                      kind="figure", author_id=marco_id)
    project_file = project.path

    dialog = import_via_menu(qtbot, exchange, monkeypatch, project_file)
    assert dialog.count("documents_added") == 1 and dialog.count("imported") == 2
    accept(qtbot, dialog)
    titles = [d.title for d in window.document_model.documents()]
    assert "Reuters (it)" in titles
    added = next(d for d in list_documents(gui_project) if d.title == "Reuters (it)")
    assert [a.quote for a in list_annotations(gui_project, document_id=added.id)] == ["14,3 miliardi di dollari"]


def test_a_file_that_is_not_a_project_or_annotations_is_refused_with_a_message(
        qtbot, window, exchange, monkeypatch, tmp_path, gui_project):
    before = len(list_annotations(gui_project)), len(list_documents(gui_project))
    junk = tmp_path / "notes.evidence"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    choose_file(monkeypatch, junk)
    exchange.import_action.trigger()
    wait_for_background(qtbot, window)
    box = window.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "notes.evidence" in box.text() and "Nothing was imported" in box.text() + box.informativeText()
    box.accept()
    assert (len(list_annotations(gui_project)), len(list_documents(gui_project))) == before
    assert exchange.last_report_dialog is None


def test_a_slow_import_shows_a_progress_dialog(qtbot, window, exchange, monkeypatch, marco, tmp_path):
    project, _, _ = marco
    export_w3c(project, tmp_path / "m1.jsonld")
    exchange.progress_after_ms = 0  # as if the file took longer than the threshold
    accept(qtbot, import_via_menu(qtbot, exchange, monkeypatch, tmp_path / "m1.jsonld"))
    assert exchange.progress_shown
    exchange.progress_after_ms = 60_000
    accept(qtbot, import_via_menu(qtbot, exchange, monkeypatch, tmp_path / "m1.jsonld"))
    assert not exchange.progress_shown


def test_export_for_a_colleague_writes_the_file_and_marks_the_exchange(
        qtbot, window, exchange, monkeypatch, marco, tmp_path, gui_project):
    project, _, claim = marco
    export_w3c(project, tmp_path / "m1.jsonld")
    accept(qtbot, import_via_menu(qtbot, exchange, monkeypatch, tmp_path / "m1.jsonld"))
    assert window.ops.update_annotation(claim, status="accepted")
    out = tmp_path / "for-marco"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    exchange.export_action.trigger()
    qtbot.waitUntil(lambda: window.ops.background is None, timeout=20_000)  # written off the GUI thread
    written = tmp_path / "for-marco.jsonld"
    assert written.exists() and '"ed:status": "accepted"' in written.read_text(encoding="utf-8")
    from desktop.storage.models import Annotation

    with gui_project.read() as s:
        ann = s.get(Annotation, claim)
        assert ann.exchanged_modified == ann.modified

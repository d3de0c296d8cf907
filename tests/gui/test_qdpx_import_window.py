"""File › Import Colleague's Annotations… with a REFI-QDA project made by QualCoder: the analyst confirms
how its codes map, and every coding arrives on its exact text, with its memo and its coder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.services.documents import document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.ui.qdpx_mapping_dialog import QdpxMappingDialog
from tests.gui.background import wait_for_background

pytestmark = pytest.mark.gui

COLLEAGUE = "desktop.ui.colleague_import"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "qualcoder.qdpx"


def test_a_qualcoder_project_is_imported_through_the_code_mapping(qtbot, window, gui_project, monkeypatch, tmp_path):
    copy = tmp_path / "interviews.qdpx"
    copy.write_bytes(FIXTURE.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    exchange = window.features[COLLEAGUE]
    seen: list[str] = []

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QdpxMappingDialog)
        rows = {dialog.table.item(r, 0).text().strip(): dialog.combos[g].currentData()
                for r, g in enumerate(dialog.combos)}
        seen.append(str(rows))
        assert rows["Meta"] == "entity" and rows["Meta's stake in Scale AI"] == "figure"
        assert rows["OpenAI keeps working with Scale AI"] == "claim" and rows["Trust in sources"] == "claim"
        dialog.set_kind("Trust in sources", "skip")  # the analyst leaves the free code out
        dialog.import_button.click()

    QTimer.singleShot(0, window, confirm)
    exchange.import_action.trigger()
    assert seen, "the mapping was not shown"
    wait_for_background(qtbot, window)  # the import runs off the GUI thread, through the runner
    report = exchange.last_report_dialog
    assert report is not None and report.count("imported") == 8 and report.count("documents_added") == 2
    titles = {d.title: d.id for d in list_documents(gui_project)}
    views = [v for v in list_annotations(gui_project) if v.document_id in (titles["Interview Giulia"],
                                                                            titles["Notes Marco"])]
    for view in views:
        assert document_text(gui_project, view.document_id)[view.start:view.end] == view.quote
    assert "Nessuna cifra confermata" not in {v.quote for v in views}  # not imported, as chosen
    wang = next(v for v in views if v.quote == "Alexandr Wang")
    assert (wang.author_name, wang.note, wang.entity_name) == ("marco", "Founder 🚀, now at Meta.", "Alexandr Wang")
    assert "Interview Giulia" in [d.title for d in window.document_model.documents()]
    report.accept()


def test_cancelling_the_mapping_imports_nothing(qtbot, window, gui_project, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(FIXTURE), ""))
    before = (len(list_documents(gui_project)), len(list_annotations(gui_project)))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QdpxMappingDialog)
        dialog.reject()

    QTimer.singleShot(0, window, cancel)
    window.features[COLLEAGUE].import_action.trigger()
    assert window.ops.background is None  # no import was started
    assert (len(list_documents(gui_project)), len(list_annotations(gui_project))) == before


def test_a_qdpx_import_runs_in_the_background_and_cancel_writes_nothing(qtbot, window, gui_project, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from desktop.services import exchange as exchange_service

    exchange = window.features[COLLEAGUE]
    monkeypatch.setattr(exchange, "confirm_mapping", lambda _qdpx, mapping, _name: mapping)  # as proposed
    entered, release = threading.Event(), threading.Event()
    real = exchange_service.import_one_annotation

    def held(run, item):  # the worker waits here until the test has pressed Cancel
        entered.set()
        assert release.wait(30)
        real(run, item)

    monkeypatch.setattr(exchange_service, "import_one_annotation", held)
    exchange.progress_after_ms = 0
    before = (len(list_documents(gui_project)), len(list_annotations(gui_project)))
    op = exchange.import_path(FIXTURE)
    assert op is not None and window.ops.background is op  # off the GUI thread, through the runner
    dialog = window.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() > 0)
    qtbot.waitUntil(entered.is_set)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    wait_for_background(qtbot, window)
    assert op.failure is not None and op.failure.cancelled
    assert (len(list_documents(gui_project)), len(list_annotations(gui_project))) == before
    assert "cancelled, nothing was written" in window.statusBar().currentMessage()

    monkeypatch.setattr(exchange_service, "import_one_annotation", real)
    exchange.import_path(FIXTURE)
    wait_for_background(qtbot, window)
    assert len(list_annotations(gui_project)) == before[1] + 9
    exchange.last_report_dialog.accept()


def test_a_broken_qdpx_is_one_message_and_no_mapping(qtbot, window, gui_project, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    exchange = window.features[COLLEAGUE]
    monkeypatch.setattr(exchange, "confirm_mapping", lambda *_a: pytest.fail("no mapping for a broken file"))
    assert exchange.import_path(broken) is None
    box = window.last_message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("broken.qdpx: ") and "Nothing was imported." in box.text()
    assert window.ops.background is None
    box.close()


def test_the_mapping_says_what_the_file_holds_that_is_not_imported(qtbot, tmp_path):
    """A project with a picture source: the mapping names it before anything is written."""
    import zipfile

    from PySide6.QtWidgets import QLabel

    from desktop.interchange.colleague import read_qdpx_file
    from desktop.interchange.qdpx_import import default_mapping

    with_picture = tmp_path / "with-picture.qdpx"
    with zipfile.ZipFile(FIXTURE) as source, zipfile.ZipFile(with_picture, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "project.qde":
                data = data.replace(b"</Sources>", b'<PictureSource guid="0d0c0b0a-0000-4000-8000-000000000001" '
                                                   b'name="Chart.png" path="internal://chart.png"/></Sources>', 1)
                assert b"Chart.png" in data
            out.writestr(info, data)
    qdpx = read_qdpx_file(with_picture)
    dialog = QdpxMappingDialog(qdpx, default_mapping(qdpx), with_picture.name)
    qtbot.addWidget(dialog)
    notes = dialog.findChild(QLabel, "qdpxNotes").text()
    assert "Not imported: 1 item(s) (Chart.png: not a text source" in notes

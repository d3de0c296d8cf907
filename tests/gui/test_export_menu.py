"""File › Export… in the real window: each action, triggered from the File menu, writes what it says,
where the analyst chose, and says so; cancelling writes nothing; a failure writes nothing and says why."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.queries import list_annotations
from desktop.ui.dossier_dialog import DossierDialog
from tests.gui.background import wait_for_background
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

FIGURE, ENTITY = "circa 14 miliardi di dollari", "Scale AI"
QDA = "{urn:QDA-XML:project:1.0}"


def file_action(window, text: str) -> QAction:
    """The File menu's action named ``text`` (ignoring the & of its mnemonic)."""
    found = [a for a in window.file_menu.actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, [a.text() for a in window.file_menu.actions()]
    return found[0]


def answer_save_dialog(monkeypatch, path) -> list[tuple]:
    """The next save dialogs answer ``path`` ("" = Cancel); returns what they were opened with."""
    asked: list[tuple] = []

    def answer(*args, **kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


@pytest.fixture
def tagged(qtbot, window, pane):
    """Two annotations made in the window, the way an analyst makes them."""
    ids = [tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F), tag_phrase(qtbot, window, pane, ENTITY, Qt.Key.Key_E)]
    return {v.id: v for v in list_annotations(window.ops.project) if v.id in ids}


def test_the_exports_sit_in_the_file_menu_above_quit(window):
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for name in ("Export Dossier…", "Export REFI-QDA Project (.qdpx)…", "Export Annotations as CSV…",
                 "Export for a Colleague…"):
        assert texts.index(name) < texts.index("Quit")


def test_csv_from_the_menu_writes_one_row_per_annotation(window, tagged, tmp_path, monkeypatch):
    asked = answer_save_dialog(monkeypatch, tmp_path / "out" / "annotations")  # no suffix typed
    (tmp_path / "out").mkdir()
    file_action(window, "Export Annotations as CSV…").trigger()
    assert len(asked) == 1
    target = tmp_path / "out" / "annotations.csv"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert sorted((r["id"], r["quote"], r["kind"]) for r in rows) == sorted(
        (v.id, v.quote, v.kind) for v in tagged.values())
    assert window.statusBar().currentMessage() == f"Exported 2 annotations to {target}"


def test_refi_qda_from_the_menu_writes_a_project_with_every_quote(window, tagged, tmp_path, monkeypatch):
    answer_save_dialog(monkeypatch, tmp_path / "desk.qdpx")
    file_action(window, "Export REFI-QDA Project (.qdpx)…").trigger()
    with zipfile.ZipFile(tmp_path / "desk.qdpx") as archive:
        root = ET.fromstring(archive.read("project.qde"))
        selections = {s.get("guid"): s.get("name") for s in root.iter(f"{QDA}PlainTextSelection")}
    assert sorted(selections.values()) == sorted(v.quote for v in tagged.values())
    assert window.statusBar().currentMessage() == f"Exported 2 coded selections to {tmp_path / 'desk.qdpx'}"


def test_the_dossier_from_the_menu_previews_and_writes_the_chosen_format(qtbot, window, tagged, tmp_path,
                                                                         monkeypatch):
    file_action(window, "Export Dossier…").trigger()
    dialog = window.findChild(DossierDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.include_pending.setChecked(True)  # the two new tags are still proposed
    qtbot.waitUntil(lambda: FIGURE in dialog.preview.toPlainText(), timeout=5000)
    dialog.set_format("json")
    answer_save_dialog(monkeypatch, tmp_path / "brief.json")
    dialog.export_button.click()
    data = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    quotes = json.dumps(data, ensure_ascii=False)
    assert FIGURE in quotes and ENTITY in quotes
    assert window.statusBar().currentMessage() == f"Dossier written to {tmp_path / 'brief.json'}"
    file_action(window, "Export Dossier…").trigger()  # the same dialog comes back, not a second one
    assert window.findChildren(DossierDialog) == [dialog]


def test_export_for_a_colleague_from_the_menu_writes_json_ld(qtbot, window, tagged, tmp_path, monkeypatch):
    answer_save_dialog(monkeypatch, tmp_path / "for-marco")
    file_action(window, "Export for a Colleague…").trigger()
    wait_for_background(qtbot, window)  # written in a worker thread
    data = json.loads((tmp_path / "for-marco.jsonld").read_text(encoding="utf-8"))
    items = data["first"]["items"]
    assert sorted(i["id"] for i in items) == sorted(f"urn:uuid:{a}" for a in tagged)
    assert sorted(i["target"]["selector"][1]["exact"] for i in items) == sorted(v.quote for v in tagged.values())


@pytest.mark.parametrize("name", ["Export Annotations as CSV…", "Export REFI-QDA Project (.qdpx)…",
                                  "Export for a Colleague…"])
def test_cancelling_the_save_dialog_writes_nothing(window, tagged, tmp_path, monkeypatch, name):
    asked = answer_save_dialog(monkeypatch, "")
    before = window.statusBar().currentMessage()
    file_action(window, name).trigger()
    assert len(asked) == 1  # the dialog was shown, and cancelled
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".csv", ".qdpx", ".jsonld")]
    assert window.statusBar().currentMessage() == before


@pytest.mark.parametrize(("name", "suffix"), [("Export Annotations as CSV…", ".csv"),
                                              ("Export REFI-QDA Project (.qdpx)…", ".qdpx")])
def test_a_folder_that_does_not_exist_gives_one_message_and_writes_nothing(window, tagged, tmp_path,
                                                                           monkeypatch, name, suffix):
    target = tmp_path / "gone" / f"out{suffix}"
    answer_save_dialog(monkeypatch, target)
    file_action(window, name).trigger()
    box = window.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Export failed" and box.text().startswith("Nothing was written")
    assert not target.exists() and not target.parent.exists()
    box.close()

"""File > Export dossier…: the preview shows the dossier, follows the project, and exports."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QObject, Signal

from desktop.services.annotations import update_annotation
from desktop.services.settings import set_setting
from desktop.ui.dossier_dialog import DossierDialog
from tests.fixtures.dossier_project import aid, build_dossier_project

pytestmark = pytest.mark.gui


class Operations(QObject):
    changed = Signal(object)


@pytest.fixture
def dialog(qtbot, project):
    build_dossier_project(project)
    ops = Operations()
    dlg = DossierDialog(project, changed=ops.changed)
    qtbot.addWidget(dlg)
    dlg.ops = ops  # keep the emitter alive with the dialog
    return dlg


def preview_text(dialog) -> str:
    return dialog.preview.toPlainText()


def test_preview_shows_the_title_and_the_dossier(dialog):
    text = preview_text(dialog)
    assert text.startswith("Acme and Widget Co")
    assert "Key figures" in text and "Acme's price for Widget Co" in text
    assert "Sources disagree" in text


def test_preview_follows_the_options(dialog, qtbot):
    dialog.title_edit.setText("Brief for the desk")
    qtbot.waitUntil(lambda: preview_text(dialog).startswith("Brief for the desk"), timeout=3000)
    assert "proposed (pending)" not in preview_text(dialog)
    dialog.include_pending.setChecked(True)
    qtbot.waitUntil(lambda: "proposed (pending)" in preview_text(dialog), timeout=3000)
    dialog.include_entities.setChecked(False)
    qtbot.waitUntil(lambda: "Entities are left out" in preview_text(dialog), timeout=3000)


def test_preview_updates_after_the_project_changes(dialog, project, qtbot):
    assert "Acme controls the new group" not in preview_text(dialog)
    update_annotation(project, aid(8), status="accepted")
    set_setting(project, "title", "Acme, Widget and the suppliers")
    dialog.ops.changed.emit(object())
    qtbot.waitUntil(lambda: preview_text(dialog).startswith("Acme, Widget and the suppliers"), timeout=3000)
    assert "Acme controls the new group" in preview_text(dialog)


def test_export_writes_the_chosen_format(dialog, tmp_path, qtbot):
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        assert dialog.export_to(tmp_path / "d.json")
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["title"] == "Acme and Widget Co"
    assert "Exported to" in dialog.status.text()
    assert dialog.suggested_path().name == "acme-and-widget-co.json"


def test_export_button_asks_for_a_file(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "brief"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    dialog.export_button.click()
    assert (tmp_path / "brief.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

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
    qtbot.waitUntil(lambda: not dlg.building())
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


# --- counts, export format, readable preview (QA defects 4, 12, 11a) ---------------------------------

@pytest.fixture
def lineup_dialog(qtbot, seeded_project, author_id):
    from tests.fixtures.lineup import tag_seed_lineup

    tag_seed_lineup(seeded_project, author_id)
    dlg = DossierDialog(seeded_project)
    qtbot.addWidget(dlg)
    dlg.include_pending.setChecked(True)
    dlg.refresh_preview()
    qtbot.waitUntil(lambda: not dlg.building() and not dlg._timer.isActive())
    return dlg


def test_status_counts_figures_on_measures_and_claims_on_propositions(lineup_dialog):
    assert lineup_dialog.status.text() == (
        "21 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources")


def save_as(monkeypatch, path, chosen_filter=None):
    """Answer the save dialog with ``path``; returns the arguments it was opened with."""
    from PySide6.QtWidgets import QFileDialog

    calls = []

    def answer(*args, **kwargs):
        calls.append(args)
        filters = args[3]
        return str(path), chosen_filter if chosen_filter is not None else filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return calls


@pytest.mark.parametrize(("fmt", "first_filter"), [("pdf", "PDF document (*.pdf)"), ("json", "JSON (*.json)"),
                                                   ("md", "Markdown (*.md)")])
def test_the_save_dialog_filter_follows_the_format(dialog, tmp_path, monkeypatch, fmt, first_filter):
    calls = save_as(monkeypatch, "")  # cancelled: nothing written
    dialog.set_format(fmt)
    dialog.export_button.click()
    (_parent, _caption, suggested, filters, selected), = calls
    assert filters.split(";;")[0] == first_filter and selected == first_filter
    assert suggested.endswith("." + fmt)
    assert not list(tmp_path.rglob("*." + fmt)) and "Exported" not in dialog.status.text()


def test_a_pdf_name_with_json_chosen_writes_a_pdf_and_says_so(dialog, tmp_path, monkeypatch):
    target = tmp_path / "gui-dossier.pdf"
    save_as(monkeypatch, target, "JSON (*.json)")
    dialog.set_format("json")
    dialog.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")  # not JSON under a .pdf name
    assert dialog.selected_format() == "pdf"
    status = dialog.status.text()
    assert "as PDF" in status and "ends in .pdf" in status and "not JSON" in status


def test_a_markdown_name_with_pdf_chosen_writes_markdown(dialog, tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    save_as(monkeypatch, target)
    dialog.set_format("pdf")
    dialog.export_button.click()
    assert target.read_text(encoding="utf-8").startswith("# Acme and Widget Co")
    assert dialog.selected_format() == "md" and "as Markdown" in dialog.status.text()


def test_a_name_without_extension_gets_the_chosen_filters(dialog, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "brief", "JSON (*.json)")
    dialog.set_format("html")
    dialog.export_button.click()
    assert json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))["title"] == "Acme and Widget Co"
    assert not (tmp_path / "brief").exists() and not (tmp_path / "brief.html").exists()


@pytest.mark.parametrize("width", [980, 900, 820, 720, 560])
def test_the_preview_never_breaks_a_table_header_inside_a_word(lineup_dialog, qtbot, width):
    """Qt gave narrow columns "Languag / e", "Reliabilit / y" (QA 47): every header cell is one line."""
    from PySide6.QtGui import QTextTable

    lineup_dialog.resize(width, 700)
    lineup_dialog.show()
    qtbot.waitExposed(lineup_dialog)
    document = lineup_dialog.preview.document()
    document.size()  # finish the layout
    headers = {}
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            for column in range(frame.columns()):
                block = frame.cellAt(0, column).firstCursorPosition().block()
                headers[block.text().replace("\xa0", " ")] = block.layout().lineCount()
    assert {"Language", "Reliability", "Published", "SHA-256", "Cannot agree with"} <= set(headers)
    assert {text: lines for text, lines in headers.items() if lines != 1} == {}
    if width >= 720:  # narrower, the 640 px charts stick out anyway
        assert lineup_dialog.preview.horizontalScrollBar().maximum() == 0  # not even by a pixel


def test_the_format_list_opens_below_the_box_not_over_it(dialog, qtbot):
    """Fusion centred the popup on the current item, so a click aimed at PDF landed on JSON (QA 51)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.format_combo
    combo.setCurrentIndex(combo.findData("json"))
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    box_bottom = combo.mapToGlobal(combo.rect().bottomLeft()).y()
    assert popup.geometry().top() >= box_bottom - 1
    combo.hidePopup()


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_cancelling_a_running_dossier_export_writes_nothing(dialog, tmp_path, monkeypatch, fmt):
    """The dossier is built in a worker thread behind a progress dialog; its Cancel leaves no file, no .part."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from desktop.ui import dossier_dialog as module

    real = module.build_dossier
    cancel_pressed = threading.Event()

    def waits_for_cancel(project, options, **kwargs):  # the worker: still building when Cancel is pressed
        assert cancel_pressed.wait(10)
        return real(project, options, **kwargs)

    def press_cancel() -> None:
        progress = dialog.findChild(QProgressDialog)
        button = progress.findChild(QPushButton) if progress is not None else None
        assert button is not None and button.text() == "Cancel"
        button.click()
        cancel_pressed.set()

    monkeypatch.setattr(module, "build_dossier", waits_for_cancel)
    out = tmp_path / "out"
    out.mkdir()
    QTimer.singleShot(0, dialog, press_cancel)  # runs while export_to waits for the worker
    assert dialog.export_to(out / f"brief.{fmt}") is False
    assert list(out.iterdir()) == []
    assert dialog.status.text() == "Not exported: cancelled; nothing was written."


def test_a_dossier_export_in_the_worker_thread_writes_the_file(dialog, tmp_path):
    target = tmp_path / "brief.pdf"
    assert dialog.export_to(target) is True
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.part"))
    assert dialog.status.text().startswith(f"Exported to {target} as PDF (")


def test_the_dossier_language_reaches_the_worker_and_the_window_keeps_its_own(dialog, tmp_path):
    """The export runs in a worker thread: the language chosen in the dialog writes the dossier there, while
    the dialog's own status stays in the window's language (English here)."""
    from desktop.i18n import current_language

    dialog.set_language("it")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    target = tmp_path / "dossier.md"
    assert dialog.export_to(target) is True
    text = target.read_text(encoding="utf-8")
    assert "## Cifre chiave" in text and "## Key figures" not in text
    assert dialog.status.text().startswith(f"Exported to {target} as Markdown")
    assert current_language() == "en"  # the worker's choice did not leak into the window


def test_the_dialog_writes_an_evidence_bundle_anyone_can_verify(dialog, tmp_path, monkeypatch):
    """Format › Evidence bundle, then Export: a .zip with the dossier in HTML, PDF and JSON and every source's text,
    which `evidence-desk verify` checks without the project."""
    import zipfile

    from desktop.dossier.verify import verify_bundle

    labels = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert "Evidence bundle (ZIP: HTML, PDF, JSON, the sources, hashes)" in labels
    dialog.set_format("bundle")
    assert dialog.suggested_path().suffix == ".zip"
    target = tmp_path / "for-the-editor"  # no extension: the chosen format's
    save_as(monkeypatch, target)
    dialog.export_button.click()
    written = tmp_path / "for-the-editor.zip"
    assert written.exists() and not list(tmp_path.glob("*.part"))
    names = zipfile.ZipFile(written).namelist()
    assert {"manifest.json", "dossier.html", "dossier.pdf", "dossier.json"} <= set(names)
    assert any(n.startswith("texts/") for n in names)
    result = verify_bundle(written)
    assert result.ok and result.citations > 0, result.mismatches
    assert dialog.status.text().startswith(f"Exported to {written} as ZIP (the dossier as HTML, PDF and JSON, with ")


# --- a desk's dossier: built in a worker thread, its first pages previewed --------------------------

def test_the_preview_is_built_off_the_window_thread_and_says_so_meanwhile(qtbot, project, monkeypatch):
    import threading

    from desktop.ui import dossier_dialog

    build_dossier_project(project)
    built_in: list[threading.Thread] = []
    real = dossier_dialog.build_dossier

    def recording(*args, **kwargs):
        built_in.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(dossier_dialog, "build_dossier", recording)
    dlg = DossierDialog(project)
    qtbot.addWidget(dlg)
    assert dlg.building() and dlg.status.text() == "Building the preview…"
    assert preview_text(dlg) == "" and dlg.preview.placeholderText() == "Building the preview…"
    qtbot.waitUntil(lambda: not dlg.building())
    assert built_in and threading.main_thread() not in built_in
    assert preview_text(dlg).startswith("Acme and Widget Co\nProject: Acme and Widget Co")
    assert "annotations" in dlg.status.text() and "Building" not in dlg.status.text()


def test_a_long_dossier_previews_its_first_pages_and_says_the_export_holds_all(qtbot, project, monkeypatch):
    from desktop.ui import dossier_dialog

    build_dossier_project(project)
    whole = DossierDialog(project)
    qtbot.addWidget(whole)
    qtbot.waitUntil(lambda: not whole.building())
    assert "Review trail" in preview_text(whole) and "first pages" not in whole.status.text()
    monkeypatch.setattr(dossier_dialog, "PREVIEW_CHARS", 200, raising=False)
    short = DossierDialog(project)
    qtbot.addWidget(short)
    qtbot.waitUntil(lambda: not short.building())
    assert preview_text(short).splitlines()[0] == preview_text(whole).splitlines()[0]  # the title
    assert "Review trail" not in preview_text(short)
    assert short.status.text().endswith(" · the preview shows the first pages; the export holds the whole dossier")

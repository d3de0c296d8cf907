"""The workbench window: panes, the document list, the annotation list and panel, layout, import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.services.documents import list_documents
from desktop.services.queries import list_annotations
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def shown_documents(window) -> list[int | None]:
    return [p.document_id for p in window.pane_area.panes()]


def test_the_window_opens_two_panes_on_the_first_two_documents(window, gui_project, profile):
    documents = list_documents(gui_project)
    assert shown_documents(window) == [documents[0].id, documents[1].id]
    assert window.pane_area.active_pane() is window.pane_area.panes()[0]

    model = window.document_model
    assert model.rowCount() == len(documents) == 5
    visible = [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]
    # what the analyst reads (no id column, no id in any cell); the ids ride in Qt.UserRole
    assert visible == [[d.title, d.label, d.outlet, d.published, d.author, d.language,
                        f"{d.char_count:,}".replace(",", "\u2009"), "0"] for d in documents]
    assert [row[1] for row in visible] == ["Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog",
                                           "FT 2025-07-15"]
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(5)] == [d.id for d in documents]

    assert str(gui_project.location) in window.project_label.text()
    assert window.author_label.text() == profile.name
    assert "workbench" in window.windowTitle()


def test_document_list_opens_in_the_active_pane_or_a_new_one(qtbot, window, gui_project):
    documents = list_documents(gui_project)
    second = window.pane_area.panes()[1]
    second.setFocus()
    window.pane_area.set_active(second)
    view = window.document_list
    view.setFocus()
    view.select_document(documents[3].id)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown_documents(window) == [documents[0].id, documents[3].id]
    assert window.annotation_list.document_id == documents[3].id

    view.select_document(documents[4].id)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # in a new pane
    assert shown_documents(window) == [documents[0].id, documents[3].id, documents[4].id]
    assert window.pane_area.active_pane().document_id == documents[4].id

    window.new_pane_action.trigger()  # Ctrl+T: an empty pane
    assert len(window.pane_area.panes()) == 4
    window.pane_area.panes()[0].closeRequested.emit()
    assert shown_documents(window) == [documents[3].id, documents[4].id, None]


def test_counts_in_the_document_list_follow_tagging(qtbot, window, italian_id):
    pane = window.pane_area.pane_showing(italian_id)
    tag_phrase(qtbot, window, pane, "Meta Platforms Inc.", Qt.Key.Key_E)
    tag_phrase(qtbot, window, pane, "49%", Qt.Key.Key_F)
    row = window.document_model.row_of(italian_id)
    from desktop.ui.document_list import ANNOTATIONS
    assert window.document_model.index(row, ANNOTATIONS).data() == "2"
    window.undo()  # a tag adds one to the count; undoing it and redoing it count again
    assert window.document_model.index(row, ANNOTATIONS).data() == "1"
    window.redo()
    tag_phrase(qtbot, window, pane, "Scale AI", Qt.Key.Key_E)
    assert window.document_model.index(row, ANNOTATIONS).data() == "3"


@pytest.fixture
def tagged(qtbot, window, italian_id):
    """An entity, a figure and a claim in the Italian article (pane 0)."""
    pane = window.pane_area.pane_showing(italian_id)
    ids = {
        "entity": tag_phrase(qtbot, window, pane, "Meta Platforms Inc.", Qt.Key.Key_E),
        "figure": tag_phrase(qtbot, window, pane, "circa 14 miliardi di dollari", Qt.Key.Key_F),
        "claim": tag_phrase(qtbot, window, pane, "Non vogliamo congelare l'ecosistema", Qt.Key.Key_C),
    }
    return pane, ids


def visible_rows(annotation_list) -> list[tuple[str, str]]:
    proxy = annotation_list.proxy
    return [(proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(proxy.rowCount())]


def test_annotation_list_filters_by_kind_author_and_text(window, tagged):
    listing = window.annotation_list
    assert len(visible_rows(listing)) == 3
    listing.kind_filter.setCurrentIndex(listing.kind_filter.findData("figure"))
    assert visible_rows(listing) == [("Figure", "circa 14 miliardi di dollari")]
    assert listing.count_label.text() == "1 of 3"
    listing.kind_filter.setCurrentIndex(0)

    listing.text_filter.setText("ECOSISTEMA")  # case- and accent-insensitive
    assert visible_rows(listing) == [("Claim", "Non vogliamo congelare l'ecosistema")]
    listing.text_filter.clear()

    mine = listing.author_filter.findData(window.ops.author_id)
    assert mine > 0
    listing.author_filter.setCurrentIndex(mine)
    assert len(visible_rows(listing)) == 3
    listing.author_filter.addItem("Someone else", 9999)
    listing.author_filter.setCurrentIndex(listing.author_filter.count() - 1)
    assert visible_rows(listing) == []


def test_clicking_a_list_row_selects_the_highlight_and_loads_the_panel(qtbot, window, tagged):
    pane, ids = tagged
    table = window.annotation_list.table
    row = next(r for r in range(window.annotation_list.proxy.rowCount())
               if window.annotation_list.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == ids["entity"])
    rect = table.visualRect(window.annotation_list.proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.selected_annotation == ids["entity"]
    assert window.panel.annotation_id == ids["entity"]
    assert window.panel.entity_box.isVisibleTo(window.panel)
    assert window.current_annotation() == ids["entity"]


def test_clicking_a_highlight_selects_its_row_and_loads_the_panel(qtbot, window, tagged):
    pane, ids = tagged
    window.select_annotation(ids["claim"])
    text = pane.text_view()
    pane.select_annotation(ids["figure"])  # scroll it on screen
    qtbot.wait(10)
    rects = pane.span_rects(ids["figure"])
    assert rects, "the figure should be painted on screen"
    point = rects[0].center().toPoint()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotation_list.current_annotation_id() == ids["figure"]
    assert window.panel.annotation_id == ids["figure"]
    assert window.panel.figure_box.isVisibleTo(window.panel)
    assert pane.selected_annotation == ids["figure"]


def test_changes_reach_every_pane_showing_the_document(qtbot, window, italian_id):
    first = window.pane_area.pane_showing(italian_id)
    second = window.new_pane(italian_id)
    annotation_id = tag_phrase(qtbot, window, second, "Sarah Friar", Qt.Key.Key_E)
    assert annotation_id in {s.id for s in first.spans()}
    window.ops.delete_annotation(annotation_id)
    assert annotation_id not in {s.id for s in first.spans()}
    assert annotation_id not in {s.id for s in second.spans()}


def test_the_open_documents_come_back_in_a_new_window(make_window, gui_project):
    documents = list_documents(gui_project)
    first = make_window(gui_project)
    first.open_document(documents[2].id, first.pane_area.panes()[1])
    first.new_pane(documents[4].id)
    first.close()

    second = make_window(gui_project)
    assert shown_documents(second) == [documents[0].id, documents[2].id, documents[4].id]


def test_opening_the_same_project_again_leaves_the_settings_file_as_it_was(qtbot, make_window, gui_project,
                                                                         settings_path):
    from pathlib import Path

    first = make_window(gui_project)
    first.close()
    saved = Path(settings_path)
    before = (saved.read_bytes(), saved.stat().st_mtime_ns)

    second = make_window(gui_project)  # the same project, its documents where they were
    qtbot.wait(50)  # QSettings writes what changed when the event loop turns
    assert (saved.read_bytes(), saved.stat().st_mtime_ns) == before
    assert second.recent.paths()[0] == gui_project.location


def test_the_window_layout_comes_back_in_a_new_window(make_window, gui_project):
    from PySide6.QtWidgets import QApplication, QDockWidget

    first = make_window(gui_project)
    QApplication.processEvents()  # let features finish placing their docks
    for dock in first.findChildren(QDockWidget):  # every dock but the list (features add docks too)
        if dock is not first.list_dock:
            dock.hide()
    QApplication.processEvents()  # the minimum width shrinks once the hidden docks are laid out
    first.resize(780, 640)  # the offscreen screen is 800 px wide
    QApplication.processEvents()
    first.pane_area.splitter.setSizes([480, 260])
    sizes = first.pane_area.splitter.sizes()
    assert sizes[0] > sizes[1]
    first.close()

    second = make_window(gui_project)
    assert not second.documents_dock.isVisible() and not second.panel_dock.isVisible()
    assert second.list_dock.isVisible()
    assert (second.width(), second.height()) == (780, 640)
    assert second.pane_area.splitter.sizes() == sizes


def test_importing_a_text_file_adds_it_to_the_document_list(tmp_path, window, gui_project):
    article = tmp_path / "reuters.txt"
    article.write_text("Scale AI valued at $29 billion after Meta deal\n\nMeta will pay about $14.3 billion.",
                       encoding="utf-8")
    report = window.ops.import_files([str(article)])
    assert report is not None and len(report.added) == 1
    titles = [window.document_model.index(r, 0).data() for r in range(window.document_model.rowCount())]
    assert titles[-1] == "Scale AI valued at $29 billion after Meta deal"
    assert len(list_documents(gui_project)) == 6


def test_importing_many_files_at_once(tmp_path, window):
    paths = []
    for n in range(5):
        path = tmp_path / f"article-{n}.txt"
        path.write_text(f"Article number {n} about Scale AI\nBody {n}.", encoding="utf-8")
        paths.append(str(path))
    report = window.import_paths(paths)
    assert len(report.added) == 5 and not report.cancelled
    assert window.document_model.rowCount() == 10
    window.last_message.close()


def test_import_reports_added_and_refused_files(tmp_path, window):
    good = tmp_path / "note.md"
    good.write_text("# Scale AI and Meta\n\nA short note.", encoding="utf-8")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.7 binary")
    window.import_paths([str(good), str(bad)])
    box = window.last_message
    assert box is not None and box.isVisible()
    assert box.text().startswith("1 of 2 file(s) imported, 1 refused.")  # (then a hint if no language was found)
    assert "note.md — Scale AI and Meta" in box.informativeText()
    assert "scan.pdf:" in box.informativeText() and "PDF is damaged and cannot be read" in box.informativeText()
    box.close()


def test_dropping_files_on_the_window_imports_them(qtbot, tmp_path, window):
    article = tmp_path / "dropped.txt"
    article.write_text("Dropped article about Scale AI\nText.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document_model.rowCount() == 6)
    assert window.document_model.documents()[-1].title == "Dropped article about Scale AI"
    window.last_message.close()


def test_deleting_a_document_clears_its_pane_and_the_undo_history(qtbot, window, gui_project, italian_id,
                                                                     monkeypatch):
    pane = window.pane_area.pane_showing(italian_id)
    tag_phrase(qtbot, window, pane, "Meta Platforms Inc.", Qt.Key.Key_E)
    monkeypatch.setattr(window, "confirm", lambda title, question: True)
    window.delete_document(italian_id)
    assert italian_id not in [d.id for d in list_documents(gui_project)]
    assert pane.document_id is None
    assert window.document_model.rowCount() == 4
    assert window.ops.undo_stack.count() == 0
    assert list_annotations(gui_project) == []


def test_start_up_opens_the_seed_project_and_loads_no_export_code(tmp_path):
    """A fresh process shows the seed project without importing dossier, interchange or comparison
    code, the figure parser, the fuzzy matcher, or the windows and dialogs opened from menus, and does not build
    the Register, Suggestions and Mentions panels behind other tabs nor the closed Conflicts dock's (what keeps start-up fast; the time itself is measured by `make bench`,
    bench/startup.py)."""
    script = f"""
import time, sys, json
t0 = time.perf_counter()
c0 = time.process_time()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QWidget
from desktop.ui.app import build_main_window, configure_application, ensure_profile, open_start_project
app = QApplication([])
configure_application(app)
profile = ensure_profile()
project = open_start_project(None)
window = build_main_window(project, profile, QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
window.show()
app.processEvents()
elapsed = time.perf_counter() - t0
cpu = time.process_time() - c0
loaded = sorted(m for m in sys.modules if m.startswith(("desktop.dossier.", "desktop.interchange.",
                                                          "desktop.services.comparison", "markdown", "nh3",
                                                          "desktop.domain.figures.parser", "desktop.services.exchange",
                                                          "desktop.domain.fuzzy",
                                                          "desktop.services.merge_report", "desktop.ui.profile_dialog",
                                                          "desktop.ui.review.adjudication_view",
                                                          "desktop.ui.review.agreement_panel", "desktop.ui.shortcuts_sheet",
                                                          "desktop.services.search", "desktop.ui.search.search_panel")))
import gc
print(json.dumps({{"elapsed": elapsed, "cpu": cpu, "loaded": loaded, "collecting": gc.isenabled(),
                  "panes": [p.document_id for p in window.pane_area.panes()],
                  "built": [n for n in ("registerPanel", "suggestionsPanel", "mentionsPanel", "conflictsPanel")
                            if window.findChild(QWidget, n) is not None]}}))
"""
    from desktop.services.profiles import save_profile

    save_profile("Startup Tester", "#2ca02c")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _attempt in range(2):  # the first run also creates and seeds the default project
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=60)
        assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    assert result["collecting"]  # the cycle collector, paused through start-up's imports, is back on
    assert result["panes"][0] is not None
    assert result["built"] == []  # each built when its tab is first brought to the front


def test_edit_metadata_dialog_changes_the_document_in_one_undo_step(qtbot, window, italian_id):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.document_dialog import DocumentDialog

    seen: list[DocumentDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DocumentDialog)
        seen.append(dialog)
        dialog.published_edit.setText("June 12")  # refused: not a date
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and "YYYY-MM-DD" in dialog.error.text()
        dialog.published_edit.setText("2025-06-12")
        dialog.outlet_edit.setText("Cryptopolitan")
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("C"))
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, window, fill_in)
    window.edit_document(italian_id)
    assert seen, "the metadata dialog did not open"
    summary = window.document_model.summary(italian_id)
    assert (summary.outlet, summary.published, summary.reliability) == ("Cryptopolitan", "2025-06-12", "C")
    assert window.ops.undo_stack.count() == 1
    window.undo()
    summary = window.document_model.summary(italian_id)
    assert summary.published == "" and summary.reliability is None and summary.outlet.startswith("Cryptopolitan (")


def test_a_long_pane_title_ends_in_an_ellipsis_that_fits_and_shows_whole_in_its_tool_tip(qtbot, window,
                                                                                          italian_id):
    from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

    from tests.gui.conftest import ITALIAN_SEED_TITLE

    window.resize(1440, 900)
    pane = window.open_document(italian_id, window.pane_area.panes()[0])
    title = pane.findChild(QLabel, "articleTitle")
    for width in range(240, 420, 9):  # wherever the cut falls, the "…" is inside the label, not clipped
        window.pane_area.splitter.setSizes([width, 900 - width])
        QApplication.processEvents()
        assert title.text().endswith("…")
        assert ITALIAN_SEED_TITLE.startswith(title.text()[:-1])
        assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width(), width
    assert title.toolTip() == ITALIAN_SEED_TITLE

    for dock in window.findChildren(QDockWidget):  # room for the whole title
        dock.hide()
    QApplication.processEvents()
    splitter = window.pane_area.splitter
    splitter.setSizes([splitter.width() - 230, 230])
    needed = title.fontMetrics().horizontalAdvance(ITALIAN_SEED_TITLE)
    qtbot.waitUntil(lambda: title.contentsRect().width() < needed or title.text() == ITALIAN_SEED_TITLE)
    assert title.contentsRect().width() >= needed, "the pane did not get wide enough for the whole title"
    assert title.text() == ITALIAN_SEED_TITLE

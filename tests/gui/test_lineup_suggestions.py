"""Suggestions in the real window: Find all mentions / Find figures, Enter accepts, Backspace rejects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import register
from desktop.services.queries import get_annotation, list_annotations
from tests.fixtures.lineup import seed_documents
from tests.gui.conftest import shown_register

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def docs(gui_project) -> dict[str, int]:
    return {number: doc_id for number, (doc_id, _text) in seed_documents(gui_project).items()}


@pytest.fixture
def openai(gui_project) -> int:
    return register.create_entity(gui_project, "OpenAI").value  # no alias: "Openi" is only a look-alike


@pytest.fixture
def setup(qtbot, make_window, gui_project, docs, openai):
    """000 in the left pane (active), 004 (machine-translated Italian) in the right one."""
    window = make_window(gui_project)
    shown_register(qtbot, window)  # the analyst picks entities there
    left, right = window.pane_area.panes()[:2]
    window.open_document(docs["000"], left)
    window.open_document(docs["004"], right)
    window.pane_area.set_active(left)
    return window, window.features[FEATURE], left, right


def _suggested(pane) -> list:
    return list(pane.text_view().highlights.suggestions)


def _mentions_of(project, entity_id: int, document_id: int) -> list:
    return [v for v in list_annotations(project, document_id=document_id, kind="entity") if v.entity_id == entity_id]


def test_find_all_mentions_then_enter_accepts_backspace_rejects_and_ctrl_z_undoes(qtbot, setup, gui_project, docs,
                                                                                   openai):
    window, feature, left, right = setup
    feature.register.entities.select_ids([openai])
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)  # Line-up > Find All Mentions

    assert _suggested(left) and _suggested(right)  # dashed outlines in both open articles
    assert all(left.text[s.start:s.end] == "OpenAI" for s in _suggested(left))
    fuzzy = [s for s in _suggested(right) if right.text[s.start:s.end] == "Openi"]
    assert fuzzy and all(s.score < 1 for s in fuzzy)
    rows = feature.suggestions_panel.model
    texts = [rows.text(r, 0) for r in range(rows.rowCount())]
    assert "Openi — 83%" in texts and feature.suggestions_dock.isVisible()
    assert _mentions_of(gui_project, openai, docs["000"]) == []  # nothing written yet

    first = left.current_suggestion  # the first one in the active article, outlined thicker
    assert first is not None and window.focusWidget() is left.text_view()
    qtbot.keyClick(left.text_view(), Qt.Key.Key_Return)
    accepted = _mentions_of(gui_project, openai, docs["000"])
    assert len(accepted) == 1 and accepted[0].quote == "OpenAI"
    assert first not in {s.id for s in _suggested(left)}

    second = feature.suggestions.current_id()  # the next one became current, and the keyboard followed it
    assert second is not None and second != first
    pane = window.pane_area.pane_showing(feature.suggestions.current().document_id)
    assert pane.current_suggestion == second and window.focusWidget() is pane.text_view()
    before = len(list_annotations(gui_project))
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Backspace)
    assert len(list_annotations(gui_project)) == before  # rejecting writes nothing
    assert second not in {s.id for s in feature.suggestions.items()}
    assert second not in {s.id for s in _suggested(pane)}

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_annotation(gui_project, accepted[0].id) is None
    assert first in {s.id for s in feature.suggestions.items()}  # back to decide again


def test_a_suggestion_disappears_when_someone_tags_that_place(qtbot, setup, gui_project, docs, openai):
    window, feature, left, right = setup
    feature.suggestions.find_mentions(openai)
    target = next(s for s in feature.suggestions.items() if s.document_id == docs["004"] and s.surface == "Openai")
    window.ops.tag(docs["004"], "entity", target.start, target.end)
    assert target.id not in {s.id for s in feature.suggestions.items()}
    assert target.id not in {s.id for s in _suggested(right)}


def test_find_figures_lists_values_and_enter_accepts_a_machine_read_figure(qtbot, setup, gui_project, docs):
    window, feature, left, _right = setup
    left.text_view().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)  # Line-up > Find Figures in This Article
    panel = feature.suggestions_panel
    rows = {panel.model.text(r, 0): panel.model.text(r, 2) for r in range(panel.model.rowCount())}
    assert rows["circa 14 miliardi di dollari"] == "14 000 000 000 USD, about"
    assert rows["49%"] == "49%"
    assert {s.kind for s in _suggested(left)} == {"figure"}

    row = [panel.model.text(r, 0) for r in range(panel.model.rowCount())].index("circa 14 miliardi di dollari")
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.model.index(row, 0)).center())
    wanted = feature.suggestions.current()
    assert wanted.surface == "circa 14 miliardi di dollari" and left.current_suggestion == wanted.id
    qtbot.keyClick(left.text_view(), Qt.Key.Key_Return)
    figures = list_annotations(gui_project, document_id=docs["000"], kind="figure")
    assert [(f.quote, f.value, f.unit, f.bound, f.machine_read) for f in figures] == [
        ("circa 14 miliardi di dollari", "14000000000", "USD", "about", True)]


def test_accept_all_figures_into_a_measure_is_one_undo_step(qtbot, setup, gui_project, docs):
    window, feature, left, _right = setup
    measure = register.create_measure(gui_project, "Meta's investment in Scale AI", "USD").value
    assert feature.find_figures() > 1
    combo = feature.suggestions_panel.measure
    combo.setCurrentIndex(combo.findData(measure))
    feature.suggestions_panel.accept_all_button.click()
    figures = list_annotations(gui_project, document_id=docs["000"], kind="figure")
    assert len(figures) > 1 and {f.measure_id for f in figures} == {measure}
    assert feature.suggestions.items() == [] and _suggested(left) == []
    window.undo()
    assert list_annotations(gui_project, document_id=docs["000"], kind="figure") == []


def test_a_new_search_keeps_the_unreviewed_suggestions_of_the_last_one(qtbot, setup, gui_project, docs, openai):
    window, feature, left, right = setup
    mentions = feature.suggestions.find_mentions(openai)
    assert mentions > 2
    qtbot.keyClick(left.text_view(), Qt.Key.Key_Backspace)  # one reviewed; the others wait
    waiting = {s.id for s in feature.suggestions.items()}

    window.pane_area.set_active(right)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)  # Find Figures in 004
    assert feature.suggestions.title.startswith("Figures in")
    assert f"Still to review: {len(waiting)} suggestions of Mentions of “OpenAI”" in \
        window.statusBar().currentMessage()
    panel = feature.suggestions_panel
    assert panel.search_picker.isVisible() and panel.search_picker.count() == 2
    assert panel.search_picker.itemText(1) == f"Mentions of “OpenAI” ({len(waiting)} to review)"

    panel.search_picker.activated.emit(1)  # back to the mentions: nothing was lost
    assert feature.suggestions.title == "Mentions of “OpenAI”"
    assert {s.id for s in feature.suggestions.items()} == waiting
    assert panel.search_picker.itemText(1).startswith("Figures in")
    qtbot.keyClick(window.pane_area.pane_showing(feature.suggestions.current().document_id).text_view(),
                   Qt.Key.Key_Return)  # accepting here still works
    assert len(waiting) - 1 == len(feature.suggestions.items())

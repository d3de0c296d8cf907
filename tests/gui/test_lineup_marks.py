"""The same thing across open articles: marks in every pane, the Mentions list, F3 / Shift+F3."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import register
from desktop.services.authors import ensure_author
from tests.fixtures.lineup import OPENAI_KEEPS_WORKING, seed_documents, tag_seed_lineup
from tests.gui.conftest import shown_register

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"


@pytest.fixture
def ids(gui_project, profile) -> dict[str, str]:
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    return tag_seed_lineup(gui_project, author)


@pytest.fixture
def docs(gui_project) -> dict[str, int]:
    return {number: doc_id for number, (doc_id, _text) in seed_documents(gui_project).items()}


@pytest.fixture
def setup(qtbot, make_window, gui_project, ids, docs):
    window = make_window(gui_project)
    shown_register(qtbot, window)  # the analyst picks entities there
    left, right = window.pane_area.panes()[:2]
    window.open_document(docs["000"], left)
    window.open_document(docs["004"], right)
    window.pane_area.set_active(left)
    return window, window.features[FEATURE], left, right


def _entity(project, name: str) -> int:
    return next(r.id for r in register.list_entities(project) if r.name == name)


def test_selecting_an_entity_marks_its_mentions_in_every_open_article(qtbot, setup, gui_project, ids):
    window, feature, left, right = setup
    feature.register.entities.select_ids([_entity(gui_project, "OpenAI")])
    assert left.text_view().highlights.marked == {ids["OpenAI/000"]}
    assert right.text_view().highlights.marked == {ids["Openi/004"], ids["Openai/004"]}
    model = feature.mentions_panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["OpenAI", "Openi", "Openai"]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Cryptopolitan", "FT 2025-07-15", "FT 2025-07-15"]
    assert "OpenAI" in feature.mentions_panel.title.text()

    left.text_view().setFocus()
    qtbot.keyClick(left.text_view(), Qt.Key.Key_F3)  # from the article being read
    assert window.current_annotation() == ids["OpenAI/000"]
    qtbot.keyClick(window, Qt.Key.Key_F3)  # on to the next article
    assert window.current_annotation() == ids["Openi/004"]
    assert right.selected_annotation == ids["Openi/004"]
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_annotation() == ids["OpenAI/000"]


def test_selecting_an_annotation_marks_what_it_is_linked_to(qtbot, setup, ids):
    window, feature, left, right = setup
    window.select_annotation(ids["scala/004"])  # "scala": Scale AI, machine-translated
    assert feature.marks.name == "Scale AI"
    assert left.text_view().highlights.marked == {ids["Scale AI/000"]}
    assert right.text_view().highlights.marked == {ids["scala/004"]}
    assert feature.register.entities.current_id() == feature.marks.target[1]  # the register follows


def test_f3_opens_the_next_source_when_no_pane_shows_it(qtbot, setup, gui_project, ids, docs):
    window, feature, left, right = setup
    window.select_annotation(ids["claim/000"])  # a claim: its proposition is the target
    assert feature.marks.name == OPENAI_KEEPS_WORKING
    assert window.pane_area.pane_showing(docs["001"]) is None
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_annotation() == ids["claim/001"]  # 001 denies it
    pane = window.pane_area.pane_showing(docs["001"])
    assert pane is not None and pane.selected_annotation == ids["claim/001"]
    assert pane.text_view().highlights.marked == {ids["claim/001"]}  # marks follow the document shown


def test_marks_follow_a_merge_and_its_undo(qtbot, setup, gui_project, ids):
    window, feature, left, right = setup
    scale = _entity(gui_project, "Scale AI")
    feature.register.entities.select_ids([scale])
    openai = _entity(gui_project, "OpenAI")
    feature.lineup.merge("entity", scale, openai, "Scale AI", "OpenAI")  # a wrong merge...
    assert left.text_view().highlights.marked == {ids["Scale AI/000"], ids["OpenAI/000"]}
    window.undo()  # ...undone: OpenAI's mentions are no longer Scale AI's
    assert left.text_view().highlights.marked == {ids["Scale AI/000"]}


def test_the_docks_come_back_where_the_analyst_left_them(qtbot, make_window, gui_project, ids):
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    assert feature.register_dock.isVisible() and not feature.compare_dock.isVisible()
    assert window.dockWidgetArea(feature.register_dock) == window.dockWidgetArea(window.documents_dock)
    assert feature.suggestions_dock in window.tabifiedDockWidgets(window.list_dock)
    feature.show_compare()
    feature.register_dock.close()
    window.close()

    again = make_window(gui_project)
    feature = again.features[FEATURE]
    assert feature.compare_dock.isVisible() and not feature.register_dock.isVisible()
    assert again.dockWidgetArea(feature.compare_dock) == Qt.DockWidgetArea.BottomDockWidgetArea  # below the panes
    qtbot.waitUntil(lambda: bool(feature.compare.measure_sections))  # shown, so filled


def test_selecting_a_claim_marks_its_proposition_without_comparing_the_desk(qtbot, make_window, gui_project, ids,
                                                                          docs, monkeypatch):
    """Selecting an annotation (a click on a highlight) reads only what it is linked to: listing the propositions
    compares every claim of the desk (seconds on 50,000 annotations), so the name comes with the claims read."""
    window = make_window(gui_project)  # the register not in sight
    feature = window.features[FEATURE]
    left = window.pane_area.panes()[0]
    window.open_document(docs["000"], left)

    def comparing(*_args, **_kwargs):
        raise AssertionError("the desk's propositions were compared to name one")

    monkeypatch.setattr(register, "list_propositions", comparing)
    window.select_annotation(ids["claim/000"])
    assert feature.marks.target is not None and feature.marks.target[0] == "proposition"
    assert feature.marks.name == OPENAI_KEEPS_WORKING
    assert [m.id for m in feature.marks.mentions()][:1] == [ids["claim/000"]]
    assert left.text_view().highlights.marked == {ids["claim/000"]}
    assert OPENAI_KEEPS_WORKING in feature.mentions_panel.title.text()

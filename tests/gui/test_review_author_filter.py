"""Showing only some authors' annotations, in every article pane (new ones too)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.changes import Changes
from desktop.ui.review.install import install
from tests.gui.conftest import offsets

pytestmark = pytest.mark.gui


def tag(project, document_id: int, phrase: str, kind: str, author_id: int) -> str:
    start, end = offsets(project, document_id, phrase)
    return create_annotation(project, document_id=document_id, start=start, end=end, kind=kind,
                             author_id=author_id).value


@pytest.fixture
def setup(make_window, gui_project, italian_id):
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    theirs = tag(gui_project, italian_id, "Meta Platforms Inc.", "entity", marco)
    window = make_window(gui_project)
    feature = install(window)
    mine = tag(gui_project, italian_id, "investimento multimiliardario", "claim", window.ops.author_id)
    window.ops.changed.emit(Changes(annotations=frozenset({mine})))  # as if tagged in the window
    window.new_pane(italian_id)  # two panes on the Italian article
    return feature, marco, theirs, mine


def italian_panes(feature, italian_id):
    panes = [p for p in feature.window.pane_area.panes() if p.document_id == italian_id]
    for pane in panes:
        pane.select_range(0, 1)  # the start of the article, where both annotations are
        pane.text_view().ensureCursorVisible()
    return panes


def menu_action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_hiding_an_author_hides_their_highlights_in_every_pane(qtbot, setup, italian_id):
    feature, marco, theirs, mine = setup
    panes = italian_panes(feature, italian_id)
    assert len(panes) >= 2
    for pane in panes:
        assert {theirs, mine} <= pane.painted_span_ids()

    menu_action(feature.author_filter.menu, "Marco").trigger()  # uncheck Marco

    assert feature.author_filter.button.text() == "Show: only Giulia Rossi"
    for pane in panes:
        assert theirs not in pane.painted_span_ids() and mine in pane.painted_span_ids()
        assert pane.span_rects(theirs) == []

    later = feature.window.new_pane(italian_id)  # a pane opened afterwards follows the choice
    later.select_range(0, 1)
    assert theirs not in later.painted_span_ids() and mine in later.painted_span_ids()

    only = next(a for a in feature.author_filter.menu.actions() if a.menu() is not None).menu()
    menu_action(only, "Marco").trigger()
    for pane in [*panes, later]:
        assert theirs in pane.painted_span_ids() and mine not in pane.painted_span_ids()

    menu_action(feature.author_filter.menu, "All Authors").trigger()
    assert feature.author_filter.button.text() == "Show: All authors"
    for pane in [*panes, later]:
        assert {theirs, mine} <= pane.painted_span_ids()


def test_next_pending_skips_hidden_authors(qtbot, setup, gui_project, italian_id):
    feature, marco, theirs, _mine = setup
    sofia = ensure_author(gui_project, "sofia-1", "Sofia").value
    hers = tag(gui_project, italian_id, "Sarah Friar", "entity", sofia)
    feature.author_filter.load(gui_project)
    feature.author_filter.show_only(sofia)
    feature.window.pane_area.panes()[0].text_view().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert feature.window.current_annotation() == hers
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert feature.window.current_annotation() == hers  # Marco's is hidden, so it is not offered
    assert theirs != hers

"""Find in the article (Ctrl+F) in the real window: every match highlighted, "3 of 17", Enter /
Shift+Enter, tagging the current match with E, Escape back to the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.documents import document_text
from desktop.services.queries import list_annotations

pytestmark = pytest.mark.gui


def open_find(qtbot, window, pane):
    pane.text_view().setFocus()
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.isVisible()
    assert window.focusWidget() is bar.field
    return bar


def test_ctrl_f_finds_every_match_ignoring_case_and_accents(qtbot, window, pane, gui_project):
    bar = open_find(qtbot, window, pane)
    bar.field.setText("societa")  # keyClicks garbles nothing here, but the brief says setText
    text = document_text(gui_project, pane.document_id)
    matches = pane.highlighter().finds
    assert [text[a:b] for a, b in (matches[i] for i in range(len(matches)))] == ["società", "società"]
    assert bar.count.text() == "1 of 2"
    assert text[slice(*pane.selection_exact())] == "società"  # the current match is the selection


def test_enter_and_shift_enter_step_and_wrap(qtbot, window, pane):
    bar = open_find(qtbot, window, pane)
    bar.field.setText("Scale AI")
    total = len(pane.highlighter().finds)
    assert total == 8 and bar.count.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    assert window.focusWidget() is pane.text_view()  # the keyboard follows the match into the text
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Return)
    assert bar.count.text() == f"3 of {total}"
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}"  # wrapped to the last


def test_the_current_match_is_tagged_with_e(qtbot, window, pane, gui_project):
    bar = open_find(qtbot, window, pane)
    bar.field.setText("droege")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # back to the first
    start, end = pane.selection_exact()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_E)
    [entity] = list_annotations(gui_project, kind="entity")
    assert (entity.start, entity.end, entity.quote) == (start, end, "Droege")
    assert entity.id in pane.spans()
    assert len(pane.highlighter().finds) == 2  # the find highlights are still there


def test_match_highlights_do_not_disturb_annotation_highlights(qtbot, window, pane):
    bar = open_find(qtbot, window, pane)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    from tests.gui.conftest import tag_phrase

    annotation = tag_phrase(qtbot, window, pane, "Scale AI", Qt.Key.Key_E)
    pane.open_find()
    bar.field.setText("scale")
    pane.text_view().viewport().repaint()
    assert annotation in pane.painted_span_ids()  # still painted, with its rectangles
    assert pane.span_rects(annotation)


def test_options_case_whole_word_and_regex(qtbot, window, pane):
    bar = open_find(qtbot, window, pane)
    bar.field.setText("scale")
    loose = len(pane.highlighter().finds)
    bar.case.setChecked(True)
    assert len(pane.highlighter().finds) < loose  # "Scale" only
    bar.case.setChecked(False)
    bar.field.setText("scal")
    assert len(pane.highlighter().finds) == loose
    bar.whole_word.setChecked(True)
    assert bar.count.text() == "No matches"
    bar.whole_word.setChecked(False)
    bar.regex.setChecked(True)
    bar.field.setText(r"\d+ miliardi")
    assert len(pane.highlighter().finds) > 0
    bar.field.setText("(broken")
    assert bar.count.text() == "Invalid pattern"


def test_escape_closes_the_bar_and_returns_focus_to_the_text(qtbot, window, pane):
    bar = open_find(qtbot, window, pane)
    bar.field.setText("Meta")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.focusWidget() is pane.text_view()
    assert len(pane.highlighter().finds) == 0
    bar = open_find(qtbot, window, pane)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Escape)  # from the text as well
    assert not bar.isVisible() and window.focusWidget() is pane.text_view()


def test_f3_is_still_next_mention(window):
    feature = window.features["desktop.ui.lineup.install"]
    assert feature.next_action.shortcut().toString() == "F3"
    search = window.features["desktop.ui.search.install"]
    assert search.find_action.shortcut().toString() == "Ctrl+F"

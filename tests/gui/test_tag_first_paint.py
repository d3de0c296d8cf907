"""A tag shows where the analyst looks first (the highlight, the panel with the keyboard in it); the annotation
list follows once the event loop turns, and keeps the order of everything done before it did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.table_rows import annotation_ids
from tests.gui.conftest import listed_ids, lists_followed, tag_phrase

pytestmark = pytest.mark.gui

LATE = "Meta Platforms Inc."
EARLY = "OpenAI"


def test_a_tag_is_highlighted_and_in_the_panel_at_once_and_listed_and_selected_once_the_loop_turns(
        qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, LATE, Qt.Key.Key_E)

    assert annotation_id in pane.spans() and pane.selected_annotation == annotation_id
    assert window.panel.annotation_id == annotation_id
    assert window.focusWidget() is window.panel.entity  # the analyst types the entity's name next

    lists_followed(qtbot, window)
    assert listed_ids(window) == annotation_ids(gui_project, pane.document_id) == [annotation_id]
    assert window.annotation_list.current_annotation_id() == annotation_id
    assert window.annotation_list.count_label.text() == "1"


def test_tags_and_an_undo_before_the_loop_turns_leave_the_list_in_text_order(qtbot, window, pane, gui_project):
    late = tag_phrase(qtbot, window, pane, LATE, Qt.Key.Key_E)
    early = tag_phrase(qtbot, window, pane, EARLY, Qt.Key.Key_E)  # before the first one in the text
    window.undo()  # the early one goes again
    window.redo()
    window.select_annotation(late)  # a click on its highlight: its row is selected, after the rows that wait

    lists_followed(qtbot, window)
    assert listed_ids(window) == annotation_ids(gui_project, pane.document_id) == [early, late]
    assert window.annotation_list.current_annotation_id() == late


"""Undo and redo through the keyboard, as an analyst uses them, checked against the project file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.queries import get_annotation, list_annotations
from desktop.storage.project import open_project
from tests.gui.conftest import lists_followed, tag_phrase

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FIGURE = "circa 14 miliardi di dollari"
MEASURE = "Meta investment in Scale AI"


def span_ids(pane) -> set[str]:
    return {s.id for s in pane.spans()}


def test_undo_reverts_one_field_then_the_tag_and_redo_brings_back_the_same_id(
        qtbot, window, pane, gui_project, project_path):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    qtbot.keyClicks(window.panel.measure, MEASURE)
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)
    assert get_annotation(gui_project, figure_id).measure_label == MEASURE
    text = pane.text_view()
    assert window.focusWidget() is text

    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)  # the measure edit only
    view = get_annotation(gui_project, figure_id)
    assert view is not None and view.measure_label is None and view.quote == FIGURE
    assert window.panel.measure.text() == ""
    assert figure_id in span_ids(pane)

    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)  # the tag itself
    assert list_annotations(gui_project) == []
    assert figure_id not in span_ids(pane)
    lists_followed(qtbot, window)
    assert window.annotation_list.model.rowCount() == 0
    assert window.panel.annotation_id is None

    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL_SHIFT)  # redo: the same annotation, same id
    assert [a.id for a in list_annotations(gui_project)] == [figure_id]
    assert figure_id in span_ids(pane)
    assert window.panel.annotation_id == figure_id

    qtbot.keyClick(text, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too: the measure is back
    assert get_annotation(gui_project, figure_id).measure_label == MEASURE
    assert not window.redo_action.isEnabled()

    window.close()
    gui_project.close()
    reopened = open_project(project_path)
    try:
        stored = list_annotations(reopened)
        assert [(a.id, a.quote, a.kind, a.measure_label) for a in stored] == [(figure_id, FIGURE, "figure", MEASURE)]
    finally:
        reopened.close()


def test_ctrl_z_in_a_panel_field_undoes_the_window_not_just_the_field(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    qtbot.keyClicks(window.panel.measure, MEASURE)
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)
    window.panel.measure.setFocus()  # back in the field, the analyst presses Ctrl+Z
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Z, CTRL)
    assert get_annotation(gui_project, figure_id).measure_label is None  # undone in the project
    assert window.panel.measure.text() == ""
    assert window.redo_action.text() == "&Redo Edit measure"

    qtbot.keyClicks(window.panel.measure, "half typed")  # not committed yet
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Z, CTRL)
    # the pending edit was committed, then undone: nothing half-typed remains anywhere
    assert get_annotation(gui_project, figure_id).measure_label is None
    assert window.panel.measure.text() == ""
    assert window.ops.undo_stack.index() == 1  # only the tag remains done
    assert window.undo_action.text() == "&Undo Tag figure"


def test_delete_key_removes_the_selected_annotation_and_undo_restores_it(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    window.panel.note.setPlainText("check against the WSJ")
    window.panel.commit_note()
    text = pane.text_view()
    text.setFocus()

    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert list_annotations(gui_project) == []
    assert figure_id not in span_ids(pane)
    assert "Deleted figure" in window.statusBar().currentMessage()

    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    restored = get_annotation(gui_project, figure_id)
    assert restored is not None and restored.note == "check against the WSJ"
    assert figure_id in span_ids(pane)
    assert window.current_annotation() == figure_id
    assert pane.selected_annotation == figure_id


def test_delete_key_in_the_annotation_list_deletes_but_not_in_a_panel_field(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    window.panel.measure.setFocus()
    window.panel.measure.setText("stake")
    window.panel.measure.setCursorPosition(0)
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Delete)  # edits the text
    assert window.panel.measure.text() == "take"
    assert get_annotation(gui_project, figure_id) is not None

    search = window.annotation_list.text_filter
    search.setFocus()
    search.setText("circa")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)  # edits the filter text
    assert search.text() == "irca"
    assert get_annotation(gui_project, figure_id) is not None
    search.clear()

    table = window.annotation_list.table
    table.setFocus()
    window.annotation_list.select_annotation(figure_id)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert get_annotation(gui_project, figure_id) is None
    window.undo_action.trigger()
    assert get_annotation(gui_project, figure_id) is not None


def test_undo_of_a_document_metadata_edit(window, gui_project, italian_id):
    assert window.ops.update_document(italian_id, title="OpenAI e Scale AI", reliability="B")
    row = window.document_model.row_of(italian_id)
    assert window.document_model.index(row, 0).data() == "OpenAI e Scale AI"
    pane = window.pane_area.pane_showing(italian_id)
    assert pane is not None and pane.title == "OpenAI e Scale AI"

    window.undo()
    summary = window.document_model.summary(italian_id)
    assert summary.title.startswith("OpenAI continuerà") and summary.reliability is None
    assert pane.title.startswith("OpenAI continuerà")


def test_a_step_that_can_no_longer_be_undone_is_reported_and_dropped(qtbot, window, pane, gui_project):
    from desktop.services.annotations import delete_annotation

    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    qtbot.keyClicks(window.panel.measure, MEASURE)
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)
    assert window.ops.undo_stack.count() == 2
    delete_annotation(gui_project, figure_id)  # behind the window's back (the command line, say)

    window.undo()
    assert "no longer exists" in window.statusBar().currentMessage()
    assert window.ops.undo_stack.count() == 1  # the edit step is gone, the tag step remains
    assert window.undo_action.text() == "&Undo Tag figure"
    assert list_annotations(gui_project) == []

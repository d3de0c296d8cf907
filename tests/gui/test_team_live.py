"""Two windows on one project file: each sees the other's work live, keeps its own undo and its own typing,
and is asked which version to keep when both changed the same field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.annotations import update_annotation
from desktop.services.queries import get_annotation
from desktop.storage.project import open_project
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui
ENTITY = "Scale AI"
FIGURE = "circa 14 miliardi di dollari"


@pytest.fixture
def second_project(project_path, gui_project):
    project = open_project(project_path)
    yield project
    project.close()


@pytest.fixture
def two_windows(make_window, gui_project, second_project, italian_id):
    first = make_window(gui_project)
    second = make_window(second_project)
    for window in (first, second):
        pane = window.pane_area.panes()[0]
        if pane.document_id != italian_id:
            window.open_document(italian_id, pane)
    return first, second


def digits(field) -> str:
    """A figure field's value, however the panel groups its digits for reading."""
    return re.sub(r"\D", "", field.text())


def pane_of(window, italian_id):
    return window.pane_area.pane_showing(italian_id)


def test_the_second_window_is_told_at_open_that_another_window_has_the_project(qtbot, two_windows):
    first, second = two_windows
    notice = second.features["desktop.ui.team.install"].presence_label
    qtbot.waitUntil(notice.isVisible)  # as soon as the window has painted
    assert notice.text() == "Also open in another window"
    assert "this computer" in notice.toolTip()
    assert "Another window has workbench.evidence open" in second.statusBar().currentMessage()
    assert not first.features["desktop.ui.team.install"].presence_label.isVisible()  # it opened first


def test_a_deletion_in_one_window_disappears_from_the_other(qtbot, two_windows, italian_id):
    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), ENTITY, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: annotation_id in pane_of(second, italian_id).spans()
                    and second.annotation_list.model.row_of(annotation_id) >= 0)
    second_undo = second.ops.undo_stack.count()

    first.select_annotation(annotation_id)
    first.delete_selected_annotation()
    assert get_annotation(first.ops.project, annotation_id) is None
    qtbot.waitUntil(lambda: annotation_id not in pane_of(second, italian_id).spans()
                    and second.annotation_list.model.row_of(annotation_id) < 0)
    assert second.ops.undo_stack.count() == second_undo  # a colleague's change is not in my history


def test_a_colleagues_change_does_not_disturb_the_note_being_typed(qtbot, two_windows, italian_id):
    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), FIGURE, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: second.annotation_list.model.row_of(annotation_id) >= 0)
    second.select_annotation(annotation_id)
    second.panel.note.setFocus()
    second.panel.note.setPlainText("Check against the FT")  # typing, not stored yet

    first.ops.update_annotation(annotation_id, value="15000000000")
    qtbot.waitUntil(lambda: digits(second.panel.value) == "15000000000")
    assert second.panel.note.toPlainText() == "Check against the FT"  # still what I am typing
    second.panel.commit_note()
    view = get_annotation(second.ops.project, annotation_id)
    assert (view.note, view.value) == ("Check against the FT", "15000000000")  # both changes kept


def test_editing_a_field_a_colleague_changed_shows_both_values_and_i_choose(qtbot, two_windows, italian_id):
    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), FIGURE, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: second.annotation_list.model.row_of(annotation_id) >= 0)
    second.select_annotation(annotation_id)
    second.panel.value.setFocus()
    second.panel.value.setText("14300000000")  # typing the value ...
    live = second.features["desktop.ui.team.install"].live
    with qtbot.waitSignal(live.arrived, timeout=5000):
        first.ops.update_annotation(annotation_id, value="15000000000")  # ... which the other window changes
    assert digits(second.panel.value) == "14300000000"  # what I type stays under my fingers
    second.panel.commit_pending()

    team = second.features["desktop.ui.team.install"]
    qtbot.waitUntil(lambda: team.conflict_dialog is not None and team.conflict_dialog.isVisible())
    dialog = team.conflict_dialog
    assert dialog.rows == {"value": ("14 300 000 000", "15 000 000 000")}  # grouped, as the panel shows them
    assert get_annotation(second.ops.project, annotation_id).value == "15000000000"  # nothing overwritten yet
    dialog.keep_mine_button.click()
    assert get_annotation(second.ops.project, annotation_id).value == "14300000000"
    qtbot.waitUntil(lambda: first.annotation_list.model.view(first.annotation_list.model.row_of(annotation_id))
                    .value == "14300000000")


def test_keeping_theirs_writes_nothing(qtbot, two_windows, italian_id):
    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), FIGURE, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: second.annotation_list.model.row_of(annotation_id) >= 0)
    second.select_annotation(annotation_id)
    version = get_annotation(second.ops.project, annotation_id).version
    first.ops.update_annotation(annotation_id, value="15000000000")  # second has not heard yet: no wait here
    assert not second.ops.update_annotation(annotation_id, expected=second.panel._view, value="13000000000")
    team = second.features["desktop.ui.team.install"]
    assert team.conflict_dialog is not None and team.conflict_dialog.rows == {"value": ("13 000 000 000", "15 000 000 000")}
    team.conflict_dialog.keep_theirs_button.click()
    view = get_annotation(second.ops.project, annotation_id)
    assert view.value == "15000000000" and view.version == version + 1
    qtbot.waitUntil(lambda: digits(second.panel.value) == "15000000000")


def test_undo_after_a_colleagues_later_change_is_refused_with_a_message(qtbot, two_windows, italian_id):
    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), FIGURE, Qt.Key.Key_F)
    assert first.ops.update_annotation(annotation_id, note="first's note")
    qtbot.waitUntil(lambda: second.annotation_list.model.row_of(annotation_id) >= 0)
    update_annotation(second.ops.project, annotation_id, second.ops.author_id, note="a colleague's note")

    first.undo()  # would put back the note before mine, over the colleague's
    assert get_annotation(first.ops.project, annotation_id).note == "a colleague's note"
    box = first.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "after you" in box.text() and "nothing was changed" in box.text()
    assert first.ops.undo_stack.count() == 1  # the refused step is dropped; the tag step stays


def test_a_colleagues_change_made_while_a_long_step_runs_here_is_shown_once_it_ends(qtbot, two_windows, italian_id):
    """While this window runs a step in the background it reads a project file's change feed when the step
    ends: nothing a colleague did meanwhile is lost, it arrives then."""
    import threading

    from desktop.services.changes import Outcome

    first, second = two_windows
    annotation_id = tag_phrase(qtbot, first, pane_of(first, italian_id), ENTITY, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: annotation_id in pane_of(second, italian_id).spans())
    release = threading.Event()

    def step(progress) -> Outcome[int]:
        assert release.wait(30)
        return Outcome(0)

    op = second.ops.run_in_background("A long step", step, show_after_ms=60_000)
    assert op is not None
    first.select_annotation(annotation_id)
    first.delete_selected_annotation()
    release.set()
    qtbot.waitUntil(lambda: op.done)
    qtbot.waitUntil(lambda: annotation_id not in pane_of(second, italian_id).spans()
                    and second.annotation_list.model.row_of(annotation_id) < 0)

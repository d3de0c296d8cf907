"""File > Open / Open Recent / New, and Profile > Switch author, in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.authors import list_authors
from desktop.services.documents import list_documents
from desktop.services.profiles import active_profile, save_profile
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui


def recent_actions(window):
    window.recent_menu.aboutToShow.emit()
    return [a for a in window.recent_menu.actions() if a.data()]


def test_opening_a_file_that_is_not_a_project_keeps_the_current_one(tmp_path, window, gui_project):
    notes = tmp_path / "notes.evidence"
    notes.write_text("these are my notes, not a project", encoding="utf-8")
    before = notes.read_bytes()

    assert window.open_project_path(str(notes)) is False

    box = window.last_message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert "notes.evidence is not an Evidence Desk project" in box.text()
    assert str(gui_project.location) in box.informativeText()  # "... is still open."
    box.close()
    assert window.ops.project is gui_project
    assert window.document_model.rowCount() == 5
    assert notes.read_bytes() == before  # nothing was written to the file
    assert str(notes) not in [a.data() for a in recent_actions(window)]


def test_open_recent_on_a_vanished_project_says_so_and_forgets_it(tmp_path, window, gui_project):
    gone = str(tmp_path / "gone.evidence")
    window.recent.add(gone)
    action = next(a for a in recent_actions(window) if a.data() == gone)
    action.trigger()
    assert window.last_message is not None and "There is no project" in window.last_message.text()
    window.last_message.close()
    assert window.ops.project is gui_project
    assert gone not in window.recent.paths()


def test_open_recent_switches_project_and_reloads_every_view(qtbot, tmp_path, window, gui_project, italian_id):
    other_path = tmp_path / "other.evidence"
    other = open_project(other_path)
    seed_project(other)
    other.close()
    window.recent.add(str(other_path))

    pane = window.pane_area.pane_showing(italian_id)
    tag_phrase(qtbot, window, pane, "Meta Platforms Inc.", Qt.Key.Key_E)
    assert window.ops.undo_stack.count() == 1

    action = next(a for a in recent_actions(window) if a.data() == str(other_path))
    action.trigger()

    project = window.ops.project
    assert project is not gui_project and project.location == str(other_path)
    assert window.ops.undo_stack.count() == 0  # its steps belonged to the other project
    assert window.document_model.rowCount() == 5
    assert window.annotation_list.model.rowCount() == 0
    assert window.pane_area.panes() and all(not list(p.spans()) for p in window.pane_area.panes())
    assert [p.document_id for p in window.pane_area.panes()][:2] == [d.id for d in list_documents(project)][:2]
    assert window.project_label.text() == str(other_path)
    assert "other" in window.windowTitle()
    assert window.recent.paths()[0] == str(other_path)
    # the analyst is an author of the newly opened project too
    assert window.ops.author_id in {a.id for a in list_authors(project)}

    # the previous project was closed cleanly and kept its annotation
    reopened = open_project(gui_project.location)
    try:
        assert [a.quote for a in list_annotations(reopened)] == ["Meta Platforms Inc."]
    finally:
        reopened.close()


def test_new_project_starts_empty(tmp_path, window):
    path = tmp_path / "fresh.evidence"
    assert window.open_project_path(str(path), create=True)
    assert path.exists()
    assert window.document_model.rowCount() == 0
    assert window.pane_area.panes() and all(p.document_id is None for p in window.pane_area.panes())
    assert window.tag_selection("figure") is None  # nothing to tag, no crash
    assert "Select some text" in window.statusBar().currentMessage()


def test_switching_author_changes_who_new_tags_belong_to(qtbot, window, gui_project, italian_id, profile):
    marco = save_profile("Marco Bianchi", "#2ca02c")
    assert active_profile() == marco
    window.set_profile(marco)
    assert window.author_label.text() == "Marco Bianchi"
    pane = window.pane_area.pane_showing(italian_id)
    annotation_id = tag_phrase(qtbot, window, pane, "Sarah Friar", Qt.Key.Key_E)
    view = next(a for a in list_annotations(gui_project) if a.id == annotation_id)
    assert view.author_name == "Marco Bianchi"
    names = [window.annotation_list.author_filter.itemText(i)
             for i in range(window.annotation_list.author_filter.count())]
    assert "Marco Bianchi" in names and profile.name in names


def test_first_start_asks_for_a_name_and_colour(qtbot):
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import ensure_profile
    from desktop.ui.profile_dialog import ProfileDialog

    assert active_profile() is None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # a name is needed
        dialog.name_edit.setText("Ana Souza")
        dialog.colour_picker._set("#9467bd")
        dialog.buttons.accepted.emit()

    owner = QObject()  # the answer is due while this test runs, or never
    QTimer.singleShot(0, owner, answer)
    profile = ensure_profile()
    assert (profile.name, profile.colour) == ("Ana Souza", "#9467bd")
    assert active_profile() == profile
    assert ensure_profile() == profile  # no second question


def test_a_broken_start_project_shows_one_message_and_offers_the_default(qtbot, tmp_path):
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.profiles import default_project_path
    from desktop.ui.app import open_start_project

    broken = tmp_path / "broken.evidence"
    broken.write_bytes(b"\x00not sqlite at all")
    boxes: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        boxes.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Open the Default Project")
        button.click()

    owner = QObject()  # the answer is due while this test runs, or never
    QTimer.singleShot(0, owner, answer)
    project = open_start_project(str(broken))
    try:
        assert len(boxes) == 1 and "broken.evidence is not an Evidence Desk project" in boxes[0]
        assert project is not None and project.location == str(default_project_path())
        assert len(list_documents(project)) == 5  # the seed project, created on first use
    finally:
        project.close()


@pytest.mark.parametrize("choice", ["placeholder", "quit", "name"])
def test_cancelling_the_first_start_never_signs_with_the_account_name(qtbot, choice):
    import getpass

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import PLACEHOLDER_NAME, ensure_profile
    from desktop.ui.profile_dialog import ProfileDialog

    asked: list[str] = []

    def cancel_then_answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        if asked:  # the second time: a name
            dialog.name_edit.setText("Ana Souza")
            dialog.buttons.accepted.emit()
            return
        asked.append("name")
        dialog.buttons.rejected.emit()
        QTimer.singleShot(0, dialog.parent() or QApplication.instance(), answer_box)

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "noNameBox"
        asked.append(box.text())
        wanted = {"placeholder": f"Continue as “{PLACEHOLDER_NAME}”", "quit": "Quit", "name": "Enter My Name…"}[choice]
        button = next(b for b in box.buttons() if b.text() == wanted)
        if choice == "name":
            QTimer.singleShot(0, QApplication.instance(), cancel_then_answer)
        button.click()

    QTimer.singleShot(0, QApplication.instance(), cancel_then_answer)
    profile = ensure_profile()
    assert "needs a name" in asked[1]
    if choice == "quit":
        assert profile is None and active_profile() is None
    else:
        expected = "Ana Souza" if choice == "name" else PLACEHOLDER_NAME
        assert profile is not None and profile.name == expected == active_profile().name
        assert profile.name != getpass.getuser().capitalize()  # never the computer's account name


def test_a_new_author_is_offered_a_colour_nobody_uses(qtbot, window, gui_project, profile):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.authors import PALETTE, ensure_author
    from desktop.ui.profile_dialog import ProfileDialog, SwitchAuthorDialog

    ensure_author(gui_project, "marco-1", "Marco", PALETTE[0])  # a colleague's annotations are in the project
    offered: list[str] = []

    def pick_new() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SwitchAuthorDialog)
        dialog.list.setCurrentRow(dialog.list.count() - 1)  # New author…
        QTimer.singleShot(0, window, name_them)
        dialog.accept()

    def name_them() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, ProfileDialog)
        offered.append(editor.colour())
        editor.name_edit.setText("Ana Souza")
        editor.buttons.accepted.emit()

    QTimer.singleShot(0, window, pick_new)
    window.switch_author_dialog()
    used = {profile.colour.lower(), PALETTE[0].lower()}
    assert offered and offered[0].lower() not in used
    ana = next(a for a in list_authors(gui_project) if a.name == "Ana Souza")
    assert ana.colour == offered[0] and window.author_label.text() == "Ana Souza"

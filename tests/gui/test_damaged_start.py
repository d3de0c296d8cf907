"""The window opens a project while SQLite's integrity check still reads it; a damaged file is then said
plainly (a message box, the read-only label and title) and nothing is written to it."""

from __future__ import annotations

import pytest

from desktop.services.authors import ensure_author
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from desktop.ui.app import open_start_project
from tests.fixtures.damaged_file import break_table_page, damaged_project

pytestmark = pytest.mark.gui


def test_a_damaged_project_opens_read_only_and_the_window_says_why(make_window, qtbot, tmp_path, profile):
    path = tmp_path / "damaged.evidence"
    project = open_project(path)
    seed_project(project)
    ensure_author(project, profile.key, profile.name, profile.colour)
    project.close()
    break_table_page(path, "change_log")
    before = path.read_bytes()

    opened = open_start_project(str(path))  # as evidence-desk opens it: the check runs in a thread
    window = make_window(opened)
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    box = window.last_message
    assert "damaged" in box.text() and "read-only" in box.text()
    assert "(read-only)" in window.windowTitle()
    assert window.read_only_label.isVisible() and "integrity check failed" in window.read_only_label.toolTip()
    assert len(window.document_model.documents()) == 5  # what it holds can still be read
    box.close()
    window.close()
    opened.close()
    assert path.read_bytes() == before


def test_a_damaged_project_the_analyst_never_wrote_in_opens_read_only_all_the_same(make_window, qtbot, tmp_path):
    """The profile's author is not in the file yet: the window's start would add it, and that first write is
    where the check's answer arrives. The window opens read-only and says why; nothing reaches the file."""
    path = damaged_project(tmp_path / "damaged.evidence")
    before = path.read_bytes()
    opened = open_start_project(str(path))
    window = make_window(opened)
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    assert "damaged" in window.last_message.text() and "read-only" in window.last_message.text()
    assert window.read_only_label.isVisible()
    window.last_message.close()
    window.close()
    opened.close()
    assert path.read_bytes() == before


def test_a_sound_project_opened_as_at_start_stays_writable(make_window, qtbot, tmp_path, profile):
    path = tmp_path / "sound.evidence"
    project = open_project(path)
    seed_project(project)
    project.close()
    opened = open_start_project(str(path))
    window = make_window(opened)
    assert opened.integrity is not None
    qtbot.waitUntil(opened.integrity.done)
    qtbot.wait(10)  # the answer's queued signal
    assert window.last_message is None
    assert not window.read_only_label.isVisible() and "read-only" not in window.windowTitle()
    window.close()
    opened.close()

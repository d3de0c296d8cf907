"""A project that cannot be written opens in the window all the same, and the window says it is read-only."""

from __future__ import annotations

import pytest

from desktop.services.authors import ensure_author
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project

pytestmark = pytest.mark.gui


def test_a_read_only_project_opens_and_the_window_says_so(make_window, tmp_path, profile):
    path = tmp_path / "shared.evidence"
    project = open_project(path)
    seed_project(project)
    ensure_author(project, profile.key, profile.name, profile.colour)
    project.close()
    path.chmod(0o444)
    before = path.read_bytes()
    try:
        read_only = open_project(path)
        window = make_window(read_only)
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.isVisible() and "read-only" in window.read_only_label.toolTip()
        assert len(window.document_model.documents()) == 5  # reading works
        window.close()
        read_only.close()
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before


def test_a_writable_project_shows_no_read_only_mark(window):
    assert "read-only" not in window.windowTitle()
    assert not window.read_only_label.isVisible()

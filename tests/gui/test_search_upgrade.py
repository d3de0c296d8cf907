"""A project from before the search index: opened in the window, upgraded with progress, searchable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressDialog

import desktop.ui.upgrade_progress as upgrade_progress
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from tests.fixtures.search_index import remove_search_index

pytestmark = pytest.mark.gui


def old_project(path):
    """A seeded project as an older version left it (no search index)."""
    project = open_project(path)
    seed_project(project)
    project.close()
    remove_search_index(path)


def test_an_older_project_opened_in_the_window_is_indexed_with_progress(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "older.evidence"
    old_project(path)
    monkeypatch.setattr(upgrade_progress, "SHOW_AFTER_MS", -1)  # show it however fast the machine is
    shown: list[tuple[int, int]] = []
    original = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, value: (shown.append((value, self.maximum())),
                                                                          original(self, value)))
    assert window.open_project_path(str(path))
    assert window.project.location == str(path)
    assert shown and shown[0] == (0, 5)  # the dialog counted the five seed articles

    search = window.features["desktop.ui.search.install"]
    search.show_search()
    search.panel.query.setText("societa")
    search.panel.run()
    assert [g.label for g in search.panel.model.groups()] == ["Cryptopolitan", "IT crypto site"]

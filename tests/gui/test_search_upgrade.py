"""A project from before the search index: opened in the window, upgraded with progress, searchable."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from PySide6.QtWidgets import QProgressDialog
from sqlalchemy import create_engine

import desktop.ui.upgrade_progress as upgrade_progress
from desktop.services.seeding import seed_project
from desktop.storage.project import _alembic_config, open_project

pytestmark = pytest.mark.gui


def old_project(path):
    """A seeded project brought back to the revision before the search index (as an older version left it)."""
    project = open_project(path)
    seed_project(project)
    project.close()
    engine = create_engine(f"sqlite:///{path}")
    before = ScriptDirectory.from_config(_alembic_config(None)).get_revision("0004").down_revision
    with engine.begin() as conn:
        cfg = _alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, before)
    engine.dispose()


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
    assert [g.label for g in search.panel.model.groups()] == ["000", "002"]

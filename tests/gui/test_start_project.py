"""`evidence-desk --project PATH` with no file there asks before making a project of a typo."""

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.documents import list_documents
from desktop.services.profiles import default_project_path
from desktop.ui.app import open_start_project

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_missing_project_path_is_created_only_when_the_analyst_says_so(qapp, tmp_path, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args) or answer)
    path = tmp_path / "typo.evidence"
    project = open_start_project(str(path))
    assert asked and "There is no project at" in asked[0][2]
    if answer == QMessageBox.StandardButton.Yes:
        assert project.path == path and list_documents(project) == []
    else:
        assert not path.exists()
        assert project.path == default_project_path() and len(list_documents(project)) == 5
    project.close()

"""One key no longer deletes a colleague's reviewed work without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import review
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.queries import get_annotation
from tests.gui.conftest import offsets

pytestmark = pytest.mark.gui


def _tag(project, document_id, phrase, author_id) -> str:
    start, end = offsets(project, document_id, phrase)
    return create_annotation(project, document_id=document_id, start=start, end=end, kind="entity",
                             author_id=author_id).value


def _press_delete(qtbot, window, pane, annotation_id) -> None:
    window.select_annotation(annotation_id)
    pane.text_view().setFocus()
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Delete)


def test_deleting_a_colleagues_accepted_annotation_asks_first(qtbot, window, pane, gui_project, italian_id,
                                                               monkeypatch):
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    theirs = _tag(gui_project, italian_id, "Meta Platforms Inc.", marco)
    review.set_verdict(gui_project, theirs, window.ops.author_id, "accepted")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(window, "confirm", lambda title, question: asked.append(question) or answer[0])

    _press_delete(qtbot, window, pane, theirs)
    assert get_annotation(gui_project, theirs) is not None  # Cancel: nothing deleted
    assert asked and "Marco's entity, accepted in review" in asked[0] and "1 review" in asked[0]
    assert window.statusBar().currentMessage() == "Not deleted."

    answer[0] = True
    _press_delete(qtbot, window, pane, theirs)
    assert get_annotation(gui_project, theirs) is None
    window.undo()
    assert get_annotation(gui_project, theirs).status == "accepted"


def test_my_own_work_and_unreviewed_work_are_deleted_at_once(qtbot, window, pane, gui_project, italian_id,
                                                              monkeypatch):
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    mine = _tag(gui_project, italian_id, "Sarah Friar", window.ops.author_id)
    review.set_verdict(gui_project, mine, marco, "accepted")
    unreviewed = _tag(gui_project, italian_id, "Meta Platforms Inc.", marco)
    monkeypatch.setattr(window, "confirm", lambda title, question: pytest.fail(f"asked: {question}"))
    for annotation_id in (mine, unreviewed):
        _press_delete(qtbot, window, pane, annotation_id)
        assert get_annotation(gui_project, annotation_id) is None

"""The annotation list follows a tag, an undo and a moved span row by row: exactly the rows that changed
come and go, where the text order puts them, without reading the document's other ids again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import desktop.ui.annotation_list as annotation_list
from desktop.services.table_rows import annotation_ids
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

LATE = "Meta Platforms Inc."
EARLY = "OpenAI"


def _ids(window) -> list[str]:
    model = window.annotation_list.model
    return [model.key(r) for r in range(model.rowCount())]


def _watch(model) -> list[tuple[str, int, int]]:
    seen: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("in", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("out", first, last)))
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    return seen


def test_a_tag_inserts_its_one_row_in_text_order_without_reading_every_id(qtbot, window, pane, gui_project,
                                                                           monkeypatch):
    document_id = pane.document_id
    late = tag_phrase(qtbot, window, pane, LATE, Qt.Key.Key_E)
    assert _ids(window) == annotation_ids(gui_project, document_id) == [late]

    reads: list[int] = []
    real = annotation_list.annotation_order
    monkeypatch.setattr(annotation_list, "annotation_order", lambda *a: reads.append(1) or real(*a))
    seen = _watch(window.annotation_list.model)

    early = tag_phrase(qtbot, window, pane, EARLY, Qt.Key.Key_E)  # before the first tag in the text

    assert seen == [("in", 0, 0)]  # one row, at the top: the other rows and the scroll stay
    assert _ids(window) == annotation_ids(gui_project, document_id) == [early, late]
    assert window.annotation_list.model.view(0).quote == EARLY  # the new row's content, fetched when shown
    assert window.annotation_list.current_annotation_id() == early
    assert reads == []  # placed from the change set, not by reading the document's ids again

    seen.clear()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the second tag
    qtbot.waitUntil(lambda: len(_ids(window)) == 1)
    assert seen == [("out", 0, 0)]
    assert _ids(window) == annotation_ids(gui_project, document_id) == [late]
    assert reads == []


def test_a_deleted_annotation_leaves_the_list_and_the_others_keep_their_order(qtbot, window, pane, gui_project):
    document_id = pane.document_id
    late = tag_phrase(qtbot, window, pane, LATE, Qt.Key.Key_E)
    early = tag_phrase(qtbot, window, pane, EARLY, Qt.Key.Key_E)
    seen = _watch(window.annotation_list.model)

    assert window.current_annotation() == early
    window.delete_selected_annotation()

    assert seen == [("out", 0, 0)]
    assert _ids(window) == annotation_ids(gui_project, document_id) == [late]

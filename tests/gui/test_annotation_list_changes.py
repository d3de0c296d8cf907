"""The annotation list follows a tag, an undo and a moved span row by row: exactly the rows that changed
come and go, where the text order puts them, without reading the document's other ids again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import desktop.ui.annotation_list as annotation_list
from desktop.services.table_rows import annotation_ids
from tests.gui.conftest import listed_ids, lists_followed, tag_phrase

pytestmark = pytest.mark.gui

LATE = "Meta Platforms Inc."
EARLY = "OpenAI"


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
    lists_followed(qtbot, window)
    assert listed_ids(window) == annotation_ids(gui_project, document_id) == [late]

    reads: list[int] = []
    real = annotation_list.annotation_order
    monkeypatch.setattr(annotation_list, "annotation_order", lambda *a: reads.append(1) or real(*a))
    seen = _watch(window.annotation_list.model)

    early = tag_phrase(qtbot, window, pane, EARLY, Qt.Key.Key_E)  # before the first tag in the text
    lists_followed(qtbot, window)

    assert seen == [("in", 0, 0)]  # one row, at the top: the other rows and the scroll stay
    assert listed_ids(window) == annotation_ids(gui_project, document_id) == [early, late]
    assert window.annotation_list.model.view(0).quote == EARLY  # the new row's content, fetched when shown
    assert window.annotation_list.current_annotation_id() == early
    assert reads == []  # placed from the change set, not by reading the document's ids again

    seen.clear()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the second tag
    qtbot.waitUntil(lambda: len(listed_ids(window)) == 1)
    assert seen == [("out", 0, 0)]
    assert listed_ids(window) == annotation_ids(gui_project, document_id) == [late]
    assert reads == []


def test_a_deleted_annotation_leaves_the_list_and_the_others_keep_their_order(qtbot, window, pane, gui_project):
    document_id = pane.document_id
    late = tag_phrase(qtbot, window, pane, LATE, Qt.Key.Key_E)
    early = tag_phrase(qtbot, window, pane, EARLY, Qt.Key.Key_E)
    lists_followed(qtbot, window)
    seen = _watch(window.annotation_list.model)

    assert window.current_annotation() == early
    window.delete_selected_annotation()
    lists_followed(qtbot, window)

    assert seen == [("out", 0, 0)]
    assert listed_ids(window) == annotation_ids(gui_project, document_id) == [late]


def test_an_import_sized_change_set_shows_the_open_articles_new_spans_without_reading_every_changed_row(
        qtbot, window, pane, gui_project, monkeypatch):
    """Seventy annotations arrive at once (more than a tag's few): the pane shows those of its article, read
    with its spans, and not the other article's; the changed rows are not each read through the views."""
    import desktop.ui.annotation_reads as annotation_reads
    from desktop.services.annotations import create_annotation
    from desktop.services.changes import Changes, Outcome

    document_id = pane.document_id
    other = next(d.id for d in window.document_model.documents() if d.id != document_id)
    words = [i for i in range(1, len(pane.text) - 4) if pane.text[i - 1] == " " and pane.text[i:i + 4].isalpha()]
    made = [create_annotation(gui_project, document_id=document_id, start=w, end=w + 4, kind="entity",
                              author_id=window.ops.author_id).value for w in words[:70]]
    elsewhere = create_annotation(gui_project, document_id=other, start=0, end=4, kind="entity",
                                  author_id=window.ops.author_id).value
    read: list[int] = []
    real = annotation_reads.list_annotations
    monkeypatch.setattr(annotation_reads, "list_annotations", lambda *a, **k: read.append(1) or real(*a, **k))

    assert window.ops.run("Import", lambda: Outcome(None, Changes(annotations=frozenset([*made, elsewhere]))))
    assert len(made) == 70
    assert {s.id for s in pane.text_view().highlights.spans} >= set(made)
    assert elsewhere not in {s.id for s in pane.text_view().highlights.spans}
    assert read == []

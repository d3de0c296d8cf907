"""An import of many annotations run in the background: every view ends up showing them where they are, and
the views of other documents stay as they were (the window works out which documents the import touched in
the import's worker thread, ``Changes.holding``, instead of reading each open document again)."""

from __future__ import annotations

import re

import pytest

from desktop.interchange.w3c_io import export_w3c
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from desktop.ui.colleague_import import install
from tests.gui.background import import_and_wait
from tests.gui.conftest import ITALIAN_SEED_TITLE

pytestmark = pytest.mark.gui

MANY = 80  # more than the window reads one by one (a tag, an edit)


@pytest.fixture
def sent(tmp_path):
    """Marco's file: MANY entities he tagged on the Italian article, one word each."""
    project = open_project(tmp_path / "marco.evidence")
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    doc = next(d.id for d in list_documents(project) if d.title == ITALIAN_SEED_TITLE)
    words = [m for m in re.finditer(r"\w{5,}", document_text(project, doc))][:MANY]
    assert len(words) == MANY
    for word in words:
        create_annotation(project, document_id=doc, start=word.start(), end=word.end(), kind="entity",
                          author_id=author)
    path = tmp_path / "from-marco.jsonld"
    export_w3c(project, path, mark_exchanged=True)
    project.close()
    return path


def imported_ids(project, document_id: int) -> set[str]:
    return {a.id for a in list_annotations(project, document_id=document_id) if a.author_key == "marco-7f3a"}


def count_shown(window, document_id: int) -> int:
    summary = window.document_model.summary(document_id)
    return -1 if summary is None else summary.annotation_count


def test_an_import_into_another_document_shows_in_its_pane_and_count_and_leaves_the_list_as_it_was(
        qtbot, window, gui_project, italian_id, sent):
    other = next(d.id for d in list_documents(gui_project) if d.id != italian_id)
    ada = ensure_author(gui_project, "ada-01", "Ada").value
    for word in [m for m in re.finditer(r"\w{5,}", document_text(gui_project, other))][:3]:  # before it opens
        create_annotation(gui_project, document_id=other, start=word.start(), end=word.end(), kind="entity",
                          author_id=ada)
    italian_pane = window.new_pane(italian_id)
    first = window.pane_area.panes()[0]
    window.open_document(other, first)
    window.pane_area.set_active(first)  # the list follows the pane the analyst works in
    assert window.annotation_list.document_id == other and italian_pane is not first
    rows_before = window.annotation_list.model.keys()
    assert len(rows_before) == 3
    spans_before = {s.id for s in first.spans()}
    count_before = count_shown(window, italian_id)

    report = import_and_wait(qtbot, window, install(window), sent)
    assert report is not None and len(report.imported) == MANY

    new = imported_ids(gui_project, italian_id)
    assert len(new) == MANY
    assert new <= {s.id for s in italian_pane.spans()}  # the pane showing the Italian article shows them
    assert {s.id for s in first.spans()} == spans_before
    assert window.annotation_list.model.keys() == rows_before  # the list of the other article: as it was
    qtbot.waitUntil(lambda: count_shown(window, italian_id) == count_before + MANY)  # the documents' counts


def test_an_import_into_the_document_in_the_list_shows_its_rows_there(qtbot, window, gui_project, italian_id, sent):
    window.open_document(italian_id, window.pane_area.panes()[0])
    assert window.annotation_list.document_id == italian_id
    rows_before = window.annotation_list.model.rowCount()

    import_and_wait(qtbot, window, install(window), sent)

    new = imported_ids(gui_project, italian_id)
    assert len(new) == MANY
    model = window.annotation_list.model
    assert model.rowCount() == rows_before + MANY
    assert all(model.row_of(i) >= 0 for i in new)
    assert new <= {s.id for s in window.pane_area.panes()[0].spans()}
    assert window.annotation_list.count_label.text() == str(rows_before + MANY)

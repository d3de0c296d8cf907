"""Migration 0007: a document's spans (what every pane paints) are read from one index, not row by row."""

import sqlite3

import pytest

from desktop.services.annotations import create_annotation, spans_of_document
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document
from desktop.storage.project import open_project
from tests.fixtures.old_projects import make_old_project

SPANS = ('SELECT id, start, "end", kind, author_id FROM annotations WHERE document_id = ? '
         'ORDER BY start, "end"')


def _plan(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {SPANS}", (1,)))
    finally:
        conn.close()


def _project_with_spans(path):
    project = open_project(path)
    author = ensure_author(project, "g", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI", title="t").value
    for start, end in ((21, 29), (0, 4), (35, 43), (0, 3)):
        create_annotation(project, document_id=doc, start=start, end=end, kind="entity", author_id=author)
    return project, doc, author


def test_a_new_project_reads_a_documents_spans_from_the_covering_index_in_order(tmp_path):
    path = tmp_path / "p.evidence"
    project, doc, author = _project_with_spans(path)
    assert [(s, e, k, a) for _, s, e, k, a in spans_of_document(project, doc)] == [
        (0, 3, "entity", author), (0, 4, "entity", author), (21, 29, "entity", author), (35, 43, "entity", author)]
    project.close()
    plan = _plan(path)
    assert "COVERING INDEX ix_annotations_document_spans" in plan
    assert "TEMP B-TREE" not in plan  # no sort after the read: the index is in the order asked


@pytest.mark.parametrize("old", ["0001", "0006"])
def test_an_upgraded_project_gets_the_index_and_keeps_its_annotations(tmp_path, old):
    path = tmp_path / "old.evidence"
    project, doc, _ = _project_with_spans(path)
    before = spans_of_document(project, doc)
    project.close()
    make_old_project(path, old, user_version=int(old))
    assert "ix_annotations_document_spans" not in _plan(path)
    upgraded = open_project(path)
    assert spans_of_document(upgraded, doc) == before
    upgraded.close()
    assert "COVERING INDEX ix_annotations_document_spans" in _plan(path)
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    conn.close()
    assert "ix_annotations_document_start" not in names  # replaced, not doubled: one index to keep on a write


def test_the_spans_starting_before_an_offset_are_the_ones_the_first_screen_can_show(tmp_path):
    project, doc, author = _project_with_spans(tmp_path / "p.evidence")
    assert [(s, e) for _, s, e, _k, _a in spans_of_document(project, doc, start_before=21)] == [(0, 3), (0, 4)]
    assert [(s, e) for _, s, e, _k, _a in spans_of_document(project, doc, start_before=22)] == [
        (0, 3), (0, 4), (21, 29)]
    assert spans_of_document(project, doc, start_before=0) == []
    project.close()

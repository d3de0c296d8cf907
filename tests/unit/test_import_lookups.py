"""An import into a large project looks up only the ids of its own items, a few hundred to a query, and
decides each item as before: new, unchanged, newer (updated), or a review of an annotation the project has.

Reading every annotation of the project first took 0.1 s on a desk of 60,000, during which the window's
thread could not run Python (the driver lets the lock go and takes it back on every row).

On PostgreSQL each lookup finds the ids by the primary key however much the import has added: a plan kept
from the import's start, made while a new team database's table was empty, read the whole growing table for
every group of ids (a 50,000-annotation import took 27.5 s instead of about 8)."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import event

from desktop.services.documents import add_document
from desktop.services.exchange import apply_import
from desktop.services.import_values import ImportRun
from desktop.services.incoming import IncomingAnnotation, IncomingReview
from desktop.services.read_models import list_reviews
from desktop.storage.project import open_project
from tests.fixtures.databases import pg_location  # noqa: F401  (fixture)

WORDS = 1_300
CREATED = "2026-03-02T09:00:00.000000Z"
LATER = "2026-03-05T10:00:00.000000Z"


def _text() -> str:
    return " ".join(f"w{i:04d}" for i in range(WORDS))


def _item(doc_sha: str, i: int, modified: str = CREATED) -> IncomingAnnotation:
    start = i * 6
    return IncomingAnnotation(
        ref=f"a{i}", id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"test:{i}")), kind="claim", creator_key="giulia-1a2b3c",
        creator_name="Giulia", created=CREATED, modified=modified, sha256=doc_sha, start=start, end=start + 5,
        exact=f"w{i:04d}", status="accepted")


def _review(i: int, annotation_id: str) -> IncomingReview:
    return IncomingReview(ref=f"r{i}", id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"review:{i}")),
                          annotation_id=annotation_id, creator_key="marco-7f3a", creator_name="Marco",
                          created=LATER, comment=f"review {i}")


def test_items_across_lookup_groups_are_each_decided_against_the_project(project):
    text = _text()
    add_document(project, text, title="Words")
    sha = hashlib.sha256(text.encode()).hexdigest()
    first = apply_import(project, [_item(sha, i) for i in range(1_000)]).value
    assert len(first.imported) == 1_000

    # the same 1,000 (one of them newer, far into the file: another lookup group), and 300 new ones
    again = [_item(sha, i, LATER if i == 900 else CREATED) for i in range(1_300)]
    reviews = [_review(1, again[950].id),            # an annotation the project had, in a later group
               _review(2, again[1_250].id),          # one this import adds
               _review(3, str(uuid.uuid4())),        # one nobody has
               _review(4, _item(sha, 10).id)]        # one the project had, read by its own lookup
    assert len(again) > 2 * ImportRun.KNOWN_AT_ONCE
    report = apply_import(project, again, reviews).value

    assert report.updated == ["a900"]
    assert len(report.unchanged) == 999 and "a900" not in report.unchanged
    assert report.imported == [f"a{i}" for i in range(1_000, 1_300)]
    assert report.reviews_imported == ["r1", "r2", "r4"]
    assert [s.ref for s in report.skipped] == ["r3"]
    stored = {r.id: (r.annotation_id, r.comment) for r in list_reviews(project)}
    assert stored == {r.id: (r.annotation_id, r.comment) for r in reviews if r.ref != "r3"}

    again_report = apply_import(project, again[:10], reviews).value  # the reviews are known now
    assert again_report.reviews_unchanged == ["r1", "r2", "r4"] and not again_report.reviews_imported


def test_an_import_reads_the_project_annotations_only_by_the_ids_it_brings(project):
    text = _text()
    add_document(project, text, title="Words")
    sha = hashlib.sha256(text.encode()).hexdigest()
    apply_import(project, [_item(sha, i) for i in range(1_200)])

    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()))

    event.listen(project.engine, "before_cursor_execute", seen)
    try:
        report = apply_import(project, [_item(sha, i) for i in range(1_200, 1_210)]).value
    finally:
        event.remove(project.engine, "before_cursor_execute", seen)
    assert len(report.imported) == 10
    reads = [s for s in statements if s.startswith("SELECT annotations.id") and "FROM annotations" in s]
    assert reads, "the import looked its items up"
    assert all(" WHERE annotations.id IN " in s for s in reads), reads



@pytest.mark.postgres
def test_on_postgresql_no_lookup_runs_on_a_plan_kept_from_the_import_start(pg_location, monkeypatch):  # noqa: F811
    """psycopg prepares a statement it has run five times; PostgreSQL then keeps one generic plan for it, made
    while the table was small, with the ids as parameters (each row compared with every id in turn, instead
    of the hashed list or the index a plan made for the ids themselves uses)."""
    monkeypatch.setattr(ImportRun, "KNOWN_AT_ONCE", 100)
    project = open_project(pg_location)
    try:
        text = " ".join(f"w{i:04d}" for i in range(2_000))
        add_document(project, text, title="Words")
        sha = hashlib.sha256(text.encode()).hexdigest()
        kept: list[int] = []  # after each lookup: the session's prepared statements that read annotations by id

        def count(conn, cursor, statement, parameters, context, executemany):
            if statement.startswith("SELECT annotations.id, annotations.modified"):
                kept.append(cursor.connection.execute(
                    "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT annotations.id%'"
                ).fetchone()[0])

        event.listen(project.engine, "after_cursor_execute", count)
        try:
            report = apply_import(project, [_item(sha, i) for i in range(2_000)]).value
        finally:
            event.remove(project.engine, "after_cursor_execute", count)
        assert len(report.imported) == 2_000
        assert kept == [0] * 20  # one lookup a group of ids, each planned for the ids it brings
    finally:
        project.close()

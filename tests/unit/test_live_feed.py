"""What one opening of a project writes, another sees: the change log and the feed, on SQLite and PostgreSQL."""

from __future__ import annotations

import time

import pytest

from desktop.services.annotations import (
    create_annotation,
    delete_annotation,
    restore_annotation,
    update_annotation,
)
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document
from desktop.services.live import Authors, changes_of, describe
from desktop.storage.change_feed import ChangeFeed
from desktop.storage.project import open_project
from tests.fixtures.databases import backend  # noqa: F401

TEXT = "Meta investirà 14 miliardi di dollari in Scale AI."


def wait_for(feed: ChangeFeed, count: int, timeout: float = 10.0) -> list:
    found: list = []
    deadline = time.monotonic() + timeout
    while len(found) < count and time.monotonic() < deadline:
        found += feed.wait(0.2)
    return found


def test_another_opening_sees_a_tag_an_edit_and_a_deletion(backend):  # noqa: F811
    mine = open_project(backend)
    theirs = open_project(backend)
    feed = ChangeFeed(theirs)
    try:
        author = ensure_author(mine, "giulia-k", "Giulia").value
        doc = add_document(mine, TEXT, title="Scale AI").value
        ann = create_annotation(mine, document_id=doc, start=0, end=4, kind="entity", author_id=author).value
        update_annotation(mine, ann, author, note="the parent company")
        delete_annotation(mine, ann, author)
        entries = wait_for(feed, 5)
        assert [e.session for e in entries] == [mine.session_id] * 5
        changes = changes_of(entries)
        assert ann in changes.annotations and doc in changes.documents and author in changes.authors
        lines = [describe(e, Authors(theirs)) for e in entries]
        assert [line["kind"] for line in lines[-3:]] == ["create", "update", "delete"]
        assert lines[-1]["ids"]["annotations"] == [ann]
        assert lines[-1]["author"]["name"] == "Giulia"
    finally:
        feed.close()
        mine.close()
        theirs.close()


def test_a_window_does_not_hear_its_own_writes(backend):  # noqa: F811
    project = open_project(backend)
    feed = ChangeFeed(project)
    try:
        add_document(project, TEXT, title="Scale AI")
        assert wait_for(feed, 1, timeout=1.5) == []
    finally:
        feed.close()
        project.close()


def test_every_write_records_the_versions_it_left(backend):  # noqa: F811
    project = open_project(backend)
    try:
        author = ensure_author(project, "giulia-k", "Giulia").value
        doc = add_document(project, TEXT, title="Scale AI").value
        with project.recording() as ledger:
            ann = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author).value
        assert ledger[("annotations", ann)] == 1
        with project.recording() as ledger:
            update_annotation(project, ann, author, note="x")
            update_annotation(project, ann, author, note="y")
        assert ledger[("annotations", ann)] == 3
        with project.recording() as ledger:
            delete_annotation(project, ann, author)
        assert ledger[("annotations", ann)] is None
    finally:
        project.close()


@pytest.mark.parametrize("kind", ["edit", "restore"])
def test_an_expected_version_refuses_a_write_over_a_colleagues_change(backend, kind):  # noqa: F811
    from desktop.storage.errors import ChangedMeanwhile

    mine = open_project(backend)
    theirs = open_project(backend)
    try:
        giulia = ensure_author(mine, "giulia-k", "Giulia").value
        marco = ensure_author(theirs, "marco-k", "Marco").value
        doc = add_document(mine, TEXT, title="Scale AI").value
        ann = create_annotation(mine, document_id=doc, start=0, end=4, kind="entity", author_id=giulia).value
        if kind == "edit":
            update_annotation(theirs, ann, marco, note="Marco's note")
        else:  # Marco deleted it and took it back: a restored row is written again (version 1 once more)
            restore_annotation(theirs, delete_annotation(theirs, ann, marco).value, marco)
            update_annotation(theirs, ann, marco, note="Marco's note")
        with pytest.raises(ChangedMeanwhile) as caught, mine.expecting({("annotations", ann): 1}):
            update_annotation(mine, ann, giulia, note="Giulia's note")
        assert caught.value.by == "Marco" and caught.value.expected == 1 and caught.value.actual == 2
        assert "Marco" in str(caught.value) and "nothing was changed" in str(caught.value)
        from desktop.services.queries import get_annotation

        assert get_annotation(mine, ann).note == "Marco's note"
    finally:
        mine.close()
        theirs.close()

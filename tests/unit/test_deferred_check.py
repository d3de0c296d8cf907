"""The window's start opens a project before SQLite's integrity check has read the whole file; the check runs
in a thread, no write reaches the file before it has passed, and a damaged file is then read-only, saying so."""

from __future__ import annotations

import pytest

from desktop.services.documents import add_document, list_documents
from desktop.storage import deferred_check
from desktop.storage.deferred_check import check_early
from desktop.storage.errors import ReadOnlyProject
from desktop.storage.project import NotAProjectError, open_project
from tests.fixtures.damaged_file import damaged_project


@pytest.fixture
def damaged(tmp_path):
    return damaged_project(tmp_path / "damaged.evidence")


def test_a_damaged_file_is_refused_when_checked_at_once(damaged):
    with pytest.raises(NotAProjectError, match="damaged"):
        open_project(damaged)


def test_a_damaged_file_checked_later_opens_but_its_first_write_is_refused(damaged):
    before = damaged.read_bytes()
    project = open_project(damaged, check_later=True)
    try:
        assert len(list_documents(project)) == 20  # what it holds can be read (and copied out)
        with pytest.raises(ReadOnlyProject, match=r"damaged \(SQLite's integrity check failed"):
            add_document(project, "A new article.", title="New")
        assert project.read_only and "integrity check failed" in project.read_only_reason
        assert "integrity check failed" in project.settle_integrity()
    finally:
        project.close()
    assert damaged.read_bytes() == before  # nothing was written to it


def test_a_sound_file_checked_later_is_written_as_usual(tmp_path):
    path = tmp_path / "sound.evidence"
    open_project(path).close()
    project = open_project(path, check_later=True)
    try:
        heard: list[str] = []
        assert project.integrity is not None
        project.integrity.when_done(heard.append)
        add_document(project, "A new article.", title="New")  # waits for the check, which passes
        assert heard == [""] and not project.read_only
        assert [d.title for d in list_documents(project)] == ["New"]
    finally:
        project.close()


def _checked_early(path):
    check_early(str(path))
    check = deferred_check._early[str(path.absolute())]
    check.problem()  # over before the project opens (the window's imports took longer)
    return check


def test_a_damaged_file_checked_before_the_window_imports_opens_read_only_all_the_same(damaged):
    _checked_early(damaged)  # over before it opens
    project = open_project(damaged, check_later=True)
    try:
        with pytest.raises(ReadOnlyProject, match="integrity check failed"):
            add_document(project, "A new article.", title="New")
    finally:
        project.close()


def test_a_sound_file_checked_before_the_window_imports_is_written_as_usual(tmp_path):
    path = tmp_path / "sound.evidence"
    open_project(path).close()
    _checked_early(path)
    project = open_project(path, check_later=True)
    try:
        assert project.integrity is not None and project.integrity.done()
        add_document(project, "A new article.", title="New")
    finally:
        project.close()


def test_an_early_check_counts_only_for_the_file_it_read(tmp_path):
    path = tmp_path / "sound.evidence"
    open_project(path).close()
    early = _checked_early(path)
    assert deferred_check.take_early(path) is early  # the same file: its answer is used
    _checked_early(path)
    project = open_project(path)
    add_document(project, "A new article.", title="New")
    project.close()  # the log is checkpointed into the file: no longer the file that was checked
    assert deferred_check.take_early(path) is None  # checked again when it opens


def test_closing_a_project_ends_its_integrity_check(tmp_path):
    """A project closed while SQLite's check still reads the file leaves no thread behind reading it (the check
    is interrupted and waited for), and nobody is told the file is damaged."""
    import sqlite3
    import threading

    path = tmp_path / "big.evidence"
    open_project(path).close()
    with sqlite3.connect(path) as conn:  # some tens of MB for the check to read
        conn.execute("CREATE TABLE ballast (b BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(1000000))", [()] * 60)
    told = []
    project = open_project(path, check_later=True)
    assert project.integrity is not None
    project.integrity.when_done(told.append)
    project.close()
    assert not [t for t in threading.enumerate() if t.name == "integrity check" and t.is_alive()]
    assert told in ([], [""])  # interrupted: no verdict; or it had finished: the file passed

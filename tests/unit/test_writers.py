"""Writers share the database politely: nobody fails because someone else is writing, races end in one row,
driver errors reach the user as storage errors with a message, and field limits are the same everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain import limits
from desktop.domain.limits import FieldTooLong
from desktop.services import vocabulary
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import MetadataError, add_document, list_documents, update_document
from desktop.storage.errors import ConflictingWrite, ConnectionLost, DatabaseBusy, StorageError
from desktop.storage.models import Author, Document, Entity, Measure, Proposition
from desktop.storage.project import LONG_WRITE_KEY, BusyWait, open_project
from tests.fixtures.databases import backend, pg_location  # noqa: F401  (fixtures)

REPO = Path(__file__).resolve().parents[2]


def _wait_for(predicate, what: str, seconds: float = 60.0) -> None:
    """Poll until ``predicate()``; a deadline only to fail instead of hanging, never to decide an outcome."""
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.01)


# --- a long write and the writers that wait for it -------------------------------------------------


def test_a_writer_waits_for_an_announced_import_is_told_and_goes_on(tmp_path):
    path = tmp_path / "p.evidence"
    importer = open_project(path)
    tagger = open_project(path)  # another window or process: its own connections
    seen: list[BusyWait] = []
    told = threading.Event()

    def on_busy(wait: BusyWait) -> bool:
        seen.append(wait)
        told.set()
        return True

    tagger.on_busy = on_busy
    result: list[object] = []
    with importer.transaction(label="Importing 20,000 annotations") as s:
        s.add(Document(title="imported", text="a long import", sha256="0" * 64, char_count=13, imported="x"))
        s.flush()
        worker = threading.Thread(target=lambda: result.append(add_document(tagger, "tagged meanwhile", title="t")))
        worker.start()
        assert told.wait(60), "the waiting writer was never told"
    worker.join(60)
    assert not worker.is_alive()
    assert seen[0].long_write and "Importing 20,000 annotations is in progress" in seen[0].message
    assert [d.title for d in list_documents(tagger)] == ["imported", "t"]
    assert importer.long_write_in_progress() == ""  # the announcement left with the import's commit
    importer.close()
    tagger.close()


def test_a_writer_that_gives_up_gets_database_busy_and_stores_nothing(tmp_path):
    path = tmp_path / "p.evidence"
    holder = open_project(path)
    other = open_project(path)
    other.on_busy = lambda wait: False  # the user chose not to wait
    with holder.transaction() as s:
        s.execute(text("INSERT INTO project_info (key, value) VALUES ('held', '1')"))
        with pytest.raises(DatabaseBusy, match="busy") as refused:
            add_document(other, "not stored", title="t")
    assert "locked" not in str(refused.value)
    assert list_documents(other) == []
    holder.close()
    other.close()


def test_a_failed_long_write_withdraws_its_announcement(tmp_path):
    project = open_project(tmp_path / "p.evidence")
    with pytest.raises(ValueError), project.transaction(label="Importing"):
        assert "Importing is in progress" in project.long_write_in_progress()
        raise ValueError("refused")
    assert project.long_write_in_progress() == ""
    project.close()


def _cache_and_temp_store(session):
    return tuple(session.execute(text(f"PRAGMA {name}")).scalar() for name in ("cache_size", "temp_store"))


def test_a_bulk_write_gets_room_and_gives_it_back_even_when_it_fails(tmp_path):
    """An import's transaction has a 64 MB page cache and its statement journal in memory (storage.bulk_pragmas);
    the project's next transactions and reads have the connection's own settings again, after a failed one too."""
    project = open_project(tmp_path / "p.evidence")
    with project.transaction() as s:
        plain = _cache_and_temp_store(s)
    assert plain != (-64 * 1024, 2)
    with project.transaction(bulk=True) as s:
        assert _cache_and_temp_store(s) == (-64 * 1024, 2)
    with project.transaction() as s:
        assert _cache_and_temp_store(s) == plain
    with pytest.raises(RuntimeError), project.transaction(bulk=True) as s:
        s.add(Author(key="gone-1", name="Gone", colour="#123456", created="2026-12-03T00:00:00.000000Z"))
        s.flush()
        raise RuntimeError("cancelled")
    with project.read() as s:
        assert _cache_and_temp_store(s) == plain
        assert s.scalar(select(func.count()).select_from(Author).where(Author.key == "gone-1")) == 0
    project.close()


def test_an_announcement_left_by_a_killed_process_is_ignored(tmp_path):
    project = open_project(tmp_path / "p.evidence")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket

    value = json.dumps({"what": "Importing", "host": socket.gethostname(), "pid": int(gone.stdout),
                        "since": time.time()})
    with project.transaction() as s:
        s.execute(text("INSERT INTO project_info (key, value) VALUES (:k, :v)"), {"k": LONG_WRITE_KEY, "v": value})
    assert project.long_write_in_progress() == ""
    project.close()


# --- get-or-create under races ----------------------------------------------------------------------


def _blocked_on_a_lock(location: str) -> bool:
    if "://" not in location:
        return True  # SQLite: the second writer waits at BEGIN IMMEDIATE until the first commits
    from sqlalchemy import create_engine

    engine = create_engine(location.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            return bool(conn.exec_driver_sql("SELECT count(*) FROM pg_locks WHERE NOT granted").scalar())
    finally:
        engine.dispose()


GET_OR_CREATE = {
    "entity": (lambda s: vocabulary.get_or_create_entity(s, "Scale AI Holdings"), Entity),
    "measure": (lambda s: vocabulary.get_or_create_measure(s, "Meta's stake in Scale AI", "%"), Measure),
    "proposition": (lambda s: vocabulary.get_or_create_proposition(s, "OpenAI ends its work with Scale"),
                    Proposition),
}


@pytest.mark.parametrize("kind", GET_OR_CREATE)
def test_two_writers_creating_the_same_thing_share_one_row(backend, kind):  # noqa: F811
    get_or_create, model = GET_OR_CREATE[kind]
    first, second = open_project(backend), open_project(backend)
    theirs: list[tuple[object, bool]] = []
    with first.transaction() as s:
        mine, created = get_or_create(s)  # flushed, not committed
        mine_id = mine.id
        assert created

        def race() -> None:
            with second.transaction() as s2:
                row, made = get_or_create(s2)
                theirs.append((row.id, made))

        worker = threading.Thread(target=race)
        worker.start()
        _wait_for(lambda: _blocked_on_a_lock(backend), "the second writer to wait for the first")
    worker.join(60)
    assert theirs == [(mine_id, False)]
    with first.read() as s:
        assert s.scalar(select(func.count()).select_from(model)) == 1
    first.close()
    second.close()


def test_two_writers_adding_the_same_author_share_one_row(backend):  # noqa: F811
    first, second = open_project(backend), open_project(backend)
    results: list[int] = []
    with first.transaction() as s:
        s.add(Author(key="giulia-1", name="Giulia", colour="#d62728", created="2026-01-01T00:00:00Z"))
        s.flush()
        worker = threading.Thread(target=lambda: results.append(ensure_author(second, "giulia-1", "Giulia").value))
        worker.start()
        _wait_for(lambda: _blocked_on_a_lock(backend), "the second writer to wait for the first")
    worker.join(60)
    with first.read() as s:
        assert [a.id for a in s.scalars(select(Author))] == results
    first.close()
    second.close()


RACER = textwrap.dedent("""
    import random, sys
    from desktop.services import vocabulary
    from desktop.services.authors import ensure_author
    from desktop.storage.project import open_project
    project = open_project(sys.argv[1])
    names = [f"Company {i}" for i in range(15)]
    random.shuffle(names)
    for name in names:
        with project.transaction() as s:
            vocabulary.get_or_create_entity(s, name)
            vocabulary.get_or_create_measure(s, name + " revenue", "USD")
        ensure_author(project, "shared-key", "Shared")
    project.close()
""")


def test_racing_processes_never_fail_and_leave_one_row_each(backend):  # noqa: F811
    open_project(backend).close()
    racers = [subprocess.Popen([sys.executable, "-c", RACER, backend], cwd=REPO, stderr=subprocess.PIPE, text=True)
              for _ in range(3)]
    for racer in racers:
        _, err = racer.communicate(timeout=300)
        assert racer.returncode == 0, err
    project = open_project(backend)
    with project.read() as s:
        assert s.scalar(select(func.count()).select_from(Entity)) == 15
        assert s.scalar(select(func.count()).select_from(Measure)) == 15
        assert s.scalar(select(func.count()).select_from(Author)) == 1
    project.close()


# --- driver errors become storage errors ------------------------------------------------------------


def test_a_constraint_failure_is_a_conflicting_write_with_a_message(backend):  # noqa: F811
    project = open_project(backend)
    add_document(project, "one text", title="t")
    with pytest.raises(ConflictingWrite, match="Nothing of it was stored"), project.transaction() as s:
        digest = s.scalar(select(Document.sha256))
        s.add(Document(title="copy", text="other", sha256=digest, char_count=5, imported="x"))
    assert [d.title for d in list_documents(project)] == ["t"]
    project.close()


@pytest.mark.postgres
def test_a_lost_server_connection_is_connection_lost(pg_location):  # noqa: F811
    from sqlalchemy import create_engine

    project = open_project(pg_location)
    admin = create_engine(pg_location.replace("postgresql://", "postgresql+psycopg://"))
    with pytest.raises(ConnectionLost, match="connection to the database was lost"), project.transaction() as s:
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        s.execute(text("SELECT 1"))
    admin.dispose()
    assert list_documents(project) == []  # the pool reconnects; the project goes on
    project.close()


# --- one set of field limits, the same on both databases --------------------------------------------


def test_field_limits_are_the_same_on_both_databases(backend):  # noqa: F811
    project = open_project(backend)
    author = ensure_author(project, "g", "Giulia").value
    too_long = {
        "title": "t" * 600, "url": "https://example.org/" + "a" * 3000, "language": "en-" + "x" * 8 + "-verylongtag",
        "outlet": "o" * (limits.OUTLET + 1),
    }
    for field, value in too_long.items():
        with pytest.raises(MetadataError) as refused:
            add_document(project, f"text for {field}", **{"title": "t", field: value})
        assert refused.value.field == field
    doc = add_document(project, "Meta investirà oltre 10 miliardi", title="t").value
    ann = create_annotation(project, document_id=doc, start=0, end=4, kind="claim", author_id=author).value
    with pytest.raises(FieldTooLong, match="The speaker is 400 characters long; at most 300 fit"):
        update_annotation(project, ann, attributed_to="s" * 400)
    with pytest.raises(FieldTooLong), project.transaction() as s:  # any way of writing, not only the services
        s.add(Entity(key="org:x", name="n" * (limits.ENTITY_NAME + 1), type="organization"))
    with pytest.raises(MetadataError, match="title"):
        update_document(project, doc, title="   ")
    with pytest.raises(MetadataError, match="not a date"):
        update_document(project, doc, published="next tuesday")
    with pytest.raises(MetadataError, match="not a date"):
        update_document(project, doc, published="2025-02-30")
    with pytest.raises(MetadataError, match="web address"):
        update_document(project, doc, url="javascript:alert(1)")
    assert [(d.title, d.url, d.published) for d in list_documents(project)] == [("t", "", "")]
    assert update_document(project, doc, title=" Titolo \n nuovo ", language="PT_br", published="2025-06-12 ").value
    assert [(d.title, d.language, d.published) for d in list_documents(project)] == [
        ("Titolo nuovo", "pt-br", "2025-06-12")]
    project.close()


def test_every_storage_error_carries_a_message_for_the_user():
    from desktop.storage import errors

    for cls in (errors.DatabaseBusy, errors.ReadOnlyProject, errors.ConflictingWrite, errors.ConnectionLost,
                errors.DamagedData):
        assert issubclass(cls, StorageError)

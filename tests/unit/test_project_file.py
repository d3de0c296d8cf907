"""The project file: created, reopened, refused when it is not ours, never touched when refused."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, list_documents
from desktop.storage.models import Base
from desktop.storage.project import NewerProjectError, NotAProjectError, head_revision, open_project
from desktop.storage.search_schema import include_name
from tests.fixtures.old_projects import make_release_0001


def test_new_project_is_stamped_at_head_with_wal_and_foreign_keys(tmp_path):
    project = open_project(tmp_path / "p.evidence")
    with project.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    project.close()


def test_alembic_head_matches_the_models(tmp_path):
    project = open_project(tmp_path / "p.evidence")
    with project.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})  # not the search index
        diffs = compare_metadata(context, Base.metadata)
    project.close()
    assert diffs == []


def test_reopening_keeps_documents_and_annotations(tmp_path):
    path = tmp_path / "p.evidence"
    project = open_project(path)
    author = ensure_author(project, "g", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi", title="t").value
    ann = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author).value
    project.close()
    again = open_project(path)
    assert [d.title for d in list_documents(again)] == ["t"]
    with again.read() as s:
        assert s.execute(Base.metadata.tables["annotations"].select()).one().id == ann
    again.close()


@pytest.mark.parametrize(
    "content",
    [b"", b"just some notes\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["empty", "text", "binary", "corrupt-sqlite"],
)
def test_a_file_that_is_not_a_project_is_refused_and_left_untouched(tmp_path, content):
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "notes.evidence"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError):
        open_project(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == ["notes.evidence"]  # no -wal, -shm or backup


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError, match="not an Evidence Desk project"):
        open_project(path)
    assert path.read_bytes() == before


def test_a_project_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "p.evidence"
    open_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerProjectError, match="newer version"):
        open_project(path)
    assert path.read_bytes() == before


def test_a_failed_action_writes_nothing(project):
    author = ensure_author(project, "g", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi", title="t").value
    with pytest.raises(ValueError):
        create_annotation(project, document_id=doc, start=5, end=500, kind="figure", author_id=author)
    with project.read() as s:
        assert s.execute(Base.metadata.tables["annotations"].select()).all() == []
        assert len(s.execute(Base.metadata.tables["journal"].select()).all()) == 1  # only the import


def test_an_older_project_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.evidence"
    project = open_project(path)
    doc = add_document(project, "Meta investirà oltre 10 miliardi", title="old doc").value
    project.close()
    make_release_0001(path)

    upgraded = open_project(path)
    assert upgraded.backup_path == tmp_path / "old.evidence.bak-0001"
    backup = sqlite3.connect(upgraded.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT title FROM documents").fetchall() == [("old doc",)]
    backup.close()
    with upgraded.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert [d.id for d in list_documents(upgraded)] == [doc]
    upgraded.close()


def test_the_schema_head_constant_is_alembics_head():
    from desktop.storage.project import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_the_seed_project_is_titled_from_the_manifest(seeded_project):
    from desktop.services.settings import get_setting

    assert get_setting(seeded_project, "title") == "Meta's 49% investment in Scale AI"


def test_revision_ids_are_increasing_numbers():
    """A revision's id is a number above the one it follows ("0004" after "0002"): it is the file's user_version."""
    from alembic.script import ScriptDirectory

    from desktop.storage.migrate import alembic_config

    chain = list(reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions())))
    ids = [rev.revision for rev in chain]
    assert all(len(i) == 4 and i.isdigit() for i in ids), ids
    assert ids == sorted(ids) and len(set(ids)) == len(ids), (
        "name a new migration with the next free number (revision = '0005'); see migrations/env.py")

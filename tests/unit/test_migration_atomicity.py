"""Create and upgrade are atomic: a kill after ANY statement leaves the old project, a complete new one, or
nothing, and the file always opens afterwards. Two processes creating one project: both end up using it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, list_documents
from desktop.storage.models import Base
from desktop.storage.project import SCHEMA_HEAD, open_project
from desktop.storage.search_schema import include_name
from tests.fixtures.old_projects import make_old_project

REPO = Path(__file__).resolve().parents[2]
DRIVER = REPO / "tests" / "fixtures" / "kill_driver.py"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_DESK_KILL")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _run_driver(mode: str, folder: Path, template: Path | None = None) -> list[dict]:
    args = [sys.executable, str(DRIVER), mode, str(folder)] + ([str(template)] if template else [])
    done = subprocess.run(args, env=_env(), capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    runs = [json.loads(line) for line in done.stdout.splitlines()]
    assert runs[-1]["killed"] is False and all(r["killed"] for r in runs[:-1])
    return runs


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _assert_complete(project) -> None:
    with project.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == SCHEMA_HEAD
        context = MigrationContext.configure(conn, opts={"include_name": include_name})  # not the search index
        assert compare_metadata(context, Base.metadata) == []
        assert conn.exec_driver_sql("SELECT count(*) FROM search_text").scalar() is not None
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_kill_after_any_statement_of_a_create_leaves_nothing_and_the_path_then_opens(tmp_path):
    runs = _run_driver("create", tmp_path)
    assert len(runs) > 20  # every CREATE TABLE / INDEX, the version row and the header stamps
    for run in runs[:-1]:
        path = Path(run["path"])
        assert not path.exists(), f"a half-made project after a kill at statement {run['n']}"
        project = open_project(path)  # the next start creates it whole
        _assert_complete(project)
        project.close()
    finished = open_project(runs[-1]["path"], create=False)
    _assert_complete(finished)
    finished.close()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == [], "a new create clears the builds that killed processes left behind"


def _old_project(folder: Path, revision: str) -> Path:
    path = folder / "template" / "old.evidence"
    path.parent.mkdir()
    project = open_project(path)
    author = ensure_author(project, "g", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI", title="old doc").value
    create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author)
    project.close()
    make_old_project(path, revision)
    assert _revision(path) == revision
    return path


@pytest.fixture
def release_0001(tmp_path) -> Path:
    return _old_project(tmp_path, "0001")


@pytest.mark.parametrize("old", ["0001", "0002"])  # 0001 -> 0008 runs every migration; 0002 is release 0.1
def test_a_kill_after_any_statement_of_an_upgrade_leaves_the_old_project(tmp_path, old):
    """The upgrade runs 0002 (journal index), 0003 (originals, provenance columns, seed labels), 0004 (search
    index), 0005 (entity types), 0006 (team: versions, change log, sessions), 0007 (the spans index) and 0008
    (nothing on SQLite) in one transaction: a kill after any of their statements leaves the old file."""
    template = _old_project(tmp_path, old)
    assert SCHEMA_HEAD == "0008"
    folder = tmp_path / "runs"
    folder.mkdir()
    runs = _run_driver("upgrade", folder, template)
    assert len(runs) > 2
    for run in runs:
        path = Path(run["path"])
        if run["killed"]:
            assert _revision(path) == old, f"half-upgraded after a kill at statement {run['n']}"
        project = open_project(path)
        _assert_complete(project)
        docs = list_documents(project)
        assert [d.title for d in docs] == ["old doc"]
        assert (docs[0].label, docs[0].original_sha256) == ("D1", "")  # 0003's columns, empty for an old file
        project.close()
        backups = sorted(folder.glob(f"{path.name}.bak-{old}*"))
        assert backups, "an upgrade always leaves a backup"
        for backup in backups:
            assert _revision(backup) == old
            conn = sqlite3.connect(backup)
            assert conn.execute("SELECT count(*) FROM annotations").fetchone() == (1,)
            conn.close()


SCRIPT = textwrap.dedent("""
    import sys
    from desktop.storage.project import open_project
    open_project(sys.argv[1]).close()
""")


@pytest.mark.parametrize("point", ["before-commit", "before-link", "after-link"])
def test_a_kill_at_each_step_of_a_create(tmp_path, point):
    path = tmp_path / "new.evidence"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], env=_env(EVIDENCE_DESK_KILL_AT=point),
                          cwd=REPO, capture_output=True, timeout=120)
    assert done.returncode == -9
    assert path.exists() == (point == "after-link")
    project = open_project(path)
    _assert_complete(project)
    project.close()


@pytest.mark.parametrize("point", ["after-backup", "before-commit"])
def test_a_kill_at_each_step_of_an_upgrade_and_retries_never_overwrite_a_backup(tmp_path, release_0001, point):
    path = tmp_path / "old.evidence"
    release_0001.replace(path)
    for attempt in (1, 2):
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], env=_env(EVIDENCE_DESK_KILL_AT=point),
                              cwd=REPO, capture_output=True, timeout=120)
        assert done.returncode == -9
        assert _revision(path) == "0001"
        backups = sorted(p.name for p in tmp_path.glob("old.evidence.bak-*"))
        assert backups == ["old.evidence.bak-0001", "old.evidence.bak-0001-2"][:attempt]
    first = (tmp_path / "old.evidence.bak-0001").read_bytes()
    project = open_project(path)
    assert project.backup_path == tmp_path / "old.evidence.bak-0001-3"
    _assert_complete(project)
    project.close()
    assert (tmp_path / "old.evidence.bak-0001").read_bytes() == first


RACER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.services.documents import add_document
    from desktop.storage.project import open_project
    path, start, n = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    while not start.exists():
        time.sleep(0.005)
    project = open_project(path)
    add_document(project, f"document written by racer {n}", title=f"racer {n}")
    project.close()
""")


def test_processes_creating_the_same_project_at_once_all_use_the_one_created(tmp_path):
    path = tmp_path / "shared.evidence"
    start = tmp_path / "go"
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(path), str(start), str(n)], env=_env(),
                               cwd=REPO, stderr=subprocess.PIPE, text=True) for n in range(4)]
    start.touch()
    for racer in racers:
        _, err = racer.communicate(timeout=180)
        assert racer.returncode == 0, err
        assert "Traceback" not in err
    project = open_project(path, create=False)
    assert sorted(d.title for d in list_documents(project)) == [f"racer {n}" for n in range(4)]
    project.close()

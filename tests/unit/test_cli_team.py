"""`team init`, `team add-user`, `team push` and `watch --json`, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop.cli import main
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import list_documents
from desktop.services.review import add_comment, set_verdict
from desktop.services.seeding import seed_project
from desktop.services.team import membership
from desktop.services.team_push import differences, push
from desktop.storage import team_roles
from desktop.storage.project import open_project
from tests.fixtures.team import PG_URL, SKIP_REASON

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_database():
    name = f"cli_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = f"{PG_URL.rsplit('/', 1)[0]}/{name}"
    logins: list[str] = []
    yield url, logins
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        team_roles.drop(conn, team_roles.role_names(name), logins)
    admin.dispose()


def test_init_then_add_user_prints_a_url_that_opens_as_that_role(empty_database, capsys, monkeypatch):
    url, logins = empty_database
    assert main(["team", "init", url]) == 0
    out, err = capsys.readouterr()
    assert "team project now" in err
    login = f"marco_{uuid.uuid4().hex[:6]}"
    logins.append(login)
    monkeypatch.setattr("sys.stdin", _NotATerminal())
    assert main(["team", "add-user", login, "--role", "reviewer"]) == 0  # the URL from `team init`
    out, err = capsys.readouterr()
    [printed] = out.split()
    assert printed.startswith(f"postgresql://{login}:") and "generated" in err
    password = printed.split(":")[2].split("@")[0]
    assert len(password) >= 20 and password not in " ".join(sys.argv)
    project = open_project(printed)
    try:
        member = membership(project)
        assert (member.team, member.role, member.login, member.author_name) == (True, "reviewer", login, login)
    finally:
        project.close()
    assert main(["team", "add-user", login, "--role", "owner", "--url", url]) == 0
    assert "password was replaced" in capsys.readouterr().err


def test_add_user_reads_the_password_from_stdin_and_refuses_bad_names(empty_database, capsys, monkeypatch):
    url, logins = empty_database
    assert main(["team", "init", url]) == 0
    assert capsys.readouterr().out.strip() == url  # where the team is (no password is printed)
    monkeypatch.setattr("sys.stdin", _NotATerminal("s3cret-enough\n"))
    login = f"anna_{uuid.uuid4().hex[:6]}"
    logins.append(login)
    assert main(["--project", url, "team", "add-user", login, "--role", "annotator", "--password-stdin"]) == 0
    assert capsys.readouterr().out.strip().startswith(f"postgresql://{login}:s3cret-enough@")
    assert main(["team", "add-user", "postgres", "--role", "owner", "--url", url]) == 1
    assert "choose another login" in capsys.readouterr().err
    assert main(["team", "add-user", "bad name;", "--role", "owner", "--url", url]) == 1
    assert "cannot be a login" in capsys.readouterr().err


def test_push_keeps_every_id_author_and_review_and_round_trips(empty_database, tmp_path, capsys):
    url, _logins = empty_database
    source = open_project(tmp_path / "desk.evidence")
    seed_project(source)
    giulia = ensure_author(source, "giulia-1", "Giulia").value
    marco = ensure_author(source, "marco-2", "Marco").value
    doc = list_documents(source)[0]
    ann = create_annotation(source, document_id=doc.id, start=0, end=10, kind="claim", author_id=giulia,
                            proposition_label="Meta buys into Scale AI").value
    review = set_verdict(source, ann, marco, "disputed", "Which share?").value
    add_comment(source, ann, giulia, "49%, says the FT", parent_id=review)
    source.close()

    assert main(["team", "init", url]) == 0
    assert main(["--project", str(tmp_path / "desk.evidence"), "team", "push", url]) == 0
    assert "nothing lost" in capsys.readouterr().err

    pushed, original = open_project(url), open_project(tmp_path / "desk.evidence")
    back = open_project(tmp_path / "back.evidence")
    try:
        assert differences(original, pushed) == []
        # and back again into a file: the same rows, every id included
        with back.transaction() as s:  # a new file has settings the copy brings anyway
            s.execute(__import__("sqlalchemy").text("DELETE FROM project_info WHERE key NOT LIKE 'team:%'"))
        push(pushed, back)
        assert differences(original, back) == []
        from desktop.services.review import reviews_of

        assert [r.id for r in reviews_of(back, ann)] == [r.id for r in reviews_of(original, ann)]
        assert {r.author_name for r in reviews_of(pushed, ann)} == {"Giulia", "Marco"}
    finally:
        for p in (pushed, original, back):
            p.close()
    assert main(["--project", str(tmp_path / "desk.evidence"), "team", "push", url]) == 1
    assert "already holds" in capsys.readouterr().err


def test_watch_json_shows_a_colleagues_import_as_it_happens(empty_database, tmp_path):
    url, logins = empty_database
    assert main(["team", "init", url]) == 0
    colleague = open_project(url)
    author = ensure_author(colleague, "marco-k", "Marco").value
    env = {**os.environ, "PYTHONPATH": str(REPO), "EVIDENCE_DESK_DEBUG": "1"}
    watcher = subprocess.Popen([sys.executable, "-m", "desktop", "--project", url, "watch", "--json", "--count", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        assert "watching" in watcher.stderr.readline()  # listening now
        from desktop.services.importing import import_files

        scoop = tmp_path / "scoop.txt"
        scoop.write_text("Meta acquista il 49% di Scale AI per 14 miliardi di dollari.", encoding="utf-8")
        report = import_files(colleague, [str(scoop)], author_id=author)
        colleague.close()
        out, err = watcher.communicate(timeout=30)
    finally:
        if watcher.poll() is None:
            watcher.kill()
    assert watcher.returncode == 0, err
    line = json.loads(out.splitlines()[0])
    assert line["kind"] == "import"
    assert line["ids"]["documents"] == sorted(report.changes.documents)
    assert line["author"]["name"] == "Marco"


class _NotATerminal:
    def __init__(self, text: str = "") -> None:
        self._lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""

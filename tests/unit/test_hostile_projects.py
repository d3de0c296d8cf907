"""open_project() refuses what is not ours without writing a byte, and in one clear line on the command line."""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.documents import add_document, list_documents
from desktop.storage.errors import ReadOnlyProject
from desktop.storage.project import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
    open_project,
)
from tests.fixtures.old_projects import make_release_0001


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _sqlite(path: Path, *statements: str, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _project(path: Path) -> Path:
    project = open_project(path)
    add_document(project, "Meta investirà oltre 10 miliardi", title="t")
    project.close()
    return path


def _damage(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


HOSTILE = {
    "empty sqlite database": lambda p: _sqlite(p, "CREATE TABLE x(a)", "DROP TABLE x"),
    "another program's database": lambda p: _sqlite(p, "CREATE TABLE recipes(name TEXT)"),
    "another program's id": lambda p: _sqlite(p, "PRAGMA application_id=1234", "CREATE TABLE t(a)"),
    "a look-alike in WAL mode": lambda p: _sqlite(
        p, "CREATE TABLE alembic_version(version_num VARCHAR(32))", "CREATE TABLE project_info(key, value)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')", wal=True),
    "a look-alike at our revision": lambda p: _sqlite(
        p, "CREATE TABLE alembic_version(version_num VARCHAR(32))", "CREATE TABLE project_info(key, value)",
        f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')"),
    "empty alembic_version": lambda p: _damage(_project(p), "DELETE FROM alembic_version"),
    "two alembic_version rows": lambda p: _damage(_project(p), "INSERT INTO alembic_version VALUES ('0001')"),
    "no annotations table": lambda p: _damage(_project(p), "DROP TABLE annotations"),
    "a column missing": lambda p: _damage(_project(p), "ALTER TABLE documents DROP COLUMN reliability"),
    "header and tables disagree": lambda p: _damage(_project(p), "PRAGMA user_version=1"),
}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_databases_are_refused_without_a_byte_written(tmp_path, make):
    folder = tmp_path / "f"
    folder.mkdir()
    path = make(folder / "p.evidence")
    before = _snapshot(folder)
    with pytest.raises(NotAProjectError) as refused:
        open_project(path)
    assert "\n" not in str(refused.value) and "p.evidence" in str(refused.value)
    assert _snapshot(folder) == before  # no byte changed, no -wal, -shm or backup beside it


def test_a_newer_project_is_refused_by_its_header_or_its_tables(tmp_path):
    for statement in ("UPDATE alembic_version SET version_num='9999'", "PRAGMA user_version=99"):
        folder = tmp_path / str(abs(hash(statement)))
        folder.mkdir()
        path = _damage(_project(folder / "p.evidence"), statement)
        before = _snapshot(folder)
        with pytest.raises(NewerProjectError, match="newer version"):
            open_project(path)
        assert _snapshot(folder) == before


def test_a_project_in_use_with_its_log_beside_it_opens(tmp_path):
    path = _project(tmp_path / "p.evidence")
    holder = open_project(path)  # another window: the -wal and -shm exist
    add_document(holder, "uncommitted to the main file yet", title="second")
    other = open_project(path)
    assert [d.title for d in list_documents(other)] == ["t", "second"]
    other.close()
    holder.close()


def _finishes(fn, seconds: float = 20.0):
    result: list[BaseException | object] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "open_project hung"
    return result[0]


def test_a_fifo_is_refused_and_never_hangs(tmp_path):
    fifo = tmp_path / "pipe.evidence"
    os.mkfifo(fifo)
    outcome = _finishes(lambda: open_project(fifo))
    assert isinstance(outcome, NotAProjectError) and "not a regular file" in str(outcome)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_device_a_socket_and_a_folder_are_refused(tmp_path):
    sock_path = tmp_path / "s.evidence"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        for target in (Path("/dev/null"), Path("/dev/zero"), sock_path, tmp_path):
            outcome = _finishes(lambda t=target: open_project(t))
            assert isinstance(outcome, NotAProjectError), target
    finally:
        server.close()


URLS = {
    "foo://bar": "not a supported project address",
    "postgresql+asyncpg://u@localhost/db": "not a supported project address",
    "mysql://u@localhost/db": "not a supported project address",
    "sqlite://": "names no project file",
    "sqlite:///:memory:": "names no project file",
    "::://": "not a project address",
}


@pytest.mark.parametrize("url", URLS, ids=URLS)
def test_every_url_form_gives_one_clear_line(url):
    with pytest.raises(ProjectError, match=URLS[url]) as refused:
        open_project(url)
    assert "\n" not in str(refused.value)


def test_a_postgresql_url_to_a_closed_port_is_one_line():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: nothing answers there
        with pytest.raises(ProjectError, match="Cannot open postgresql") as refused:
            open_project(f"postgresql://nobody:secret@127.0.0.1:{port}/nothing")
    assert "\n" not in str(refused.value) and "secret" not in str(refused.value)


def test_sqlite_urls_go_through_the_same_checks_as_paths(tmp_path, monkeypatch):
    plain = _sqlite(tmp_path / "plain.sqlite", "CREATE TABLE notes(body TEXT)")
    before = plain.read_bytes()
    with pytest.raises(NotAProjectError):
        open_project(f"sqlite:///{plain}")  # sqlite:////abs/plain.sqlite
    assert plain.read_bytes() == before and _snapshot(tmp_path) == {"plain.sqlite": before}
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotAProjectError):
        open_project("sqlite:///plain.sqlite")
    with pytest.raises(ProjectError, match="no project"):
        open_project("sqlite:///absent.evidence", create=False)
    project = open_project("sqlite:///made.evidence")
    assert project.path == tmp_path / "made.evidence"
    project.close()
    assert open_project(f"sqlite:///{tmp_path / 'made.evidence'}", create=False).path == tmp_path / "made.evidence"


def _read_only(path: Path) -> None:
    path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_project_opens_read_only(tmp_path, where):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = _project(folder / "p.evidence")
    _read_only(path if where == "file" else folder)
    try:
        before = _snapshot(folder)
        project = open_project(path)
        assert project.read_only and where in project.read_only_reason
        assert [d.title for d in list_documents(project)] == ["t"]
        with pytest.raises(ReadOnlyProject, match="read-only"):
            add_document(project, "another text", title="x")
        project.close()
        assert _snapshot(folder) == before
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_an_old_project_in_a_read_only_folder_is_refused_not_half_opened(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = _project(folder / "p.evidence")
    make_release_0001(path)
    _read_only(folder)
    try:
        before = _snapshot(folder)
        with pytest.raises(ProjectError, match="upgraded"):
            open_project(path)
        assert _snapshot(folder) == before
    finally:
        folder.chmod(0o755)


def test_a_project_from_release_0_1_opens_and_gets_its_header_stamped(tmp_path):
    path = _project(tmp_path / "p.evidence")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=0")  # what 0.1 left
    conn.commit()
    conn.close()
    open_project(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert conn.execute("PRAGMA user_version").fetchone() == (int(SCHEMA_HEAD),)
    conn.close()


# --- the command line: one line, a non-zero exit, nothing written ------------------------------------


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_command_on_an_empty_database_writes_nothing(tmp_path, capsys):
    path = HOSTILE["empty sqlite database"](tmp_path / "empty.db")
    before = _snapshot(tmp_path)
    code, out, err = _cli(capsys, "--project", str(path), "annotations", "list")
    assert code != 0 and out == "" and err.count("\n") == 1 and "not an Evidence Desk project" in err
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("location", ["foo://bar", "postgresql+asyncpg://", "sqlite:///nowhere.evidence"])
def test_bad_addresses_on_the_command_line(capsys, location):
    code, _, err = _cli(capsys, "--project", location, "docs", "list")
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err


def test_docs_add_to_a_read_only_project_is_one_line(tmp_path, capsys):
    path = _project(tmp_path / "p.evidence")
    text = tmp_path / "a.txt"
    text.write_text("Scale AI, valutata 29 miliardi", encoding="utf-8")
    _read_only(path)
    before = path.read_bytes()
    code, out, err = _cli(capsys, "--project", str(path), "docs", "add", str(text), str(text))
    assert code == 1 and out == "" and "Traceback" not in err
    assert err == "evidence-desk: p.evidence is open read-only (the file is read-only): nothing can be changed.\n"
    assert path.read_bytes() == before
    code, out, _ = _cli(capsys, "--project", str(path), "docs", "list")
    assert code == 0 and "t" in out


def test_a_fifo_on_the_command_line_exits_at_once(tmp_path):
    fifo = tmp_path / "p.evidence"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "desktop", "--project", str(fifo), "docs", "list"],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode != 0 and done.stderr.count("\n") == 1 and "regular file" in done.stderr


# --- PostgreSQL: the same promises in its own terms ---------------------------------------------------

from tests.fixtures.databases import pg_location  # noqa: E402, F401  (fixture)


def _pg(url: str, statement: str) -> list:
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            result = conn.exec_driver_sql(statement)
            return result.fetchall() if result.returns_rows else []
    finally:
        engine.dispose()


TABLES = ("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")


@pytest.mark.postgres
def test_an_empty_postgresql_database_is_not_made_a_project_by_a_read(pg_location):  # noqa: F811
    with pytest.raises(ProjectError, match="no project"):
        open_project(pg_location, create=False)
    assert _pg(pg_location, TABLES) == []


@pytest.mark.postgres
def test_another_programs_postgresql_database_is_refused_untouched(pg_location):  # noqa: F811
    _pg(pg_location, "CREATE TABLE recipes (name text)")
    with pytest.raises(NotAProjectError, match="another program's tables"):
        open_project(pg_location)
    assert _pg(pg_location, TABLES) == [("recipes",)]


@pytest.mark.postgres
def test_a_postgresql_project_with_an_empty_version_table_is_refused(pg_location):  # noqa: F811
    open_project(pg_location).close()
    _pg(pg_location, "DELETE FROM alembic_version")
    with pytest.raises(NotAProjectError, match="schema version is missing"):
        open_project(pg_location)
    assert _pg(pg_location, "SELECT count(*) FROM alembic_version") == [(0,)]


@pytest.mark.postgres
def test_a_role_that_may_only_read_opens_the_project_read_only(pg_location):  # noqa: F811
    project = open_project(pg_location)
    add_document(project, "Meta investirà oltre 10 miliardi", title="t")
    project.close()
    role = "reader_" + pg_location.rsplit("_", 1)[-1]  # roles belong to the server: one per test database
    _pg(pg_location, f"CREATE ROLE {role} LOGIN")
    _pg(pg_location, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reader_url = pg_location.replace("//postgres@", f"//{role}@")
    reader = open_project(reader_url)
    try:
        assert reader.read_only and "role" in reader.read_only_reason
        assert [d.title for d in list_documents(reader)] == ["t"]
        with pytest.raises(ReadOnlyProject):
            add_document(reader, "another", title="x")
    finally:
        reader.close()
        _pg(pg_location, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
        _pg(pg_location, f"DROP ROLE {role}")

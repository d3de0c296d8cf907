"""Damage met by a command is reported by that command, naming the document or annotation; `check` finds it
all; a dossier or export is never written with a hash that does not match its text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.services.queries import list_annotations
from desktop.storage.errors import DamagedData
from desktop.storage.project import open_project
from tests.fixtures.databases import backend  # noqa: F401  (fixture)
from tests.fixtures.dossier_project import aid, build_dossier_project


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "small.evidence"
    project = open_project(path)
    build_dossier_project(project)
    project.close()
    return path


def _sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def _cli(capsys, path: Path | str, *args: str) -> tuple[int, str, str]:
    code = main(["--project", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


READ_COMMANDS = {
    "annotations list": ["annotations", "list"],
    "annotations list --json": ["annotations", "list", "--json"],
    "annotations export": ["annotations", "export", "--out", "{out}/a.json"],
    "annotations export csv": ["annotations", "export", "--format", "csv", "--out", "{out}/a.csv"],
    "dossier": ["dossier", "--include-pending", "--out", "{out}/d.md"],
    "dossier html": ["dossier", "--out", "{out}/d.html"],
    "export qdpx": ["export", "qdpx", "--out", "{out}/p.qdpx"],
}


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_damaged_annotation_is_named_by_the_command_that_meets_it(small, tmp_path, capsys, command):
    _sql(small, "UPDATE annotations SET start = 'abc' WHERE id = ?", aid(1))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(out=out_dir) for a in READ_COMMANDS[command]]
    code, _, err = _cli(capsys, small, *args)
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert f"Annotation {aid(1)} in document 1 “Acme buys Widget Co”: start is 'abc'" in err
    assert list(out_dir.iterdir()) == []  # nothing half-written


def test_a_damaged_value_read_through_a_service_is_damaged_data(small):
    _sql(small, "UPDATE annotations SET \"end\" = X'00ff' WHERE id = ?", aid(2))
    project = open_project(small)
    with pytest.raises(DamagedData, match=rf"Annotation {aid(2)} in document 2 .*: end is b'\\x00\\xff'"):
        list_annotations(project)
    project.close()


@pytest.mark.parametrize("position", [0, 2, -1])
def test_a_damaged_value_past_the_first_rows_checked_is_found(small, monkeypatch, position):
    """Plain rows are checked a few thousand at a time (a worker thread must not hold the GIL for all of a
    desk's rows at once): damage in a later batch, or in the last row alone, is still named."""
    from desktop.storage import plain_read

    monkeypatch.setattr(plain_read, "CHECK_ROWS", 2)
    project = open_project(small)
    listed = list_annotations(project)
    project.close()
    assert len(listed) > 4  # three batches at least
    damaged = listed[position]
    _sql(small, "UPDATE annotations SET note = X'00ff' WHERE id = ?", damaged.id)  # keeps its place
    project = open_project(small)
    with pytest.raises(DamagedData, match=rf"Annotation {damaged.id} in document {damaged.document_id} .*: note is b'\\x00\\xff'"):
        list_annotations(project)
    project.close()


@pytest.mark.parametrize("command", ["dossier", "dossier html", "export qdpx"])
def test_an_altered_text_stops_the_export_and_names_the_document(small, tmp_path, capsys, command):
    conn = sqlite3.connect(small)
    body = conn.execute("SELECT text FROM documents WHERE id = 2").fetchone()[0]
    conn.execute("UPDATE documents SET text = ? WHERE id = 2", ("W" + body[1:].replace("3", "4", 1),))  # same length
    conn.commit()
    conn.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = _cli(capsys, small, *[a.format(out=out_dir) for a in READ_COMMANDS[command]])
    assert code == 1 and err.count("\n") == 1
    assert "Document 2 “Widget deal at $3 billion”: its text no longer matches its SHA-256" in err
    assert list(out_dir.iterdir()) == []


def test_check_finds_every_kind_of_damage_and_writes_nothing(small, capsys):
    code, _, err = _cli(capsys, small, "check")
    assert code == 0 and "all well" in err
    _sql(small, "UPDATE annotations SET start = 'abc' WHERE id = ?", aid(1))
    _sql(small, "UPDATE documents SET title = X'414243' WHERE id = 1")
    _sql(small, "UPDATE documents SET text = text || ' ' WHERE id = 2")
    _sql(small, "PRAGMA foreign_keys=OFF")
    conn = sqlite3.connect(small)
    conn.execute("UPDATE annotations SET document_id = 99 WHERE id = ?", (aid(3),))
    conn.commit()
    conn.close()
    before = small.read_bytes()
    code, out, err = _cli(capsys, small, "check")
    assert code == 1 and "4 problem(s)" in err
    assert "start is 'abc', not a whole number" in out
    assert "Document 1: title is b'ABC', not text" in out or "title is b'ABC'" in out
    assert "Document 2" in out and "no longer matches its SHA-256" in out
    assert "points at a missing documents row" in out
    assert small.read_bytes() == before
    code, out, _ = _cli(capsys, small, "check", "--json")
    import json

    report = json.loads(out)
    assert report["ok"] is False and len(report["problems"]) == 4


def test_check_on_either_database(backend, capsys):  # noqa: F811
    project = open_project(backend)
    build_dossier_project(project)
    if "://" in backend:  # PostgreSQL enforces types; a text can still be altered behind our back
        with project.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET text = text || ' ' WHERE id = 1"))
    else:
        _sql(Path(backend), "UPDATE documents SET text = text || ' ' WHERE id = 1")
    project.close()
    code, out, err = _cli(capsys, backend, "check")
    assert code == 1 and "1 problem(s)" in err and "Document 1 “Acme buys Widget Co”" in out

"""A command begins before SQLite's integrity check of the project file is over (the check reads the file in a
thread of its own while the command imports). A damaged file still ends every command with one clear line and
exit 2, no JSON on standard output, no output file and no ``.part`` left behind, and nothing written to it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.services.documents import add_document
from desktop.storage.project import open_project
from tests.fixtures.damaged_file import damaged_project

DAMAGED = "damaged.evidence is damaged (SQLite's integrity check failed): nothing was changed."


@pytest.fixture
def damaged(tmp_path):
    return damaged_project(tmp_path / "damaged.evidence")


@pytest.mark.parametrize("command", [
    ["compare", "--json"],
    ["docs", "list", "--json"],
    ["annotations", "list", "--json"],
    ["annotations", "export", "--format", "w3c", "--out", "{out}/export.jsonld"],
    ["dossier", "--format", "json", "--out", "{out}/dossier.json"],
    ["docs", "add", "{out}/article.txt"],
    ["check"],
])
def test_a_damaged_project_ends_every_command_with_one_line_and_nothing_left(damaged, tmp_path, capsys, command):
    out = tmp_path / "out"
    out.mkdir()
    (out / "article.txt").write_text("A new article about Scale AI.", encoding="utf-8")
    before = damaged.read_bytes()
    capsys.readouterr()
    code = main(["--project", str(damaged), *(arg.format(out=out) for arg in command)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err == f"evidence-desk: {DAMAGED}\n"
    assert captured.out == ""
    assert sorted(p.name for p in out.iterdir()) == ["article.txt"]  # no output file, no .part
    assert damaged.read_bytes() == before


def test_a_damaged_project_is_said_by_the_command_as_a_user_runs_it(damaged):
    done = subprocess.run([sys.executable, "-m", "desktop", "--project", str(damaged), "compare", "--json"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr == f"evidence-desk: {DAMAGED}\n" and done.stdout == ""


def test_a_sound_project_is_read_while_it_is_checked(tmp_path, capsys):
    path = tmp_path / "sound.evidence"
    project = open_project(path)
    add_document(project, "Meta investirà oltre 14 miliardi in Scale AI.", title="Article")
    project.close()
    capsys.readouterr()
    assert main(["--project", str(path), "docs", "list", "--json"]) == 0
    assert '"Article"' in capsys.readouterr().out
    assert main(["--project", str(path), "docs", "add", str(_text(tmp_path))]) == 0
    assert main(["--project", str(path), "docs", "list", "--json"]) == 0
    assert capsys.readouterr().out.count('"title"') == 2


def _text(folder):
    path = folder / "second.txt"
    path.write_text("A second article.", encoding="utf-8")
    return path

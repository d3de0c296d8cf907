"""The one entry point: with no sub-command it opens the window, and only then, without loading the
sub-commands; anything else goes through the full command line."""

from __future__ import annotations

import sys
import types

import pytest

from desktop import cli
from desktop.cli import named_command, window_project


@pytest.mark.parametrize(("args", "expected"), [
    ([], (True, None)),
    (["--project", "desk.evidence"], (True, "desk.evidence")),
    (["--project=my desk.evidence"], (True, "my desk.evidence")),
    (["--project", "desk.evidence", "compare", "--json"], (False, None)),
    (["compare"], (False, None)),
    (["--version"], (False, None)),
    (["--help"], (False, None)),
    (["--project"], (False, None)),
    (["--project", "--version"], (False, None)),
    (["--project="], (False, None)),
])
def test_only_a_bare_start_or_a_project_opens_the_window(args, expected):
    assert window_project(args) == expected


def test_opening_the_window_hands_it_the_project(monkeypatch):
    opened: list[str | None] = []
    window = types.ModuleType("desktop.ui.app")  # the window's module, without Qt (the headless run blocks it)
    window.run_app = lambda project=None: opened.append(project) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.app", window)
    assert cli.main(["--project", "desk.evidence"]) == 0
    assert cli.main([]) == 0
    assert opened == ["desk.evidence", None]


def test_a_project_without_a_path_is_refused_by_the_command_line(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--project"])
    assert exited.value.code == 2
    assert "--project" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "expected"), [
    (["--project", "desk.evidence", "compare", "--json"], "compare"),
    (["--project=desk.evidence", "dossier", "--format", "json"], "dossier"),
    (["compare"], "compare"),
    (["--version"], None),
    (["--help"], None),
    (["--project", "desk.evidence"], None),
    (["--project"], None),
    (["--proj", "desk.evidence", "compare"], None),  # argparse's abbreviation: the whole command line reads it
])
def test_the_command_named_on_the_command_line(args, expected):
    assert named_command(args) == expected


def test_a_named_command_runs_and_helps_as_with_every_command_loaded(capsys, tmp_path):
    with pytest.raises(SystemExit) as helped:
        cli.main(["--project", str(tmp_path / "p.evidence"), "compare", "--help"])
    assert helped.value.code == 0
    assert "--include-rejected" in capsys.readouterr().out
    with pytest.raises(SystemExit) as helped:
        cli.main(["--help"])
    listed = capsys.readouterr().out
    assert helped.value.code == 0 and all(name in listed for name in ("compare", "dossier", "annotations", "team"))
    with pytest.raises(SystemExit) as wrong:
        cli.main(["compare", "--no-such-flag"])
    assert wrong.value.code == 2 and "--no-such-flag" in capsys.readouterr().err
    with pytest.raises(SystemExit) as wrong:
        cli.main(["comapre"])
    assert wrong.value.code == 2 and "invalid choice: 'comapre'" in capsys.readouterr().err


def test_watch_refuses_a_negative_count_instead_of_stopping_at_once(seeded_project, capsys):
    assert cli.main(["--project", seeded_project.location, "watch", "--count", "-1"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "evidence-desk: --count must be 0 or more (0, the default: until Ctrl+C)\n"


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_project_path_is_refused_not_read_as_the_default_project(seeded_project, capsys, isolated_user_dirs,
                                                                           tmp_path, empty):
    """`--project "$P"` with P unset added to the analyst's default project."""
    note = tmp_path / "note.txt"
    note.write_text("Una nota qualsiasi su Scale AI.", encoding="utf-8")
    for args in (["docs", "add", str(note)], ["docs", "list"]):
        assert cli.main(["--project", empty, *args]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == ("evidence-desk: --project is empty: give the path of a project file (or leave "
                                     "--project out for the default project)\n")
    assert [p for p in isolated_user_dirs.rglob("*.evidence")] == []

"""A command that only reads rows (``compare --json``, ``annotations list --json``) reads them from the tables on a
Core connection (``Project.read_core``): its process never imports the ORM (``sqlalchemy.orm``, the models),
a sixth of a second of every start that the user waits for. It says what it always said, a damaged value is
still named, and the same project object writes through the ORM afterwards."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.services.annotations import update_annotation
from desktop.services.queries import list_annotations
from desktop.storage.project import open_project
from tests.fixtures.databases import backend  # noqa: F401  (fixture)

# The command as a user runs it (the real entry, which ends the process with os._exit), reporting on stderr,
# as the process ends, which of the ORM's modules it had imported.
AS_A_USER = """
import os, sys
end = os._exit
def _exit(code):
    orm = sorted(n for n in sys.modules if n.startswith("sqlalchemy.orm") or n == "desktop.storage.models")
    sys.stderr.write("imported: " + " ".join(orm) + "\\n")
    sys.stderr.flush()
    end(code)
os._exit = _exit
sys.argv = ["evidence-desk", *sys.argv[1:]]
from desktop.cli import main
raise SystemExit(main())
"""


def _as_a_user(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", AS_A_USER, *args], capture_output=True, timeout=120, check=False)


@pytest.fixture
def lineup(seeded_project, author_id):
    from tests.fixtures.lineup import tag_seed_lineup

    return tag_seed_lineup(seeded_project, author_id)


@pytest.fixture
def lined_up(backend):  # noqa: F811  (the fixture imported above)
    """A project holding the seed articles and their line-up, on SQLite and (when a server runs) PostgreSQL."""
    from desktop.services.authors import ensure_author
    from desktop.services.seeding import seed_project
    from tests.fixtures.lineup import tag_seed_lineup

    project = open_project(backend)
    try:
        seed_project(project)
        tag_seed_lineup(project, ensure_author(project, "giulia-test", "Giulia", "#d62728").value)
    finally:
        project.close()
    return backend


@pytest.mark.parametrize("command", [["compare", "--json"], ["compare", "--json", "--include-rejected"],
                                     ["annotations", "list", "--json"]])
def test_a_reading_command_never_imports_the_orm_and_says_what_it_always_said(lined_up, capsys, command):
    location = lined_up
    assert main(["--project", location, *command]) == 0  # in this process, where the ORM is loaded
    expected = capsys.readouterr().out.encode("utf-8")
    done = _as_a_user("--project", location, *command)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == "imported: \n"
    assert b'"quote"' in expected  # the line-up's (or the list's) annotations, not an empty answer
    assert done.stdout == expected


def test_a_damaged_value_is_named_by_compare_read_without_the_orm(seeded_project, lineup):
    seeded_project.close()
    path = seeded_project.location
    connection = sqlite3.connect(path)
    connection.execute("UPDATE annotations SET start = 'abc' WHERE id = ?", (lineup["investment/000"],))
    connection.commit()
    connection.close()
    done = _as_a_user("--project", path, "compare", "--json")
    err = done.stderr.decode()
    assert done.returncode == 1 and done.stdout == b""
    assert f"evidence-desk: The project is damaged: Annotation {lineup['investment/000']} in document 1" in err
    assert "start is 'abc', not a whole number" in err and "Traceback" not in err


def test_a_project_read_without_the_orm_then_writes_through_it(seeded_project, lineup, author_id):
    """The sessions are made on the first write after Core reads: the write is recorded in the change log and
    read back by the next plain read."""
    project = open_project(seeded_project.location)
    try:
        before = {a.id: a.status for a in list_annotations(project)}
        assert before[lineup["investment/003"]] == "proposed"
        commits = project.commits
        update_annotation(project, lineup["investment/003"], author_id, status="rejected")
        assert project.commits == commits + 1
        after = {a.id: a.status for a in list_annotations(project)}
        assert after == {**before, lineup["investment/003"]: "rejected"}
        with project.read_core() as connection:
            logged = connection.exec_driver_sql("SELECT payload FROM change_log ORDER BY seq DESC LIMIT 1").scalar()
        assert lineup["investment/003"] in logged
    finally:
        project.close()


def test_what_compare_hides_for_review_is_counted_from_the_tables(seeded_project, lineup, author_id):
    """The line-up's "9 figures and 3 claims wait for review (1 rejected)", read on a Core connection."""
    from desktop.services.comparison import ALL_STATUSES, hidden_for_review

    update_annotation(seeded_project, lineup["investment/003"], author_id, status="rejected")
    hidden = hidden_for_review(seeded_project, frozenset({"accepted"}))
    assert (hidden.figures, hidden.claims) == ({"proposed": 9, "rejected": 1}, {"proposed": 3})
    assert hidden_for_review(seeded_project, ALL_STATUSES).total == 0


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_a_dossier_is_written_without_the_orm_as_it_is_in_a_process_that_has_it(lined_up, tmp_path, fmt):
    """``dossier --format json|html --out FILE`` reads its annotations, documents, originals, authors and reviews
    on a Core connection: the file is the same, byte for byte, as the one written where the ORM is loaded."""
    fixed = ["--include-pending", "--generated-at", "2026-01-02T03:04:05Z"]
    expected = tmp_path / f"in-process.{fmt}"
    assert main(["--project", lined_up, "dossier", "--format", fmt, "--out", str(expected), *fixed]) == 0
    written = tmp_path / f"as-a-user.{fmt}"
    done = _as_a_user("--project", lined_up, "dossier", "--format", fmt, "--out", str(written), *fixed)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().endswith("\nimported: \n")  # after the dossier's own line
    assert written.read_bytes() == expected.read_bytes()
    if fmt == "json":
        figures = json.loads(written.read_bytes())["figures"]
        assert figures and all(f["values"] for f in figures)  # the line-up's figures, not an empty dossier
    else:
        assert b'id="figure-' in written.read_bytes()

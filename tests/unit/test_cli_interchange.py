"""The headless commands: annotations export/import, export qdpx/csv; errors are one line and write nothing."""

import json
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import files
from desktop.services.annotations import create_annotation
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"


def db_state(project):
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}


@pytest.fixture
def annotated(seeded_project, author_id):
    doc = list_documents(seeded_project)[0].id
    text = document_text(seeded_project, doc)
    for quote, kind in (("Scale AI", "entity"), ("circa 14 miliardi di dollari", "figure"), ("Sarah Friar", "claim")):
        start = text.index(quote)
        create_annotation(seeded_project, document_id=doc, start=start, end=start + len(quote), kind=kind,
                          author_id=author_id)
    return seeded_project


def run(project, *args):
    return main(["--project", project.location, *map(str, args)])


def test_annotations_export_w3c_writes_the_collection(annotated, tmp_path, capsys):
    out = tmp_path / "giulia.jsonld"
    assert run(annotated, "annotations", "export", "--format", "w3c", "--out", out) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    assert "3 item(s) written" in capsys.readouterr().err


def test_annotations_export_to_standard_output(annotated, capsys):
    assert run(annotated, "annotations", "export", "--out", "-", "--author", "Giulia") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 3


def test_annotations_export_csv(annotated, tmp_path):
    out = tmp_path / "a.csv"
    assert run(annotated, "annotations", "export", "--format", "csv", "--out", out) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,document_id,")


def test_import_prints_a_report_and_then_finds_everything_unchanged(annotated, tmp_path, capsys):
    out = tmp_path / "x.jsonld"
    run(annotated, "annotations", "export", "--out", out)
    other = open_project(tmp_path / "other.evidence")
    seed_project(other)
    capsys.readouterr()
    assert run(other, "annotations", "import", out) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Imported 3, updated 0, unchanged 0")
    assert "New authors: Giulia (giulia-test)" in printed
    assert len(list_annotations(other)) == 3
    assert run(other, "annotations", "import", out, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["unchanged"] == 3 and report["counts"]["imported"] == 0
    other.close()


def test_import_as_kind_from_the_command_line(seeded_project, capsys):
    assert run(seeded_project, "annotations", "import", FIXTURES / "hypothesis_export.json", "--json") == 0
    assert json.loads(capsys.readouterr().out)["counts"]["skipped"] == 2
    # the "to-check" annotation has no position: found by its quote, it counts as re-anchored
    assert run(seeded_project, "annotations", "import", FIXTURES / "hypothesis_export.json", "--as", "entity",
               "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"imported": 1, "updated": 0, "unchanged": 2, "older": 0, "reanchored": 1,
                                "skipped": 1, "reviews_imported": 0, "reviews_unchanged": 0}


@pytest.mark.parametrize("fixture, message", [
    ("malformed.json", "not valid JSON"),
    ("not_a_collection.json", "not an annotation collection"),
    ("wrong_types.json", "item 2"),
    ("does_not_exist.json", "no such file"),
])
def test_a_bad_file_is_one_line_on_stderr_and_nothing_written(seeded_project, capsys, fixture, message):
    before = db_state(seeded_project)
    assert run(seeded_project, "annotations", "import", FIXTURES / fixture) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("evidence-desk: ")
    assert message in captured.err
    assert db_state(seeded_project) == before


def test_an_unknown_author_is_an_error_and_no_file(annotated, tmp_path, capsys):
    out = tmp_path / "none.jsonld"
    assert run(annotated, "annotations", "export", "--out", out, "--author", "nobody") == 2
    assert "No author" in capsys.readouterr().err
    assert not out.exists()


def test_export_into_a_missing_folder_fails_cleanly(annotated, tmp_path, capsys):
    out = tmp_path / "missing" / "a.jsonld"
    assert run(annotated, "annotations", "export", "--out", out) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(annotated, tmp_path, monkeypatch, capsys):
    out = tmp_path / "keep.jsonld"
    out.write_text("previous export", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    assert run(annotated, "annotations", "export", "--out", out) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_qdpx_and_csv_commands(annotated, tmp_path, capsys):
    qdpx = tmp_path / "p.qdpx"
    assert run(annotated, "export", "qdpx", "--out", qdpx) == 0
    assert "project.qde" in zipfile.ZipFile(qdpx).namelist()
    assert "3 coded selection(s)" in capsys.readouterr().err
    table = tmp_path / "p.csv"
    assert run(annotated, "export", "csv", "--out", table) == 0
    assert table.read_bytes().count(b"\r\n") == 4  # header + 3 rows


def test_annotations_import_reads_a_qdpx_made_by_qualcoder(seeded_project, tmp_path, capsys):
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "qualcoder.qdpx"
    copy = tmp_path / "from-qualcoder.zip"  # chosen by content, not by name
    copy.write_bytes(fixture.read_bytes())
    assert run(seeded_project, "annotations", "import", copy, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["imported"] == 9 and report["merge_counts"]["documents_added"] == 2
    assert run(seeded_project, "annotations", "import", copy, "--as", "entity") == 0
    assert "unchanged 9" in capsys.readouterr().out

    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(seeded_project, "annotations", "import", broken) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "broken.qdpx" in err and "nothing was imported" in err.lower()


def test_import_a_colleagues_project_file_from_the_command_line(annotated, tmp_path, capsys):
    """`evidence-desk --project a.evidence annotations import b.evidence`: the file is told by its content."""
    ours = open_project(tmp_path / "a.evidence")
    seed_project(ours)
    capsys.readouterr()
    assert run(ours, "annotations", "import", annotated.location) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Imported 3, updated 0, unchanged 0")
    assert sorted(a.kind for a in list_annotations(ours)) == ["claim", "entity", "figure"]
    assert run(ours, "annotations", "import", annotated.location, "--json") == 0
    assert json.loads(capsys.readouterr().out)["counts"]["unchanged"] == 3
    ours.close()


def test_a_damaged_colleague_project_is_one_line_and_nothing_written(annotated, tmp_path, capsys):
    damaged = tmp_path / "b.evidence"
    damaged.write_bytes(Path(annotated.location).read_bytes()[:8192])
    ours = open_project(tmp_path / "a.evidence")
    seed_project(ours)
    before = db_state(ours)
    capsys.readouterr()
    assert run(ours, "annotations", "import", damaged) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "b.evidence" in err and "Nothing was imported" in err
    assert "Traceback" not in err
    assert db_state(ours) == before
    ours.close()

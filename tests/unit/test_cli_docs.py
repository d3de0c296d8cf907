"""The headless commands: `docs add`, `docs list --json`, `annotations list --json`."""

import dataclasses
import json

import pytest

from desktop.cli import main
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.document_text import sha256_of
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import AnnotationView
from desktop.storage.project import open_project

ITALIAN = "Meta investirà oltre 10 miliardi di dollari in Scale AI, secondo Bloomberg.\n"
PORTUGUESE = "# A OpenAI encerra parceria\n\nA empresa não comentou o acordo com a Scale AI.\n"


@pytest.fixture
def files(tmp_path):
    f1 = tmp_path / "meta.txt"
    f1.write_text(ITALIAN, encoding="utf-8")
    f2 = tmp_path / "openai.md"
    f2.write_text(PORTUGUESE, encoding="utf-8")
    return f1, f2


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_docs_add_then_list_json(tmp_path, files, capsys):
    p = tmp_path / "cli.evidence"
    f1, f2 = files
    code, out, err = run(capsys, "--project", str(p), "docs", "add", str(f1), str(f2), "--language", "it")
    assert code == 0, err
    assert f"{f1}: added as document 1" in out and f"{f2}: added as document 2" in out

    code, out, err = run(capsys, "--project", str(p), "docs", "list", "--json")
    assert code == 0, err
    docs = json.loads(out)
    assert [d["id"] for d in docs] == [1, 2]
    assert [d["title"] for d in docs] == ["Meta investirà oltre 10 miliardi di dollari in Scale AI, secondo Bloomberg.",
                                          "A OpenAI encerra parceria"]
    assert [d["language"] for d in docs] == ["it", "it"]  # --language wins over detection
    assert [d["sha256"] for d in docs] == [sha256_of(ITALIAN), sha256_of(PORTUGUESE)]
    assert [d["characters"] for d in docs] == [len(ITALIAN), len(PORTUGUESE)]


def test_docs_add_detects_the_language_when_not_given(tmp_path, files, capsys):
    p = tmp_path / "cli.evidence"
    f1, f2 = files
    assert run(capsys, "--project", str(p), "docs", "add", str(f1), str(f2))[0] == 0
    _, out, _ = run(capsys, "--project", str(p), "docs", "list", "--json")
    assert [d["language"] for d in json.loads(out)] == ["it", "pt"]


def test_a_bad_file_exits_non_zero_with_the_message_and_adds_nothing(tmp_path, capsys):
    p = tmp_path / "cli.evidence"
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(capsys, "--project", str(p), "docs", "add", str(bad))
    assert code != 0
    assert f"{bad}: This is a PNG image, not a text file." in err
    assert "1 of 1 file(s) not imported" in err
    assert "added" not in out
    project = open_project(p)
    assert list_documents(project) == []
    project.close()


def test_good_files_are_added_even_when_one_is_refused(tmp_path, files, capsys):
    p = tmp_path / "cli.evidence"
    f1, _ = files
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caffè".encode("latin-1"))
    code, out, err = run(capsys, "--project", str(p), "docs", "add", str(latin), str(f1))
    assert code == 1
    assert "Not valid UTF-8" in err and "byte offset 4" in err
    assert f"{f1}: added as document 1" in out
    project = open_project(p)
    assert [d.id for d in list_documents(project)] == [1]
    assert document_text(project, 1) == ITALIAN
    project.close()


def test_title_for_several_files_is_refused_before_anything_is_added(tmp_path, files, capsys):
    p = tmp_path / "cli.evidence"
    f1, f2 = files
    code, _, err = run(capsys, "--project", str(p), "docs", "add", str(f1), str(f2), "--title", "Uno")
    assert code != 0 and "--title and --url describe one file" in err
    assert not p.exists()


def test_annotations_list_json_has_every_field(tmp_path, files, capsys):
    p = tmp_path / "cli.evidence"
    f1, _ = files
    assert run(capsys, "--project", str(p), "docs", "add", str(f1))[0] == 0
    project = open_project(p)
    author = ensure_author(project, "giulia-cli", "Giulia", "#d62728").value
    start = ITALIAN.index("Scale AI")
    entity_id = create_annotation(project, document_id=1, start=start, end=start + len("Scale AI"),
                                  kind="entity", author_id=author, entity_name="Scale AI").value
    claim_start = 0
    claim_end = ITALIAN.index(",")
    claim_id = create_annotation(
        project, document_id=1, start=claim_start, end=claim_end, kind="claim", author_id=author,
        proposition_label="Meta invests over 10 billion dollars in Scale AI", attributed_to="Bloomberg",
        credibility=2, note="da verificare",
    ).value
    project.close()

    code, out, err = run(capsys, "--project", str(p), "annotations", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    expected_fields = {f.name for f in dataclasses.fields(AnnotationView)}
    assert {
        "id", "document_id", "start", "end", "quote", "prefix", "suffix", "kind", "author_id", "author_key",
        "author_name", "created", "modified", "status", "note", "entity_id", "entity_key", "entity_name",
        "entity_type", "value", "value_max", "unit", "bound", "measure_id", "measure_key", "measure_label",
        "proposition_id", "proposition_key", "proposition_label", "stance", "speaker_id", "speaker_key",
        "speaker_name", "attributed_to", "credibility",
    } <= expected_fields
    assert sorted(row["id"] for row in rows) == sorted([entity_id, claim_id])
    assert all(set(row) == expected_fields for row in rows)

    by_id = {row["id"]: row for row in rows}
    claim, entity = by_id[claim_id], by_id[entity_id]
    assert [row["id"] for row in rows] == [claim_id, entity_id]  # ordered by start
    assert entity["quote"] == "Scale AI" and (entity["start"], entity["end"]) == (start, start + 8)
    assert entity["kind"] == "entity" and entity["entity_name"] == "Scale AI"
    assert entity["author_key"] == "giulia-cli" and entity["author_name"] == "Giulia"
    assert entity["status"] == "proposed" and entity["created"] == entity["modified"]
    assert claim["quote"] == ITALIAN[claim_start:claim_end]
    assert claim["suffix"].startswith(", secondo")
    assert claim["proposition_label"] == "Meta invests over 10 billion dollars in Scale AI"
    assert claim["stance"] == "asserts" and claim["attributed_to"] == "Bloomberg"
    assert claim["credibility"] == 2 and claim["note"] == "da verificare"
    assert claim["value"] is None and claim["entity_id"] is None

    code, out, _ = run(capsys, "--project", str(p), "annotations", "list", "--json", "--kind", "entity")
    assert [row["id"] for row in json.loads(out)] == [entity_id]

"""`evidence-desk search`: the JSON contract, notes, the limit, batches, and one-line errors."""

import json

import pytest

from desktop.cli import main
from desktop.services.annotations import create_annotation, edit_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project


@pytest.fixture
def seeded(tmp_path):
    path = tmp_path / "seeds.evidence"
    project = open_project(path)
    seed_project(project)
    project.close()
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_hits_point_at_the_matched_words(seeded, capsys):
    code, out, err = run(capsys, "--project", seeded, "search", "societa", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] == 3 == len(data["hits"])
    project = open_project(seeded)
    for hit in data["hits"]:
        assert set(hit) >= {"document_id", "label", "start", "end", "snippet"}
        assert document_text(project, hit["document_id"])[hit["start"]:hit["end"]] == "società"
        assert "**società**" in hit["snippet"]
    assert {h["label"] for h in data["hits"]} == {"Cryptopolitan", "IT crypto site"}
    project.close()


def test_a_phrase_is_found_in_all_five_seeds_and_limit_keeps_the_total(seeded, capsys):
    code, out, _ = run(capsys, "--project", seeded, "search", '"Scale AI"', "--json")
    data = json.loads(out)
    assert code == 0 and {h["label"] for h in data["hits"]} == {"Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"}
    code, out, _ = run(capsys, "--project", seeded, "search", '"Scale AI"', "--json", "--limit", "3")
    limited = json.loads(out)
    assert limited["total"] == data["total"] == 40 and len(limited["hits"]) == 3


def test_notes_are_searched_with_in_notes_and_all(seeded, capsys):
    project = open_project(seeded)
    author = ensure_author(project, "g", "Giulia").value
    ann = create_annotation(project, document_id=1, start=0, end=6, kind="entity", author_id=author).value
    edit_annotation(project, ann, author, note="Chiedere a Droege")
    project.close()
    _, out, _ = run(capsys, "--project", seeded, "search", "chiedere", "--json")
    assert json.loads(out)["total"] == 0  # text only by default
    _, out, _ = run(capsys, "--project", seeded, "search", "chiedere", "--json", "--in", "notes")
    [hit] = json.loads(out)["hits"]
    assert (hit["document_id"], hit["label"], hit["in"], hit["annotation_id"]) == (1, "Cryptopolitan", "note", ann)
    assert "Chiedere a Droege"[hit["start"]:hit["end"]] == "Chiedere"
    _, out, _ = run(capsys, "--project", seeded, "search", "droege", "--json", "--in", "all")
    sources = [h["in"] for h in json.loads(out)["hits"]]
    assert sources.count("note") == 1 and sources.count("text") == 6


def test_batch_prints_one_row_per_term(seeded, tmp_path, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Openi\nAlexandr Wang\n\nNessuno Quinonce\nNOT Meta\n", encoding="utf-8")
    code, out, err = run(capsys, "--project", seeded, "search", "--batch", names, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["term"] for r in rows] == ["Openi", "Alexandr Wang", "Nessuno Quinonce", "NOT Meta"]
    assert [d["label"] for d in rows[0]["documents"]] == ["FT 2025-07-15"]
    assert rows[1]["document_count"] == 5 and rows[1]["total"] == 8
    assert rows[2]["documents"] == [] and rows[2]["total"] == 0
    assert "NOT needs something" in rows[3]["error"]


@pytest.mark.parametrize("argv, message", [
    (["search"], "what should I search for"),
    (["search", "NOT x"], "NOT needs something before it"),
    (["search", "x", "--from", "June"], "YYYY-MM-DD"),
    (["search", "--batch", "missing.txt"], "Cannot read"),
])
def test_bad_input_is_one_line_on_stderr(seeded, capsys, argv, message):
    code, out, err = run(capsys, "--project", seeded, *argv)
    assert code != 0 and out == ""
    assert message in err and err.count("\n") == 1


def test_a_binary_batch_file_is_refused(seeded, tmp_path, capsys):
    blob = tmp_path / "names.txt"
    blob.write_bytes(b"\x89PNG\r\n\x00\x00")
    code, _, err = run(capsys, "--project", seeded, "search", "--batch", blob)
    assert code == 2 and "not a text file" in err

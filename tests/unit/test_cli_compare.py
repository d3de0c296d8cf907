"""`evidence-desk compare`: the line-up as JSON and as a readable table."""

import json

import pytest

from desktop.cli import main
from desktop.services.annotations import update_annotation
from desktop.storage.project import open_project
from tests.fixtures.lineup import INVESTMENT, OPENAI_KEEPS_WORKING, STAKE


@pytest.fixture
def lineup(seeded_project, author_id):
    from tests.fixtures.lineup import tag_seed_lineup

    return tag_seed_lineup(seeded_project, author_id)


def run(capsys, project, *args):
    code = main(["--project", project.location, "compare", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_compare_json(capsys, seeded_project, lineup):
    code, out, _ = run(capsys, seeded_project, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["tolerance"] == "0.10"
    assert [m["label"] for m in data["measures"]] == [INVESTMENT, STAKE, "Scale AI valuation"]
    investment = data["measures"][0]
    assert investment["disagree"] is True and investment["unit"] == "USD"
    assert investment["measure"] == "meta-s-investment-in-scale-ai"
    assert investment["summary"].startswith("sources disagree: $10B+ (IT crypto site)")
    values = {v["annotation"]: v for v in investment["values"]}
    fourteen = values[lineup["investment/000"]]
    assert {k: fourteen[k] for k in ("document", "document_label", "quote", "value", "value_max", "unit", "bound",
                                     "status", "low", "high", "conflicts_with")} == {
        "document": 1, "document_label": "Cryptopolitan", "quote": "circa 14 miliardi di dollari", "value": "14000000000",
        "value_max": None, "unit": "USD", "bound": "about", "status": "proposed", "low": "12600000000",
        "high": "15400000000", "conflicts_with": [lineup["investment/003"]],
    }
    assert values[lineup["investment/002"]]["high"] is None
    assert data["measures"][1]["disagree"] is False
    (prop,) = data["propositions"]
    assert (prop["label"], prop["contested"]) == (OPENAI_KEEPS_WORKING, True)
    assert prop["proposition"] == "openai-keeps-working-with-scale-ai"
    assert [c["document"] for c in prop["asserts"]] == [1, 4] and [c["document"] for c in prop["denies"]] == [2]
    first = prop["asserts"][0]
    assert {k: first[k] for k in ("speaker", "attributed_to", "credibility", "status")} == {
        "speaker": "Sarah Friar", "attributed_to": "Bloomberg", "credibility": None, "status": "proposed"}
    assert first["annotation"] == lineup["claim/000"] and first["quote"].startswith("OpenAI afferma")


def test_rejected_are_left_out_unless_included(capsys, seeded_project, author_id, lineup):
    update_annotation(seeded_project, lineup["investment/003"], author_id, status="rejected")
    _, out, _ = run(capsys, seeded_project, "--json")
    investment = next(m for m in json.loads(out)["measures"] if m["label"] == INVESTMENT)
    assert investment["disagree"] is False and len(investment["values"]) == 3
    _, out, _ = run(capsys, seeded_project, "--json", "--include-rejected")
    investment = next(m for m in json.loads(out)["measures"] if m["label"] == INVESTMENT)
    assert investment["disagree"] is True and len(investment["values"]) == 4


def test_tolerance_option(capsys, seeded_project, lineup):
    _, out, _ = run(capsys, seeded_project, "--json", "--tolerance", "0")
    data = json.loads(out)
    assert data["tolerance"] == "0.00"
    values = {v["annotation"]: v for v in data["measures"][0]["values"]}
    assert lineup["investment/004"] in values[lineup["investment/000"]]["conflicts_with"]
    assert values[lineup["investment/000"]]["low"] == "14000000000"
    code, _, err = run(capsys, seeded_project, "--tolerance", "1.5")
    assert code == 2 and "between 0 and 1" in err
    for not_a_number in ("lots", "nan", "NaN%", "sNaN"):
        code, _, err = run(capsys, seeded_project, "--tolerance", not_a_number)
        assert code == 2 and "not a number" in err and err.count("\n") == 1


def test_compare_text_table(capsys, seeded_project, lineup):
    code, out, _ = run(capsys, seeded_project)
    assert code == 0
    assert "Meta's investment in Scale AI [USD]  DISAGREE" in out
    assert "sources disagree: $10B+ (IT crypto site), ~$14B (Cryptopolitan, via WSJ), ~$15B (FT 2025-07-15, FT), $29B (FR AI blog)" in out
    assert "conflicts with Cryptopolitan, FT 2025-07-15" in out
    assert "OpenAI keeps working with Scale AI  CONTESTED" in out
    assert "(Sarah Friar, via Bloomberg)" in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_compare_on_an_empty_project(capsys, project):
    code, out, _ = run(capsys, project, "--json")
    assert code == 0 and json.loads(out) == {"tolerance": "0.10", "measures": [], "propositions": []}


def test_compare_json_is_written_as_one_indented_document(capsys, seeded_project, lineup, tmp_path):
    """Written a measure at a time, the JSON is still the text of the whole document indented by two spaces, as
    every other `--json` writes it (scripts that diff two runs see the same bytes)."""
    empty = open_project(tmp_path / "empty.evidence")
    for where in (seeded_project, empty):
        code, out, _ = run(capsys, where, "--json")
        assert code == 0
        assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"


def test_compare_json_keeps_the_conflicts_of_each_value_whatever_its_texts_say(capsys, seeded_project, author_id,
                                                                              lineup):
    """The lists of conflicting figures are written once per distinct list and put in place: a source's text that
    looks like the JSON around them changes nothing."""
    update_annotation(seeded_project, lineup["investment/000"], author_id,
                      attributed_to='WSJ "conflicts_with": 0,\n  "x": [\\')
    code, out, _ = run(capsys, seeded_project, "--json")
    assert code == 0
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    values = {v["annotation"]: v for v in json.loads(out)["measures"][0]["values"]}
    assert values[lineup["investment/000"]]["attributed_to"] == 'WSJ "conflicts_with": 0,\n  "x": [\\'
    assert values[lineup["investment/000"]]["conflicts_with"] == [lineup["investment/003"]]
    assert values[lineup["investment/004"]]["conflicts_with"] == [lineup["investment/003"]]
    assert sorted(values[lineup["investment/003"]]["conflicts_with"]) == sorted(
        [lineup["investment/000"], lineup["investment/004"]])
    assert values[lineup["investment/002"]]["conflicts_with"] == []


class _ClosingPipe:
    """A standard output whose reader goes away after ``room`` bytes (``compare --json | head``)."""

    def __init__(self, room):
        self.room, self.written = room, bytearray()
        self.buffer = self

    def write(self, data):
        if len(self.written) + len(data) > self.room:
            raise BrokenPipeError(32, "Broken pipe")
        self.written += data
        return len(data)

    def flush(self):
        pass


def test_compare_json_into_a_pipe_closed_early_ends_quietly(monkeypatch, capsys, seeded_project, lineup):
    for room in (0, 40, 2000):
        pipe = _ClosingPipe(room)
        monkeypatch.setattr("sys.stdout", pipe)
        assert main(["--project", seeded_project.location, "compare", "--json"]) == 0
        monkeypatch.undo()
        assert len(pipe.written) <= room and capsys.readouterr().err == ""
    pipe = _ClosingPipe(10**9)
    monkeypatch.setattr("sys.stdout", pipe)
    assert main(["--project", seeded_project.location, "compare", "--json"]) == 0
    monkeypatch.undo()
    assert json.loads(bytes(pipe.written))["measures"][0]["label"] == INVESTMENT



def _written_in_python(monkeypatch, project):
    """`compare --json` into a standard output that is no file (no file descriptor): its bytes."""
    pipe = _ClosingPipe(10**9)
    monkeypatch.setattr("sys.stdout", pipe)
    assert main(["--project", project.location, "compare", "--json"]) == 0
    monkeypatch.undo()
    return bytes(pipe.written)


def test_compare_json_into_a_file_is_the_same_document(monkeypatch, capfd, seeded_project, lineup):
    """Into a file (standard output a real file descriptor: the lists of conflicts are written where they lie,
    not joined first), the bytes are those written anywhere else."""
    assert main(["--project", seeded_project.location, "compare", "--json"]) == 0
    into_file = capfd.readouterr().out.encode()
    assert into_file == _written_in_python(monkeypatch, seeded_project)
    assert json.loads(into_file)["measures"][0]["values"][0]["conflicts_with"]


def test_compare_json_into_a_file_that_takes_a_little_at_a_time(monkeypatch, capfd, seeded_project, lineup):
    """A write that stops short is carried on where it stopped."""
    import os

    whole = _written_in_python(monkeypatch, seeded_project)
    writev, written = os.writev, [0]

    def short_writev(fd, pieces):
        n = writev(fd, [b"".join(pieces)[:7]])
        written[0] += n
        assert written[0] <= len(whole), "more written than the document"
        return n

    monkeypatch.setattr(os, "writev", short_writev)
    assert main(["--project", seeded_project.location, "compare", "--json"]) == 0
    monkeypatch.undo()
    assert capfd.readouterr().out.encode() == whole


def test_compare_json_with_ids_json_escapes(capsys, seeded_project, author_id):
    """Annotation ids that JSON escapes (a project's ids came from another tool) are listed as conflicts as
    JSON writes them."""
    from desktop.services.annotations import create_annotation
    from tests.fixtures.lineup import seed_documents

    doc_id, _text = next(iter(seed_documents(seeded_project).values()))
    ids = ['a "quoted" id', "back\\slash", "città", "tab\there"]
    for n, (annotation_id, value) in enumerate(zip(ids, ("1", "2", "3", "3"), strict=True)):
        created = create_annotation(seeded_project, document_id=doc_id, start=10 * n + 1, end=10 * n + 8,
                                    kind="figure", author_id=author_id, annotation_id=annotation_id, value=value,
                                    unit="USD", bound="exact", measure_label=INVESTMENT).value
        update_annotation(seeded_project, created, author_id, status="accepted")
    code, out, _ = run(capsys, seeded_project, "--json")
    assert code == 0
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    conflicts = {v["annotation"]: v["conflicts_with"] for v in json.loads(out)["measures"][0]["values"]}
    assert conflicts == {'a "quoted" id': ["back\\slash", "città", "tab\there"],
                         "back\\slash": ['a "quoted" id', "città", "tab\there"],
                         "città": ['a "quoted" id', "back\\slash"], "tab\there": ['a "quoted" id', "back\\slash"]}

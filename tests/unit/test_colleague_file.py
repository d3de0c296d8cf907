"""A colleague's file through the ONE import service (``desktop.interchange.colleague``): W3C JSON-LD or a
project file, chosen by content; duplicate ids, damaged files and lone surrogates refused with one message
that names the file (and the item) and nothing written; every skipped and re-anchored annotation named."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop.interchange.colleague import ColleagueFileError, import_colleague_file, is_project_file
from desktop.interchange.w3c_io import export_w3c
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.incoming import SkipReason
from desktop.services.progress import Cancelled
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project

PHRASES = (("Scale AI", "entity"), ("Sarah Friar", "claim"), ("circa 14 miliardi di dollari", "figure"))


def db_state(project):
    """Every row of every table (the journal too): 'nothing written' means this is equal."""
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}


@pytest.fixture
def marco_file(tmp_path):
    """Marco's project file: the seeds and three annotations on the first article."""
    path = tmp_path / "marco.evidence"
    project = open_project(path)
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    doc = list_documents(project)[0].id
    text = document_text(project, doc)
    for phrase, kind in PHRASES:
        start = text.index(phrase)
        create_annotation(project, document_id=doc, start=start, end=start + len(phrase), kind=kind, author_id=author)
    project.close()
    return path


@pytest.fixture
def marco_jsonld(marco_file, tmp_path):
    project = open_project(marco_file)
    out = tmp_path / "marco.jsonld"
    export_w3c(project, out)
    project.close()
    return out


def items(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return data, data["first"]["items"]


def refused(project, path, *fragments):
    """Importing ``path`` is refused with ONE message holding every fragment, and nothing is written."""
    before = db_state(project)
    with pytest.raises(ColleagueFileError) as caught:
        import_colleague_file(project, path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    for fragment in (path.name, "Nothing was imported", *fragments):
        assert fragment in message
    assert db_state(project) == before
    return message


# --- chosen by content -------------------------------------------------------------------------------------

def test_a_project_file_is_read_as_a_project_whatever_its_name(seeded_project, marco_file, tmp_path):
    disguised = tmp_path / "from-marco.jsonld"
    shutil.copyfile(marco_file, disguised)
    assert is_project_file(disguised)
    report = import_colleague_file(seeded_project, disguised).value
    assert len(report.imported) == 3 and not report.skipped
    assert {a.author_key for a in list_annotations(seeded_project)} == {"marco-7f3a"}


def test_annotations_are_read_as_w3c_whatever_their_name(seeded_project, marco_jsonld, tmp_path):
    disguised = tmp_path / "from-marco.evidence"
    shutil.copyfile(marco_jsonld, disguised)
    assert not is_project_file(disguised)
    report = import_colleague_file(seeded_project, disguised).value
    assert len(report.imported) == 3
    again = import_colleague_file(seeded_project, disguised).value
    assert len(again.unchanged) == 3 and not again.wrote_anything


# --- refused, nothing written -------------------------------------------------------------------------------

def test_duplicate_ids_in_one_file_are_refused_and_named(seeded_project, marco_jsonld, tmp_path):
    data, listed = items(marco_jsonld)
    twin = dict(listed[0], bodyValue="another note on another span")
    data["first"]["items"] = [*listed, twin]
    doubled = tmp_path / "doubled.jsonld"
    doubled.write_text(json.dumps(data), encoding="utf-8")
    refused(seeded_project, doubled, listed[0]["id"], "more than one item")


def test_two_spellings_of_one_id_are_refused_with_both_named(seeded_project, marco_jsonld, tmp_path):
    data, listed = items(marco_jsonld)
    first = listed[0]["id"]
    shouted = "urn:uuid:" + first.removeprefix("urn:uuid:").upper()
    data["first"]["items"] = [*listed, dict(listed[1], id=shouted)]
    doubled = tmp_path / "shouted.jsonld"
    doubled.write_text(json.dumps(data), encoding="utf-8")
    refused(seeded_project, doubled, first, shouted)


def test_a_lone_surrogate_is_refused_naming_the_file_the_item_and_the_field(seeded_project, marco_jsonld, tmp_path):
    data, listed = items(marco_jsonld)
    text = json.dumps(data).replace('"Sarah Friar"', '"Sarah \\ud800Friar"', 1)
    assert "\\ud800" in text
    broken = tmp_path / "broken.jsonld"
    broken.write_text(text, encoding="utf-8")
    message = refused(seeded_project, broken, "lone surrogate", "exact")
    claim = next(i for i in listed if any(b.get("value") == "claim" for b in i.get("body", [])))
    assert claim["id"] in message


@pytest.mark.parametrize("where", ['"Sarah Friar"', '"name": "Marco'])
def test_a_nul_character_is_refused_on_every_database_naming_the_item_and_the_field(seeded_project, marco_jsonld,
                                                                                      tmp_path, where):
    """SQLite stored it (a name 'Mar\\0co'); PostgreSQL refused the whole import as a database error."""
    data, listed = items(marco_jsonld)
    text = json.dumps(data).replace(where, where[:-1] + "\\u0000" + where[-1], 1)
    assert "\\u0000" in text
    broken = tmp_path / "nul.jsonld"
    broken.write_text(text, encoding="utf-8")
    message = refused(seeded_project, broken, "a NUL character (U+0000")
    assert ("exact" if "Sarah" in where else "creator.name") in message


@pytest.mark.parametrize("damage", ["truncated", "garbled", "no-table", "text-in-a-number"])
def test_a_damaged_project_file_is_one_message_and_nothing_written(seeded_project, marco_file, tmp_path, damage):
    damaged = tmp_path / f"{damage}.evidence"
    shutil.copyfile(marco_file, damaged)
    if damage == "truncated":
        damaged.write_bytes(marco_file.read_bytes()[:8192])
    elif damage == "garbled":
        raw = bytearray(marco_file.read_bytes())
        raw[5000:9000] = b"\xff" * 4000
        damaged.write_bytes(bytes(raw))
    else:
        conn = sqlite3.connect(damaged)
        if damage == "no-table":
            conn.execute("PRAGMA foreign_keys=off")
            conn.execute("DROP TABLE annotations")
        else:
            conn.execute("UPDATE annotations SET start = 'abc'")
        conn.commit()
        conn.close()
    before = damaged.read_bytes()
    refused(seeded_project, damaged)
    assert damaged.read_bytes() == before  # their file is only ever read


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe not utf-8"])
def test_a_damaged_annotation_file_is_one_message_and_nothing_written(seeded_project, tmp_path, content):
    path = tmp_path / "theirs.jsonld"
    path.write_bytes(content)
    refused(seeded_project, path)


def test_a_missing_file_is_one_message(seeded_project, tmp_path):
    refused(seeded_project, tmp_path / "nowhere.jsonld")


def test_cancelling_during_the_merge_writes_nothing(seeded_project, marco_file):
    before = db_state(seeded_project)
    seen = []

    def progress(done, total, what):
        seen.append((done, total))
        if done > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_colleague_file(seeded_project, marco_file, progress=progress)
    assert seen[0] == (0, 5 + 3)  # their five documents and three annotations, known before the first write
    assert db_state(seeded_project) == before


# --- every skipped and re-anchored annotation named --------------------------------------------------------

def test_every_skipped_and_reanchored_annotation_is_named_with_a_typed_reason(seeded_project, marco_jsonld, tmp_path):
    data, listed = items(marco_jsonld)
    entity, claim, figure = listed[0], listed[1], listed[2]
    for selector in figure["target"]["selector"]:  # its position points elsewhere: found again by its quote
        if selector["type"] == "TextPositionSelector":
            selector["start"], selector["end"] = selector["start"] + 3, selector["end"] + 3
    claim["target"]["source"] = "https://nowhere.example/article"
    claim["target"].pop("ed:sha256", None)
    for selector in claim["target"]["selector"]:
        if selector["type"] == "TextQuoteSelector":
            selector["exact"] = "a sentence nobody wrote"
    untyped = dict(entity, id="urn:uuid:00000000-0000-4000-8000-000000000001",
                   body=[b for b in entity["body"] if b.get("purpose") != "tagging"])
    untyped["body"] = [{"type": "TextualBody", "purpose": "tagging", "value": "interesting"}]
    data["first"]["items"] = [entity, claim, figure, untyped]
    path = tmp_path / "mixed.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")

    report = import_colleague_file(seeded_project, path).value
    assert report.imported == [entity["id"], figure["id"]]
    assert report.reanchored == [figure["id"]]
    assert {s.ref: s.code for s in report.skipped} == {claim["id"]: SkipReason.NO_DOCUMENT,
                                                        untyped["id"]: SkipReason.NO_KIND}
    assert [s.ref for s in report.needs_kind] == [untyped["id"]]
    lines = report.lines()
    assert any(line.startswith(f"  re-anchored: {figure['id']}: 'circa 14 miliardi di dollari' found at")
               for line in lines)
    for skipped in (claim["id"], untyped["id"]):
        assert any(line.startswith(f"  skipped: {skipped}: ") for line in lines)
    codes = {s["ref"]: s["code"] for s in report.to_json()["skipped"]}
    assert codes == {claim["id"]: "no-document", untyped["id"]: "no-kind"}


def test_a_colleague_project_brings_its_documents_in_one_transaction(seeded_project, marco_file):
    theirs = open_project(marco_file)
    author = ensure_author(theirs, "marco-7f3a", "Marco").value
    text = "Reuters: Meta pagherà 14,3 miliardi di dollari per il 49% di Scale AI."
    doc = add_document(theirs, text, title="Reuters (it)", language="it").value
    create_annotation(theirs, document_id=doc, start=text.index("14,3"), end=text.index(" per il"), kind="figure",
                      author_id=author)
    theirs.close()
    report = import_colleague_file(seeded_project, marco_file).value
    assert report.documents_added == ["Reuters (it)"] and len(report.imported) == 4
    assert "  document added: Reuters (it)" in report.lines()


@pytest.mark.parametrize("field, value", [("id", {"not": "a string"}), ("id", []), ("purpose", ["tagging"]),
                                          ("purpose", {"a": 1})])
def test_a_field_of_the_wrong_json_type_is_one_message_naming_the_item(seeded_project, marco_jsonld, tmp_path,
                                                                         field, value):
    data, listed = items(marco_jsonld)
    if field == "id":
        listed[1]["id"] = value
    else:
        listed[1]["body"][0]["purpose"] = value
    path = tmp_path / "odd.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    refused(seeded_project, path, "item 2", field)


def test_a_colleague_document_whose_metadata_breaks_the_rules_is_refused_by_name(seeded_project, marco_file):
    """Release 0.1 stored any publication date; the documents service's rules hold for imported documents too."""
    theirs = open_project(marco_file)
    add_document(theirs, "Reuters: Meta pagherà 14,3 miliardi di dollari.", title="Reuters (it)", language="it")
    theirs.close()
    conn = sqlite3.connect(marco_file)
    conn.execute("UPDATE documents SET published = 'next tuesday' WHERE title = 'Reuters (it)'")
    conn.commit()
    conn.close()
    refused(seeded_project, marco_file, "Reuters (it)", "next tuesday", "YYYY-MM-DD")


def test_a_colleague_document_whose_text_no_longer_matches_its_hash_is_refused_by_name(seeded_project, marco_file):
    theirs = open_project(marco_file)
    add_document(theirs, "Reuters: Meta pagherà 14,3 miliardi di dollari.", title="Reuters (it)", language="it")
    theirs.close()
    conn = sqlite3.connect(marco_file)
    conn.execute("UPDATE documents SET text = replace(text, '14,3', '99,9') WHERE title = 'Reuters (it)'")
    conn.commit()
    conn.close()
    message = refused(seeded_project, marco_file, "Reuters (it)", "no longer matches its SHA-256")
    assert message.endswith("check`. Nothing was imported.")  # the whole sentence, not cut short


def test_a_file_over_the_import_limit_is_one_sentence(seeded_project, tmp_path):
    """The size refusal ends "…over the import limit of 4 GB. Nothing was imported.", not "4 GB:. Nothing…"."""
    big = tmp_path / "huge.jsonld"
    with big.open("wb") as fh:
        fh.truncate(4 * 1024 ** 3 + 1)  # sparse: costs nothing, is over 4 GB
    message = refused(seeded_project, big, "over the import limit of 4 GB")
    assert message.endswith("over the import limit of 4 GB. Nothing was imported.")

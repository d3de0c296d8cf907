"""Importing REFI-QDA projects: a QualCoder-made .qdpx (made by QualCoder's own exporter, see
scripts/qualcoder_driver.py) arrives with every coding on its exact text; our own export comes back; an
archive that climbs out of itself, a zip bomb or XML with entities is refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.interchange.project_exports import qdpx_bytes
from desktop.interchange.qdpx_import import default_mapping, import_qdpx, plan_import
from desktop.interchange.qdpx_read import QdpxError, read_qdpx
from desktop.services import register
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.storage.project import open_project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "qualcoder.qdpx"
# What the QualCoder project holds (scripts/qualcoder_driver.py FIXTURE_CODINGS): quote -> (code, coder, memo)
CODED = {
    "Meta": ("Meta", "giulia", ""),
    "circa 14 miliardi di dollari": ("Meta's investment in Scale AI", "giulia", "Bloomberg says 14, the FT 15."),
    "49%": ("Meta's stake in Scale AI", "giulia", ""),
    "Scale AI": ("Scale AI", "giulia", ""),
    "Alexandr Wang": ("Alexandr Wang", "marco", "Founder 🚀, now at Meta."),
    "OpenAI smetterà di lavorare con Scale AI": ("OpenAI keeps working with Scale AI", "marco",
                                                 "Denies it: two unnamed sources."),
    "Sarah Friar (OpenAI) ha detto che la collaborazione continua": ("OpenAI keeps working with Scale AI", "marco", ""),
    "Nessuna cifra confermata": ("Trust in sources", "giulia", "No figure is confirmed."),
}


def test_a_qualcoder_qdpx_arrives_with_every_coding_on_its_exact_text(project):
    report = import_qdpx(project, FIXTURE).value
    texts = {d.title: document_text(project, d.id) for d in list_documents(project)}
    assert set(texts) == {"Interview Giulia", "Notes Marco"}
    assert not any(t.startswith("\ufeff") for t in texts.values())  # QualCoder's BOM dropped
    assert texts["Interview Giulia"].startswith("Meta 🚀 pagherà")
    views = list_annotations(project)
    by_quote = {v.quote: v for v in views}
    for view in views:
        assert texts[view.document_title][view.start:view.end] == view.quote  # exactly on its text
    for quote, (_code, coder, memo) in CODED.items():
        view = by_quote[quote]
        assert view.author_name == coder  # the coder arrives as author
        assert view.note == memo  # the coding's memo is the note
    assert (by_quote["Meta"].kind, by_quote["Meta"].entity_name) == ("entity", "Meta")
    assert (by_quote["49%"].kind, by_quote["49%"].measure_label) == ("figure", "Meta's stake in Scale AI")
    assert by_quote["49%"].value == "49" and by_quote["49%"].unit == "%"  # the parser reads the quote
    claim = by_quote["OpenAI smetterà di lavorare con Scale AI"]
    assert (claim.kind, claim.proposition_label) == ("claim", "OpenAI keeps working with Scale AI")
    foreign = by_quote["Nessuna cifra confermata"]
    assert (foreign.kind, foreign.proposition_label) == ("claim", "Trust in sources")
    note = by_quote["dicono due fonti"]  # QualCoder's note on text without a code
    assert note.note == "Which two sources?"
    assert len(views) == len(CODED) + 1 and report.skipped == []
    assert any("UTF-16" in line for line in report.notes)
    again = import_qdpx(project, FIXTURE).value  # re-importing changes nothing
    assert again.imported == [] and len(again.unchanged) == len(views)


def test_the_analysts_mapping_decides_the_kinds(project):
    qdpx = read_qdpx(FIXTURE.read_bytes())
    mapping = default_mapping(qdpx, as_kind="entity")
    trust = next(g for g, c in qdpx.codes.items() if c.name == "Trust in sources")
    wang = next(g for g, c in qdpx.codes.items() if c.name == "Alexandr Wang")
    assert mapping.targets[trust].kind == "entity"  # --as: codes outside Entity / Figure / Claim
    assert mapping.targets[wang].kind == "entity"
    mapping = mapping.with_kind(trust, "skip").with_kind(wang, "claim")
    plan = plan_import(qdpx, mapping)
    kinds = {a.exact: a.kind for a in plan.annotations}
    assert "Nessuna cifra confermata" not in kinds and kinds["Alexandr Wang"] == "claim"
    assert any("Trust in sources" in s.reason for s in plan.skipped)


def test_our_own_export_comes_back_with_its_notes_statuses_and_kinds(project, author_id, tmp_path):
    text = "Intro 👋\r\nMeta 🚀 paid $14 billion 💰 for 49% of Scale AI.\r\nThe end 🏁"
    doc = add_document(project, text, title="Emoji", language="en").value
    register.create_entity(project, "Scale AI", "organization")
    made = {}
    for quote, kind, fields in (("Scale AI", "entity", {"entity_name": "Scale AI"}),
                                ("49%", "figure", {"measure_label": "Meta's stake"}),
                                ("paid $14 billion 💰 for", "claim", {"proposition_label": "Meta pays 14B",
                                                                     "stance": "denies"})):
        start = text.index(quote)
        made[quote] = create_annotation(project, document_id=doc, start=start, end=start + len(quote), kind=kind,
                                        author_id=author_id, **fields).value
    update_annotation(project, made["paid $14 billion 💰 for"], note="Who **says** so?", status="accepted")
    for positions in ("codepoints", "utf16"):
        archive = tmp_path / f"{positions}.qdpx"
        archive.write_bytes(qdpx_bytes(project, positions=positions)[0])
        other = open_project(tmp_path / f"{positions}.evidence")
        try:
            report = import_qdpx(other, archive).value
            views = {v.quote: v for v in list_annotations(other)}
        finally:
            other.close()
        assert report.skipped == [] and set(views) == set(made)
        claim = views["paid $14 billion 💰 for"]
        assert (claim.note, claim.status, claim.stance, claim.proposition_label) == (
            "Who **says** so?", "accepted", "denies", "Meta pays 14B")
        assert (views["Scale AI"].entity_key, views["Scale AI"].entity_type) == ("org:scale-ai", "organization")
        assert views["49%"].measure_label == "Meta's stake"
        assert claim.author_key == "giulia-test" and claim.id == made["paid $14 billion 💰 for"]


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PROJECT_XML = b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>'


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/evil.txt"])
def test_an_archive_that_climbs_out_of_itself_is_refused(name):
    with pytest.raises(QdpxError, match="outside the archive"):
        read_qdpx(_zip({"project.qde": PROJECT_XML, name: b"x"}))


def test_a_zip_bomb_is_refused():
    bomb = _zip({"project.qde": PROJECT_XML, "sources/a.txt": b"\0" * (50 * 1024 * 1024)}, zipfile.ZIP_DEFLATED)
    assert len(bomb) < 200_000
    with pytest.raises(QdpxError, match="zip bomb"):
        read_qdpx(bomb)


def test_entities_and_other_files_are_refused_with_one_message(project, tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
              b'<Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>')
    with pytest.raises(QdpxError, match="DTD or entities"):
        read_qdpx(_zip({"project.qde": laughs}))
    with pytest.raises(QdpxError, match="without project.qde"):
        read_qdpx(_zip({"other.xml": PROJECT_XML}))
    with pytest.raises(QdpxError, match="not a zip"):
        read_qdpx(b"PK\x03\x04 broken")
    assert list_documents(project) == []


@pytest.mark.parametrize("position, says", [
    ("", "startPosition is missing"),
    (' startPosition=""', "startPosition is missing"),
    (' startPosition="1.5"', "startPosition is not a whole number ('1.5')"),
    (' startPosition="' + "9" * 5000 + '"', "startPosition is not a whole number ('" + "9" * 40 + "…')"),
])
def test_a_selection_without_a_readable_position_is_one_short_message(project, author_id, position, says):
    doc = add_document(project, "Meta paid $14 billion for 49% of Scale AI.", title="Deal", language="en").value
    create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author_id)
    qde = zipfile.ZipFile(io.BytesIO(qdpx_bytes(project)[0]))
    entries = {name: qde.read(name) for name in qde.namelist()}
    entries["project.qde"] = entries["project.qde"].replace(b' startPosition="0"', position.encode(), 1)
    with pytest.raises(QdpxError) as caught:
        read_qdpx(_zip(entries))
    assert str(caught.value).endswith(says) and "None" not in str(caught.value) and len(str(caught.value)) < 200


@pytest.mark.parametrize("text, says", [
    (b"", "its text is empty"),
    (b" \n\t", "its text is empty"),
    (b"Meta\x00paid", "its text holds a NUL byte (at character 4): a binary file, not text"),
])
def test_a_source_with_no_text_is_skipped_not_added_empty(project, author_id, tmp_path, text, says):
    doc = add_document(project, "Meta paid $14 billion for 49% of Scale AI.", title="Deal", language="en").value
    create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author_id)
    qde = zipfile.ZipFile(io.BytesIO(qdpx_bytes(project)[0]))
    entries = {name: text if name.startswith("sources/") else qde.read(name) for name in qde.namelist()}
    archive = tmp_path / "empty-source.qdpx"
    archive.write_bytes(_zip(entries))
    other = open_project(tmp_path / "other.evidence")
    try:
        report = import_qdpx(other, archive).value
        assert list_documents(other) == [] and list_annotations(other) == []
        assert [(s.ref, s.reason) for s in report.skipped] == [("Deal", says)]
    finally:
        other.close()


def test_the_colleague_service_tells_a_qdpx_by_its_content(project, tmp_path):
    """`annotations import` and the File menu share one service: a zip is a REFI-QDA project, whatever its name."""
    from desktop.interchange.colleague import ColleagueFormat, format_of, import_colleague_file
    from desktop.services.incoming import SkipReason

    disguised = tmp_path / "from-qualcoder.jsonld"
    disguised.write_bytes(FIXTURE.read_bytes())
    assert format_of(disguised) is ColleagueFormat.QDPX
    qdpx = read_qdpx(FIXTURE.read_bytes())
    trust = next(g for g, c in qdpx.codes.items() if c.name == "Trust in sources")
    mapping = default_mapping(qdpx).with_kind(trust, "skip")
    report = import_colleague_file(project, disguised, mapping=mapping).value
    assert len(report.imported) == len(CODED) and len(report.documents_added) == 2  # one left out, one note in
    assert [s.code for s in report.skipped] == [SkipReason.CODE_NOT_IMPORTED]
    assert "Nessuna cifra confermata" not in {v.quote for v in list_annotations(project)}


def test_a_qdpx_the_service_cannot_read_is_one_message_naming_it(project, tmp_path):
    from desktop.interchange.colleague import ColleagueFileError, import_colleague_file, read_qdpx_file

    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    for attempt in (lambda: import_colleague_file(project, broken), lambda: read_qdpx_file(broken)):
        with pytest.raises(ColleagueFileError) as caught:
            attempt()
        message = str(caught.value)
        assert message.startswith("broken.qdpx: ") and message.endswith("Nothing was imported.")
        assert "\n" not in message
    assert list_documents(project) == []


def test_cancelling_a_qdpx_import_writes_nothing(project):
    from desktop.interchange.colleague import import_colleague_file
    from desktop.services.progress import Cancelled

    seen: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int, _what: str) -> None:
        seen.append((done, total))
        if done >= 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_colleague_file(project, FIXTURE, progress=cancel_midway)
    assert seen and seen[-1][1] == 2 + len(CODED) + 1  # two documents, the codings, the note
    assert list_documents(project) == [] and list_annotations(project) == []

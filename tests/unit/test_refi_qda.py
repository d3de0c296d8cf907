"""REFI-QDA export: a reader following the standard gets every quote back, and the XML has the schema's shape."""

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime

import pytest

from desktop.interchange.project_exports import export_qdpx, qdpx_bytes
from desktop.interchange.refi_qda import NS, build_qdpx, guid_for
from desktop.services import register
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.services.read_models import author_records, documents_with_text, vocabulary_entries
from desktop.services.settings import set_setting

Q = f"{{{NS}}}"
CREATED = "2026-11-21T12:00:00.000000Z"
EMOJI_TEXT = "Intro 👋\r\nMeta 🚀 paid $14 billion 💰 for 49% of Scale AI.\r\nThe end 🏁"

# The element structure of the REFI-QDA Project schema 1.0 (Project-mrt2019.xsd, urn:QDA-XML:project:1.0) for
# the elements we write: children in the order the schema's sequences allow, and required attributes.
CHILD_ORDER = {
    "Project": ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs",
                "Description", "NoteRef"],
    "Users": ["User"],
    "User": [],
    "CodeBook": ["Codes"],
    "Codes": ["Code"],
    "Code": ["Description", "NoteRef", "Code"],
    "Sources": None,  # a choice of source kinds, any order
    "TextSource": ["Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "VariableValue"],
    "PlainTextSelection": ["Description", "Coding", "NoteRef"],
    "Coding": ["CodeRef", "NoteRef"],
    "CodeRef": [],
    "NoteRef": [],
    "Notes": ["Note"],
    "Note": ["Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "VariableValue"],
    "Description": [],
    "PlainTextContent": [],
}
REQUIRED = {
    "Project": {"name"}, "User": {"guid"}, "Code": {"guid", "name", "isCodable"}, "TextSource": {"guid"},
    "PlainTextSelection": {"guid", "startPosition", "endPosition"}, "Coding": {"guid"}, "CodeRef": {"targetGUID"},
    "NoteRef": {"targetGUID"}, "Note": {"guid"},
}
ALLOWED = {
    "Project": {"name", "origin", "creatingUserGUID", "creationDateTime", "modifyingUserGUID", "modifiedDateTime",
                "basePath"},
    "User": {"guid", "name", "id"},
    "Code": {"guid", "name", "isCodable", "color"},
    "TextSource": {"guid", "name", "richTextPath", "plainTextPath", "creatingUser", "creationDateTime",
                   "modifyingUser", "modifiedDateTime"},
    "PlainTextSelection": {"guid", "name", "startPosition", "endPosition", "creatingUser", "creationDateTime",
                           "modifyingUser", "modifiedDateTime"},
    "Coding": {"guid", "creatingUser", "creationDateTime"},
    "CodeRef": {"targetGUID"}, "NoteRef": {"targetGUID"},
}
ALLOWED["Note"] = ALLOWED["TextSource"]
GUID = re.compile(r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
                  r"\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$")
RGB = re.compile(r"^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
GUID_ATTRS = {"guid", "creatingUserGUID", "modifyingUserGUID", "creatingUser", "modifyingUser", "targetGUID"}


def schema_problems(element, problems=None):
    """A small validator for the part of the REFI-QDA Project schema we use."""
    problems = [] if problems is None else problems
    assert element.tag.startswith(Q), f"{element.tag} is outside {NS}"
    name = element.tag[len(Q):]
    if name not in CHILD_ORDER:
        problems.append(f"unexpected element {name}")
        return problems
    missing = REQUIRED.get(name, set()) - set(element.attrib)
    if missing:
        problems.append(f"{name} lacks {sorted(missing)}")
    extra = set(element.attrib) - ALLOWED.get(name, set())
    if extra:
        problems.append(f"{name} has attributes the schema does not know: {sorted(extra)}")
    for attr, value in element.attrib.items():
        if attr in GUID_ATTRS and not GUID.match(value):
            problems.append(f"{name}@{attr} is not a GUID: {value}")
        if attr == "color" and not RGB.match(value):
            problems.append(f"{name}@color is not #RRGGBB: {value}")
        if attr in ("startPosition", "endPosition") and not re.fullmatch(r"-?\d+", value):
            problems.append(f"{name}@{attr} is not an integer")
        if attr == "isCodable" and value not in ("true", "false", "1", "0"):
            problems.append(f"{name}@isCodable is not a boolean")
        if attr.endswith("DateTime"):
            datetime.fromisoformat(value)  # raises if not a date-time
    order = CHILD_ORDER[name]
    children = [c.tag[len(Q):] for c in element]
    if order is not None:
        ranks = [order.index(c) if c in order else -1 for c in children]
        if -1 in ranks:
            problems.append(f"{name} contains {children[ranks.index(-1)]}")
        elif ranks != sorted(ranks):
            problems.append(f"{name}'s children are out of the schema's order: {children}")
        singles = {"Users", "CodeBook", "Sources", "Notes", "Description", "PlainTextContent", "Codes", "CodeRef"}
        for child in singles & set(children):
            if children.count(child) > 1 and not (name == "Code" and child == "Code"):
                problems.append(f"{name} has {children.count(child)} {child}")
        if name == "Coding" and children.count("CodeRef") != 1:
            problems.append("a Coding needs exactly one CodeRef")
    for child in element:
        schema_problems(child, problems)
    return problems


def annotate(project, author_id):
    docs = [d.id for d in list_documents(project)]
    text = document_text(project, docs[0])
    emoji = add_document(project, EMOJI_TEXT, title="Emoji <&> \"test\"", language="en").value
    register.create_entity(project, "Scale AI", "organization")  # typed by the analyst
    made = []
    for doc, quote, kind, fields in [
        (docs[0], "Scale AI", "entity", {"entity_name": "Scale AI"}),
        (docs[0], "circa 14 miliardi di dollari", "figure", {"value": "14000000000", "unit": "USD", "bound": "about",
                                                            "measure_label": "Meta's investment"}),
        (docs[0], "Sarah Friar", "claim", {"proposition_label": "OpenAI keeps working with Scale AI"}),
        (docs[1], "Meta", "entity", {}),
        (emoji, "Scale AI", "entity", {"entity_name": "Scale AI"}),
        (emoji, "49%", "figure", {}),
        (emoji, "paid $14 billion 💰 for", "claim", {}),
    ]:
        source = text if doc == docs[0] else document_text(project, doc)
        start = source.index(quote)
        made.append(create_annotation(project, document_id=doc, start=start, end=start + len(quote), kind=kind,
                                      author_id=author_id, **fields).value)
    update_annotation(project, made[2], note="Said at VivaTech <Paris> & reported by Bloomberg.")
    return made


def open_qdpx(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return archive, ET.fromstring(archive.read("project.qde"))


def test_the_archive_holds_the_project_and_every_source_text(seeded_project, author_id):
    annotate(seeded_project, author_id)
    data, count = qdpx_bytes(seeded_project, created=CREATED)
    archive, root = open_qdpx(data)
    names = archive.namelist()
    assert names[0] == "project.qde"
    sources = root.findall(f"{Q}Sources/{Q}TextSource")
    assert len(sources) == len(list_documents(seeded_project)) == 6
    for source in sources:
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        assert f"sources/{source.get('guid')}.txt" in names
    assert count == 7
    texts = {d.sha256: d.text for d in documents_with_text(seeded_project)}
    stored = {archive.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    assert stored == set(texts.values())  # byte for byte, CRLF included


def test_a_reader_following_the_standard_gets_every_quote_back(seeded_project, author_id):
    annotate(seeded_project, author_id)
    archive, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    quotes = {v.id: v.quote for v in list_annotations(seeded_project)}
    recovered = {}
    for source in root.iter(f"{Q}TextSource"):
        name = source.get("plainTextPath").removeprefix("internal://")
        text = archive.read(f"sources/{name}").decode("utf-8")  # no newline translation
        for selection in source.iter(f"{Q}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            recovered[selection.get("guid")] = text[start:end]
            assert selection.get("name") == text[start:end]
    assert recovered == quotes
    assert "paid $14 billion 💰 for" in recovered.values()


def test_the_project_xml_has_the_shape_of_the_refi_qda_schema(seeded_project, author_id):
    annotate(seeded_project, author_id)
    ensure_author(seeded_project, "luca-1", "Luca")
    set_setting(seeded_project, "title", "Scale AI <deal> & co")
    _, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    assert root.tag == f"{Q}Project"
    assert root.get("name") == "Scale AI <deal> & co"
    assert root.get("origin") == "Evidence Desk 0.1.0"
    assert root.get("creationDateTime") == CREATED
    assert schema_problems(root) == []
    assert [u.get("name") for u in root.iter(f"{Q}User")] == ["Giulia", "Luca"]


def test_the_checker_catches_what_the_schema_forbids():
    bad = ET.fromstring(f'<Project xmlns="{NS}" name="x"><Sources/><Users><User guid="nope"/></Users></Project>')
    problems = schema_problems(bad)
    assert any("out of the schema's order" in p for p in problems)
    assert any("not a GUID" in p for p in problems)


def test_every_reference_points_at_something_that_exists(seeded_project, author_id):
    annotate(seeded_project, author_id)
    _, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    codes = {c.get("guid") for c in root.iter(f"{Q}Code")}
    notes = {n.get("guid") for n in root.iter(f"{Q}Note")}
    users = {u.get("guid") for u in root.iter(f"{Q}User")}
    assert {r.get("targetGUID") for r in root.iter(f"{Q}CodeRef")} <= codes
    assert {r.get("targetGUID") for r in root.iter(f"{Q}NoteRef")} == notes
    assert {e.get("creatingUser") for e in root.iter() if e.get("creatingUser")} <= users
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert len(guids) == len(set(guids))


def test_codes_are_the_kinds_with_entities_measures_and_propositions_under_them(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    _, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    top = root.findall(f"{Q}CodeBook/{Q}Codes/{Q}Code")
    assert [c.get("name") for c in top] == ["Entity", "Figure", "Claim"]
    assert [c.get("color") for c in top] == ["#0072B2", "#E69F00", "#009E73"]
    children = {c.get("name"): [s.get("name") for s in c.findall(f"{Q}Code")] for c in top}
    assert "Scale AI" in children["Entity"]
    assert children["Figure"] == ["Meta's investment"]
    assert children["Claim"] == ["OpenAI keeps working with Scale AI"]
    coded = {s.get("guid"): s.find(f"{Q}Coding/{Q}CodeRef").get("targetGUID")
             for s in root.iter(f"{Q}PlainTextSelection")}
    assert coded[made[0]] == guid_for("urn:evidence-desk:entity:org:scale-ai")
    assert coded[made[3]] == guid_for("urn:evidence-desk:kind:entity")  # no entity: the kind's code


def test_a_note_travels_as_a_note(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    _, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    selection = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.get("guid") == made[2])
    target = selection.find(f"{Q}NoteRef").get("targetGUID")
    note = next(n for n in root.iter(f"{Q}Note") if n.get("guid") == target)
    assert note.find(f"{Q}PlainTextContent").text == "Said at VivaTech <Paris> & reported by Bloomberg."


def test_guids_are_stable_across_exports_and_projects(seeded_project, author_id, tmp_path):
    annotate(seeded_project, author_id)
    first, _ = qdpx_bytes(seeded_project, created=CREATED)
    assert qdpx_bytes(seeded_project, created=CREATED)[0] == first  # byte-identical
    _, root = open_qdpx(first)
    entity_code = next(c for c in root.iter(f"{Q}Code") if c.get("name") == "Scale AI")
    assert entity_code.get("guid") == str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:evidence-desk:entity:org:scale-ai"))


def test_the_pure_writer_needs_no_project():
    data = build_qdpx(name="empty", origin="test", created=CREATED, users=[], documents=[], annotations=[])
    archive, root = open_qdpx(data)
    assert archive.namelist() == ["project.qde"]
    assert schema_problems(root) == []


def test_export_writes_the_file_or_nothing(seeded_project, author_id, tmp_path, monkeypatch):
    annotate(seeded_project, author_id)
    out = tmp_path / "p.qdpx"
    assert export_qdpx(seeded_project, out) == 7
    assert zipfile.is_zipfile(out)
    before = out.read_bytes()
    import desktop.interchange.project_exports as exports

    monkeypatch.setattr(exports, "build_qdpx", lambda **kw: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        export_qdpx(seeded_project, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_vocabulary_is_read_through_the_service(seeded_project, author_id):
    annotate(seeded_project, author_id)
    entities, measures, propositions = vocabulary_entries(seeded_project)
    assert ("org:scale-ai", "Scale AI", "organization") in [(e.key, e.label, e.detail) for e in entities]
    assert [m.label for m in measures] == ["Meta's investment"]
    assert [a.key for a in author_records(seeded_project)] == ["giulia-test"]


def test_notes_are_where_importers_read_a_codings_memo(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    archive, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED)[0])
    selection = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.get("guid") == made[2])
    description = selection.find(f"{Q}Description").text
    assert description.startswith("Said at VivaTech <Paris> & reported by Bloomberg.\n\n[Evidence Desk] claim;")
    assert selection.find(f"{Q}NoteRef") is not None  # and still as a Note, the standard's way
    plain = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.get("guid") == made[0])
    assert plain.find(f"{Q}Description").text.startswith("[Evidence Desk] entity; status proposed; Scale AI")


def test_utf16_positions_are_what_a_utf16_editor_highlights(seeded_project, author_id):
    annotate(seeded_project, author_id)
    archive, root = open_qdpx(qdpx_bytes(seeded_project, created=CREATED, positions="utf16")[0])
    quotes = {v.id: v.quote for v in list_annotations(seeded_project)}
    seen = 0
    for source in root.iter(f"{Q}TextSource"):
        name = source.get("plainTextPath").removeprefix("internal://")
        units = archive.read(f"sources/{name}").decode("utf-8").encode("utf-16-le")
        for selection in source.iter(f"{Q}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert units[2 * start:2 * end].decode("utf-16-le") == quotes[selection.get("guid")]
            seen += 1
    assert seen == len(quotes)
    with pytest.raises(ValueError, match="positions"):
        qdpx_bytes(seeded_project, created=CREATED, positions="bytes")

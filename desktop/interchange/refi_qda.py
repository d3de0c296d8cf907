"""A project -> a REFI-QDA Project file (.qdpx), the exchange standard of QDA software (ATLAS.ti, MAXQDA,
NVivo, QualCoder...). Pure: data in, the bytes of the zip out.

The archive holds ``project.qde`` (XML in the namespace ``urn:QDA-XML:project:1.0``, laid out as the
published Project schema 1.0 orders it: Users, CodeBook, Sources, Notes) and ``sources/<guid>.txt``, the
text of every document, UTF-8 without a BOM, byte for byte as stored (line ends untouched).

- Codes: one per kind (Entity, Figure, Claim), with a sub-code per entity, measure and proposition. An
  annotation is coded with its most specific code (its entity, measure or proposition), else its kind.
- Each annotation is a ``PlainTextSelection`` whose guid is the annotation's own uuid and whose ``name`` is
  its quote. Its note is written where importers read a coding's memo, the selection's ``Description``
  (QualCoder, MAXQDA), followed by a line "[Evidence Desk] entity; status accepted; …" that says what the
  annotation records; and as a ``Note`` referenced by ``NoteRef`` (the standard's way, read by NVivo).
- GUIDs are stable: uuid5 of the annotator, entity, measure or proposition URN, or of ``urn:sha256:<hex>``
  for a source, so two exports of the same project agree and other tools can merge them.

Positions. The standard gives ``startPosition`` / ``endPosition`` as character positions in the plain
text, counted from 0, the end exclusive: Unicode code points (``positions="codepoints"``, the default),
the unit of every offset in Evidence Desk; a reader that decodes ``sources/<guid>.txt`` as UTF-8 and
slices the text gets each selection's quote back. The desktop tools count UTF-16 code units instead: an
emoji (any character outside the Basic Multilingual Plane) is two of their positions. QualCoder's
importer stores the positions as given and cuts the coded text with Python (code points), but its coding
view highlights them as Qt positions (UTF-16); NVivo, MAXQDA and ATLAS.ti keep text in UTF-16 strings. So
``positions="utf16"`` writes what those editors highlight correctly; with it, QualCoder's stored coded
text of a selection after an emoji is off (its importer's slicing), with code points its highlight is.
For a text without such characters both are the same numbers. Line ends are written as stored (CRLF
stays two characters); QualCoder's importer rewrites a CRLF text's line ends ("\n" becomes "\n ")
to keep such positions right, ATLAS.ti and MAXQDA count CRLF as one.
"""

from __future__ import annotations

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence

from desktop.domain.entity_types import type_label
from desktop.domain.kinds import KIND_HEX
from desktop.domain.offsets import Utf16Map
from desktop.interchange.w3c_vocab import ANNOTATOR_URN, ENTITY_URN, MEASURE_URN, PROPOSITION_URN, SHA256_URN
from desktop.services.queries import AnnotationView
from desktop.services.read_models import AuthorRecord, DocumentRecord, VocabularyEntry

NS = "urn:QDA-XML:project:1.0"
CODEPOINTS = "codepoints"
UTF16 = "utf16"
POSITION_UNITS = (CODEPOINTS, UTF16)
DESCRIPTION_MARK = "[Evidence Desk]"  # starts the line of a selection's Description saying what it records
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "sources"
KIND_URN = "urn:evidence-desk:kind:"
KIND_CODES = tuple((kind, kind.capitalize(), KIND_HEX[kind]) for kind in ("entity", "figure", "claim"))
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the same project gives the same bytes
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def guid_for(urn: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, urn))


def source_guid(sha256: str) -> str:
    return guid_for(f"{SHA256_URN}{sha256}")


def build_qdpx(
    *, name: str, origin: str, created: str, users: Sequence[AuthorRecord], documents: Sequence[DocumentRecord],
    annotations: Sequence[AnnotationView], entities: Sequence[VocabularyEntry] = (),
    measures: Sequence[VocabularyEntry] = (), propositions: Sequence[VocabularyEntry] = (),
    creating_user: str | None = None, positions: str = CODEPOINTS,
) -> bytes:
    """The .qdpx archive. ``created`` is an ISO-8601 UTC time; ``creating_user`` an annotator key;
    ``positions`` "codepoints" (the standard) or "utf16" (what the desktop tools' editors count)."""
    xml = project_xml(name=name, origin=origin, created=created, users=users, documents=documents,
                      annotations=annotations, entities=entities, measures=measures, propositions=propositions,
                      creating_user=creating_user, positions=positions)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, PROJECT_FILE, xml)
        for doc in sorted(documents, key=lambda d: source_guid(d.sha256)):
            _add(archive, f"{SOURCES_FOLDER}/{source_guid(doc.sha256)}.txt", doc.text.encode("utf-8"))
    return buffer.getvalue()


def project_xml(
    *, name: str, origin: str, created: str, users: Sequence[AuthorRecord], documents: Sequence[DocumentRecord],
    annotations: Sequence[AnnotationView], entities: Sequence[VocabularyEntry] = (),
    measures: Sequence[VocabularyEntry] = (), propositions: Sequence[VocabularyEntry] = (),
    creating_user: str | None = None, positions: str = CODEPOINTS,
) -> bytes:
    """The ``project.qde`` document (UTF-8 XML with a declaration)."""
    if positions not in POSITION_UNITS:
        raise ValueError(f"positions must be one of {', '.join(POSITION_UNITS)}, not {positions!r}")
    # every element is in the default namespace NS, declared here by hand (ElementTree's
    # default_namespace option refuses the schema's unqualified attribute names)
    root = ET.Element("Project", {"xmlns": NS, "name": _clean(name), "origin": _clean(origin)})
    if creating_user is not None:
        root.set("creatingUserGUID", _user_guid(creating_user))
    root.set("creationDateTime", created)

    user_list = ET.SubElement(root, "Users")
    for user in sorted(users, key=lambda u: u.key):
        ET.SubElement(user_list, "User", {"guid": _user_guid(user.key), "name": _clean(user.name),
                                               "id": _clean(user.key)})
    if not len(user_list):
        root.remove(user_list)

    _codebook(root, entities, measures, propositions, annotations)

    by_document: dict[int, list[AnnotationView]] = {}
    for a in annotations:
        by_document.setdefault(a.document_id, []).append(a)
    if documents:
        sources = ET.SubElement(root, "Sources")
        for doc in sorted(documents, key=lambda d: d.id):
            _text_source(sources, doc, by_document.get(doc.id, []), positions)

    noted = [a for a in annotations if a.note]
    if noted:
        notes = ET.SubElement(root, "Notes")
        for a in sorted(noted, key=lambda a: a.id):
            note = ET.SubElement(notes, "Note", {
                "guid": _note_guid(a.id), "name": _clean(f"Note on “{_shorten(a.quote, 60)}”"),
                "creatingUser": _user_guid(a.author_key), "creationDateTime": a.created,
                "modifiedDateTime": a.modified,
            })
            ET.SubElement(note, "PlainTextContent").text = _clean(a.note)

    ET.indent(root, space="  ")
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue() + b"\n"


def code_guid_of(a: AnnotationView) -> str:
    """The code an annotation is coded with: its entity, measure or proposition, else its kind."""
    if a.kind == "entity" and a.entity_key:
        return guid_for(f"{ENTITY_URN}{a.entity_key}")
    if a.kind == "figure" and a.measure_key:
        return guid_for(f"{MEASURE_URN}{a.measure_key}")
    if a.kind == "claim" and a.proposition_key:
        return guid_for(f"{PROPOSITION_URN}{a.proposition_key}")
    return guid_for(f"{KIND_URN}{a.kind}")


def _codebook(root: ET.Element, entities: Sequence[VocabularyEntry], measures: Sequence[VocabularyEntry],
              propositions: Sequence[VocabularyEntry], annotations: Sequence[AnnotationView]) -> None:
    # every code an annotation refers to exists, even if the caller passed a partial vocabulary
    known = {
        "entity": {e.key: e for e in entities}, "figure": {m.key: m for m in measures},
        "claim": {p.key: p for p in propositions},
    }
    for a in annotations:
        if a.entity_key and a.kind == "entity":
            known["entity"].setdefault(a.entity_key, VocabularyEntry(a.entity_key, a.entity_name or a.entity_key))
        if a.measure_key and a.kind == "figure":
            known["figure"].setdefault(a.measure_key, VocabularyEntry(a.measure_key, a.measure_label or a.measure_key))
        if a.proposition_key and a.kind == "claim":
            known["claim"].setdefault(a.proposition_key,
                                      VocabularyEntry(a.proposition_key, a.proposition_label or a.proposition_key))
    prefixes = {"entity": ENTITY_URN, "figure": MEASURE_URN, "claim": PROPOSITION_URN}
    codes = ET.SubElement(ET.SubElement(root, "CodeBook"), "Codes")
    for kind, label, colour in KIND_CODES:
        code = ET.SubElement(codes, "Code", {"guid": guid_for(f"{KIND_URN}{kind}"), "name": label,
                                                 "isCodable": "true", "color": colour})
        ET.SubElement(code, "Description").text = f"Evidence Desk {kind} annotations"
        for entry in sorted(known[kind].values(), key=lambda e: e.key):
            sub = ET.SubElement(code, "Code", {"guid": guid_for(f"{prefixes[kind]}{entry.key}"),
                                                   "name": _clean(entry.label), "isCodable": "true",
                                                   "color": colour})
            detail = f" ({entry.detail})" if entry.detail else ""
            ET.SubElement(sub, "Description").text = _clean(f"{prefixes[kind]}{entry.key}{detail}")


def _text_source(sources: ET.Element, doc: DocumentRecord, annotations: list[AnnotationView],
                 positions: str = CODEPOINTS) -> None:
    guid = source_guid(doc.sha256)
    units = Utf16Map(doc.text) if positions == UTF16 else None
    source = ET.SubElement(sources, "TextSource", {
        "guid": guid, "name": _clean(doc.title), "plainTextPath": f"internal://{guid}.txt",
        "creationDateTime": doc.imported,
    })
    about = [part for part in (doc.outlet, doc.url, doc.published, f"language: {doc.language}" if doc.language
                               else "", f"sha256: {doc.sha256}") if part]
    ET.SubElement(source, "Description").text = _clean("\n".join(about))
    for a in sorted(annotations, key=lambda a: (a.start, a.end, a.id)):
        user = _user_guid(a.author_key)
        start, end = (units.to_utf16(a.start), units.to_utf16(a.end)) if units is not None else (a.start, a.end)
        selection = ET.SubElement(source, "PlainTextSelection", {
            "guid": a.id, "name": _clean(a.quote), "startPosition": str(start), "endPosition": str(end),
            "creatingUser": user, "creationDateTime": a.created, "modifiedDateTime": a.modified,
        })
        ET.SubElement(selection, "Description").text = _clean(selection_description(a))
        coding = ET.SubElement(selection, "Coding", {"guid": guid_for(f"urn:uuid:{a.id}#coding"),
                                                         "creatingUser": user, "creationDateTime": a.created})
        ET.SubElement(coding, "CodeRef", {"targetGUID": code_guid_of(a)})
        if a.note:
            ET.SubElement(selection, "NoteRef", {"targetGUID": _note_guid(a.id)})


def selection_description(a: AnnotationView) -> str:
    """The selection's Description, which importers take as the coding's memo: the analyst's note first,
    then what the annotation records ("[Evidence Desk] claim; status accepted; denies: …")."""
    line = f"{DESCRIPTION_MARK} {_describe(a)}"
    return f"{a.note.strip()}\n\n{line}" if a.note.strip() else line


def _describe(a: AnnotationView) -> str:
    """One line a reader of another tool sees with the selection."""
    parts = [a.kind, f"status {a.status}"]
    if a.kind == "entity" and a.entity_name:
        parts.append(f"{a.entity_name} ({type_label(a.entity_type, a.entity_type_guessed)})")
    if a.kind == "figure":
        if a.value is not None:
            value = a.value if a.value_max is None else f"{a.value}–{a.value_max}"
            parts.append(" ".join(p for p in (value, a.unit or "", f"({a.bound})" if a.bound else "") if p))
        if a.measure_label:
            parts.append(f"measure: {a.measure_label}")
    if a.kind == "claim":
        if a.proposition_label:
            parts.append(f"{a.stance or 'asserts'}: {a.proposition_label}")
        if a.speaker_name:
            parts.append(f"speaker: {a.speaker_name}")
    if a.attributed_to:
        parts.append(f"attributed to {a.attributed_to}")
    if a.credibility is not None:
        parts.append(f"credibility {a.credibility}")
    return "; ".join(parts)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def _user_guid(key: str) -> str:
    return guid_for(f"{ANNOTATOR_URN}{key}")


def _note_guid(annotation_id: str) -> str:
    return guid_for(f"urn:uuid:{annotation_id}#note")


def _clean(text: str) -> str:
    """Drop the few characters XML 1.0 cannot carry at all (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text or "")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

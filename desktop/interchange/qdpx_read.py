"""A REFI-QDA project file (.qdpx) -> plain values: users, the code tree, text sources with their
selections and notes. Pure: bytes in, values out; nothing is written anywhere.

Safety: a .qdpx is a zip made by someone else. Only ``project.qde`` and the text files its sources name
(``internal://…``) are read, into memory, never extracted to disk. An archive whose entry names climb out
(``../``), start at the root or a drive, whose unpacked size or compression ratio is out of proportion (a
zip bomb), or that holds too many entries is refused with :class:`QdpxError`, as is XML with a DTD or
entities (defusedxml). Sources stored outside the archive (``relative://``, ``absolute://``) are not read:
they are skipped with a reason.

Text: a source is decoded as UTF-8, its byte order mark dropped (QualCoder writes one into its exported
sources; kept, it would put every coding one character off). Line ends are kept as they are.

Positions: each source's selections are read in the unit that puts them on their text. The selection's
``name`` (QualCoder, Evidence Desk and others write the coded text there) decides between Unicode code
points (the standard) and UTF-16 code units (QualCoder's coding view, the .NET tools), each on the text as
stored or with CRLF counted as one character (ATLAS.ti, MAXQDA); the reading that matches most names
wins, and ``QdpxSource.reading`` says which. Positions are returned in code points of the stored text.
"""

from __future__ import annotations

import io
import re
import zipfile
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from desktop.domain.offsets import Utf16Map
from desktop.services.incoming import Skipped, SkipReason

NS = "{urn:QDA-XML:project:1.0}"
PROJECT_FILE = "project.qde"
MAX_QDPX_BYTES = 200 * 1024 * 1024  # the archive itself
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # everything in it, unpacked
MAX_RATIO = 200  # unpacked / packed, for an entry worth checking
MAX_ENTRIES = 20_000
READINGS = ("code points", "UTF-16 units", "code points, CRLF as one", "UTF-16 units, CRLF as one")
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")


class QdpxError(ValueError):
    """The file cannot be read as a REFI-QDA project; the message is for the user."""


@dataclass(frozen=True)
class QdpxUser:
    guid: str
    name: str
    id: str = ""


@dataclass(frozen=True)
class QdpxCode:
    guid: str
    name: str
    codable: bool
    description: str
    path: tuple[str, ...]  # names from the top of the tree down to this code

    @property
    def parent(self) -> str | None:
        return self.path[-2] if len(self.path) > 1 else None


@dataclass(frozen=True)
class QdpxSelection:
    guid: str
    start: int  # code points of the source's text
    end: int
    name: str  # the coded text as the file gives it ("" if none)
    description: str  # what importers read as the coding's memo
    codes: tuple[str, ...]  # the guids of the codes it is coded with
    user: str  # creating user's guid
    created: str
    modified: str
    notes: tuple[str, ...] = ()  # texts of the Notes its NoteRefs name
    found: bool = True  # False: its position did not hold its name in the reading chosen


@dataclass(frozen=True)
class QdpxSource:
    guid: str
    name: str
    text: str
    description: str
    selections: tuple[QdpxSelection, ...]
    reading: str  # how its positions were counted (one of READINGS)
    had_bom: bool = False


@dataclass(frozen=True)
class QdpxSpanNote:
    """A note on a span of a source without a code (QualCoder's text annotations)."""

    guid: str
    source: str  # the source's guid
    start: int
    end: int
    text: str
    user: str
    created: str


@dataclass
class QdpxProject:
    name: str
    origin: str
    created: str
    users: dict[str, QdpxUser] = field(default_factory=dict)
    codes: dict[str, QdpxCode] = field(default_factory=dict)  # by guid, in the tree's order
    sources: list[QdpxSource] = field(default_factory=list)
    span_notes: list[QdpxSpanNote] = field(default_factory=list)
    other_notes: int = 0  # notes on nothing we keep (journal entries, memos of codes or the project)
    skipped: list[Skipped] = field(default_factory=list)

    def codings_per_code(self) -> dict[str, int]:
        counts = dict.fromkeys(self.codes, 0)
        for source in self.sources:
            for selection in source.selections:
                for code in selection.codes:
                    counts[code] = counts.get(code, 0) + 1
        return counts


def read_qdpx(data: bytes) -> QdpxProject:
    """The project in a .qdpx archive (see the module docstring); raises QdpxError."""
    if len(data) > MAX_QDPX_BYTES:
        raise QdpxError(f"it is larger than {MAX_QDPX_BYTES // (1024 * 1024)} MB")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as exc:
        raise QdpxError(f"it is not a REFI-QDA project (not a zip archive: {exc})") from exc
    with archive:
        entries = _checked_entries(archive)
        if PROJECT_FILE not in entries:
            raise QdpxError(f"it is a zip archive without {PROJECT_FILE}, not a REFI-QDA project")
        root = _parse(_read(archive, entries[PROJECT_FILE]))
        return _Reader(archive, entries).project(root)


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise QdpxError(f"it holds {len(infos)} entries, more than a project has ({MAX_ENTRIES} at most)")
    total = 0
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", name):
            raise QdpxError(f"it holds an entry that points outside the archive ({name!r}); refused")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise QdpxError(f"it unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB (a zip bomb?); refused")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise QdpxError(f"{name!r} unpacks to {info.file_size // info.compress_size}× its packed size "
                            "(a zip bomb?); refused")
        if not name.endswith("/"):
            entries["/".join(p for p in parts if p not in ("", "."))] = info
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than its declared size (a lying header cannot inflate it)."""
    with archive.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise QdpxError(f"{info.filename!r} holds more than its header says; refused")
    return data


def _parse(data: bytes) -> Element:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise QdpxError(f"{PROJECT_FILE} declares a DTD or entities, which a project never needs; refused") from exc
    except SafeET.ParseError as exc:
        raise QdpxError(f"{PROJECT_FILE} is not well-formed XML ({exc})") from exc
    if root.tag != f"{NS}Project":
        raise QdpxError(f"{PROJECT_FILE} is not a REFI-QDA project (its root is {root.tag!r})")
    return root


def normalized_guid(value: str | None) -> str:
    match = _GUID.match((value or "").strip())
    return match.group(1).lower() if match else (value or "").strip()


def _text(element: Element | None) -> str:
    return (element.text or "") if element is not None else ""


def _int(value: str | None, what: str) -> int:
    if value is None or not value.strip():
        raise QdpxError(f"{what} is missing")
    try:
        number = int(value.strip())
    except ValueError as exc:  # (also a number of more than 4,300 digits)
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise QdpxError(f"{what} is not a whole number ({shown!r})") from exc
    if number < 0:
        raise QdpxError(f"{what} is negative ({number})")
    return number


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> None:
        self.archive = archive
        self.entries = entries
        self.folded = {name.casefold(): name for name in entries}

    def project(self, root: Element) -> QdpxProject:
        project = QdpxProject(name=root.get("name", ""), origin=root.get("origin", ""),
                              created=root.get("creationDateTime", ""))
        for user in root.iter(f"{NS}User"):
            guid = normalized_guid(user.get("guid"))
            project.users[guid] = QdpxUser(guid, (user.get("name") or "").strip(), (user.get("id") or "").strip())
        codes = root.find(f"{NS}CodeBook/{NS}Codes")
        if codes is not None:
            for code in codes.findall(f"{NS}Code"):
                self._code(project, code, ())
        notes: dict[str, Element] = {normalized_guid(n.get("guid")): n for n in root.iter(f"{NS}Note")}
        used_notes: set[str] = set()
        sources = root.find(f"{NS}Sources")
        for element in list(sources) if sources is not None else []:
            if element.tag != f"{NS}TextSource":
                project.skipped.append(Skipped(element.get("name") or element.tag.removeprefix(NS), SkipReason.NOT_TEXT,
                                               "not a text source (pictures, PDFs, audio and video are not imported)"))
                continue
            source = self._source(element, notes, used_notes, project)
            if source is not None:
                project.sources.append(source)
        owners = {normalized_guid(ref.get("targetGUID")): normalized_guid(element.get("guid"))
                  for element in (list(sources) if sources is not None else []) for ref in element.findall(f"{NS}NoteRef")}
        by_guid = {s.guid: s for s in project.sources}
        for guid, note in notes.items():
            if guid in used_notes:
                continue
            span = note.find(f"{NS}PlainTextSelection")
            owner = by_guid.get(owners.get(guid, ""))
            if span is not None and owner is not None:
                start, end = _int(span.get("startPosition"), "a note's start"), _int(span.get("endPosition"),
                                                                                     "a note's end")
                convert = _converter(owner.text, owner.reading)
                project.span_notes.append(QdpxSpanNote(
                    guid, owner.guid, convert(start), convert(end), _text(note.find(f"{NS}PlainTextContent")),
                    normalized_guid(note.get("creatingUser") or note.get("modifyingUser")),
                    note.get("creationDateTime") or note.get("modifiedDateTime") or project.created))
            else:
                project.other_notes += 1
        return project

    def _code(self, project: QdpxProject, element: Element, path: tuple[str, ...]) -> None:
        guid = normalized_guid(element.get("guid"))
        name = (element.get("name") or "").strip() or guid
        here = (*path, name)
        project.codes[guid] = QdpxCode(guid, name, (element.get("isCodable") or "true").lower() != "false",
                                       _text(element.find(f"{NS}Description")).strip(), here)
        for child in element.findall(f"{NS}Code"):
            self._code(project, child, here)

    def _source(self, element: Element, notes: dict[str, Element], used: set[str],
                project: QdpxProject) -> QdpxSource | None:
        guid = normalized_guid(element.get("guid"))
        name = (element.get("name") or "").strip() or guid
        raw = self._source_bytes(element, name, project)
        if raw is None:
            return None
        had_bom = raw.startswith(b"\xef\xbb\xbf")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            project.skipped.append(Skipped(name, SkipReason.NOT_TEXT, f"its text is not UTF-8 (byte {exc.start})"))
            return None
        if not text.strip():  # as `docs add` refuses an empty file: no document without text
            project.skipped.append(Skipped(name, SkipReason.NOT_TEXT, "its text is empty"))
            return None
        if "\x00" in text:
            project.skipped.append(Skipped(name, SkipReason.NOT_TEXT,
                                           f"its text holds a NUL byte (at character {text.index(chr(0)):,}): "
                                           "a binary file, not text"))
            return None
        raw_selections = []
        for selection in element.findall(f"{NS}PlainTextSelection"):
            start = _int(selection.get("startPosition"), f"a selection of {name!r}: startPosition")
            end = _int(selection.get("endPosition"), f"a selection of {name!r}: endPosition")
            raw_selections.append((selection, start, end))
        reading = _best_reading(text, [(s, e, sel.get("name") or "") for sel, s, e in raw_selections])
        convert = _converter(text, reading)
        selections = []
        for selection, start, end in raw_selections:
            begin, finish = convert(start), convert(end)
            if not 0 <= begin < finish <= len(text):
                project.skipped.append(Skipped(f"{name}: {start}–{end}", SkipReason.OUTSIDE_TEXT,
                                               "its position is outside the text"))
                continue
            label = selection.get("name") or ""
            texts = []
            for ref in selection.findall(f"{NS}NoteRef"):
                note_guid = normalized_guid(ref.get("targetGUID"))
                if note_guid in notes:
                    used.add(note_guid)
                    texts.append(_text(notes[note_guid].find(f"{NS}PlainTextContent")))
            codes = tuple(normalized_guid(c.get("targetGUID")) for coding in selection.findall(f"{NS}Coding")
                          for c in coding.findall(f"{NS}CodeRef"))
            selections.append(QdpxSelection(
                guid=normalized_guid(selection.get("guid")), start=begin, end=finish, name=label,
                description=_text(selection.find(f"{NS}Description")), codes=codes,
                user=normalized_guid(selection.get("creatingUser") or selection.get("modifyingUser")),
                created=selection.get("creationDateTime") or selection.get("modifiedDateTime") or project.created,
                modified=selection.get("modifiedDateTime") or selection.get("creationDateTime") or project.created,
                notes=tuple(t for t in texts if t.strip()),
                found=not label or text[begin:finish] == label,
            ))
        return QdpxSource(guid, name, text, _text(element.find(f"{NS}Description")), tuple(selections), reading,
                          had_bom)

    def _source_bytes(self, element: Element, name: str, project: QdpxProject) -> bytes | None:
        content = element.find(f"{NS}PlainTextContent")
        if content is not None and content.text is not None:
            return content.text.encode("utf-8")
        path = element.get("plainTextPath") or ""
        if not path.startswith("internal://"):
            why = "it has no plain text" if not path else f"its text is outside the archive ({path.split('://')[0]})"
            project.skipped.append(Skipped(name, SkipReason.NOT_TEXT, why))
            return None
        wanted = f"sources/{path.removeprefix('internal://')}".casefold()
        entry = self.folded.get(wanted)
        if entry is None:
            project.skipped.append(Skipped(name, SkipReason.NOT_TEXT, f"its text {path} is missing from the archive"))
            return None
        return _read(self.archive, self.entries[entry])


def _crlf_map(text: str) -> Callable[[int], int]:
    """Position in the text with each CRLF counted as one character -> position in the text as stored."""
    breaks: list[int] = []  # positions, in the CRLF-as-one text, of each "\n" that follows a "\r"
    removed = 0
    for match in re.finditer("\r\n", text):
        breaks.append(match.start() - removed)
        removed += 1

    def convert(position: int) -> int:
        return position + bisect_left(breaks, position)

    return convert


def _converter(text: str, reading: str) -> Callable[[int], int]:
    """File position -> code point of the stored text, for one of READINGS."""
    crlf = reading.endswith("CRLF as one")
    base = re.sub("\r\n", "\r", text) if crlf else text  # the text the file's positions count in
    units = Utf16Map(base) if reading.startswith("UTF-16") else None
    back = _crlf_map(text) if crlf else None

    def convert(position: int) -> int:
        cp = units.to_codepoint(position) if units is not None else position
        return back(cp) if back is not None else cp

    return convert


def _best_reading(text: str, selections: list[tuple[int, int, str]]) -> str:
    """The reading under which most selections hold their name; code points (the standard) on a tie."""
    named = [(s, e, n) for s, e, n in selections if n]
    if not named:
        return READINGS[0]
    readings: tuple[str, ...] = READINGS if "\r\n" in text else READINGS[:2]
    if Utf16Map(text).is_identity:  # no character outside the BMP: both units are the same numbers
        readings = tuple(r for r in readings if not r.startswith("UTF-16"))

    def score(reading: str) -> int:
        convert = _converter(text, reading)
        return sum(1 for s, e, n in named if text[convert(s):convert(e)] == n)

    return max(readings, key=lambda r: (score(r), -READINGS.index(r)))

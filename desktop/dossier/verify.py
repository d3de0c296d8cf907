"""Checking a dossier: every quote against the stored text at its offsets, every text against what its
archived original extracts to, every hash against the manifest.

Two ways in:
- ``verify_bundle(path)``: an evidence bundle (``desktop.dossier.bundle``), with no project at all;
- ``verify_against_project(path, project)``: a dossier JSON, checked against the project it came from.

Both return a ``Verification``: how many citations were checked and verified, and one sentence per
mismatch, naming the file, source or citation concerned.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.dossier.bundle import MANIFEST

if TYPE_CHECKING:
    from desktop.storage.project import Project

MAX_MEMBER = 512 * 1024 * 1024


class VerifyError(Exception):
    """The file cannot be checked at all (not a bundle, not a dossier); the message is for the user."""


@dataclass
class Verification:
    citations: int = 0
    verified: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.verified == self.citations

    def summary(self) -> str:
        return f"{self.verified} of {self.citations} citations verified"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# What verification reads of a manifest's document and of a dossier's entries, and the JSON type each must have:
# a file edited by hand into another shape is refused in one sentence (VerifyError), not read into a crash.
_DOCUMENT_FIELDS = {"document_id": int, "label": str, "text": str, "text_sha256": str, "original": str,
                    "original_kind": str, "original_type": str, "extraction": str, "extractor": str,
                    "original_sha256": str}
_SOURCE_FIELDS: dict[str, type] = {"document_id": int}
_CITATION_FIELDS: dict[str, type] = {}  # a citation's odd offsets or document are a mismatch (check_citations)
_LISTS = ("figures", "unassigned_figures", "claims", "unassigned_claims", "notes", "sources")
_JSON_NAMES = {dict: "an object", list: "a list", str: "a string", int: "a whole number"}


def _shape_problem(value: Any, kind: type, where: str) -> str | None:
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return None
    return f"{where} is not {_JSON_NAMES[kind]}"


def _fields_problem(item: Any, fields: dict[str, type], where: str) -> str | None:
    if not isinstance(item, dict):
        return f"{where} is not an object"
    for name, kind in fields.items():
        if item.get(name) is not None and (problem := _shape_problem(item[name], kind, f"{where}.{name}")):
            return problem
    return None


def _objects_problem(value: Any, fields: dict[str, type], where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, list):
        return f"{where} is not a list"
    for n, item in enumerate(value):
        if problem := _fields_problem(item, fields, f"{where}[{n}]"):
            return problem
    return None


def manifest_problem(manifest: Any) -> str | None:
    """Why ``manifest`` is not shaped as a bundle's manifest (None: it is)."""
    if not isinstance(manifest, dict):
        return "it is not a JSON object"
    files = manifest.get("files", {})
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        return "its \"files\" do not map names to SHA-256 hashes"
    return _objects_problem(manifest.get("documents"), _DOCUMENT_FIELDS, "documents")


def dossier_problem(dossier: Any) -> str | None:
    """Why ``dossier`` is not shaped as a dossier JSON, as far as verification reads it (None: it is)."""
    if not isinstance(dossier, dict):
        return "it is not a JSON object"
    for name in _LISTS:
        if problem := _objects_problem(dossier.get(name), _SOURCE_FIELDS if name == "sources" else {}, name):
            return problem
    for name in ("figures", "claims"):
        for n, group in enumerate(dossier.get(name) or []):
            for part in ("values",) if name == "figures" else ("asserts", "denies"):
                if problem := _objects_problem(group.get(part), {}, f"{name}[{n}].{part}"):
                    return problem
    for entry in quotes(dossier):
        if entry.get("quote") is not None and not isinstance(entry["quote"], str):
            return "a quote is not a string"
        if entry.get("citation") is not None and (
                problem := _fields_problem(entry["citation"], _CITATION_FIELDS, "a citation")):
            return problem
    return None


def quotes(dossier: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every quoted citation of a dossier JSON (figures, claims, notes), in the dossier's order."""
    for figure in dossier.get("figures", []):
        yield from figure.get("values", [])
    yield from dossier.get("unassigned_figures", [])
    for claim in dossier.get("claims", []):
        yield from claim.get("asserts", [])
        yield from claim.get("denies", [])
    yield from dossier.get("unassigned_claims", [])
    yield from dossier.get("notes", [])


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def check_citations(dossier: dict[str, Any], texts: dict[int, str], labels: dict[int, str],
                    result: Verification) -> None:
    for entry in quotes(dossier):
        citation = entry.get("citation") or {}
        result.citations += 1
        doc_id, start, end = citation.get("document_id"), citation.get("start"), citation.get("end")
        name = citation.get("text") or f"{entry.get('document', '?')} [{start}–{end})"
        text = texts.get(doc_id) if isinstance(doc_id, int) else None
        if text is None:
            result.mismatches.append(f"citation {name}: its document ({labels.get(doc_id, doc_id) if isinstance(doc_id, int) else doc_id}) is missing")
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            result.mismatches.append(f"citation {name}: offsets outside the stored text ({len(text)} characters)")
            continue
        if text[start:end] != entry.get("quote"):
            result.mismatches.append(f"citation {name}: the quote “{_short(entry.get('quote') or '')}” is not the "
                                     f"stored text at its offsets (“{_short(text[start:end])}”)")
            continue
        result.verified += 1


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_extraction(label: str, text: str, original: bytes, *, kind: str, mime: str, extraction: str,
                     extractor: str, original_sha256: str, result: Verification) -> None:
    """The original's hash, and that extracting it again gives ``text``."""
    from desktop.sources.errors import SourceRefused
    from desktop.sources.extraction import extract_original

    payload = original
    if kind == "warc":
        from desktop.sources.warc import read_warc

        try:
            payload = read_warc(original).body
        except SourceRefused as exc:
            result.mismatches.append(f"{label}: {exc}")
            return
    if original_sha256 and _sha256(payload) != original_sha256:
        result.mismatches.append(f"{label}: the archived original's SHA-256 is not the one recorded "
                                 f"({original_sha256[:16]}…)")
    try:
        again = extract_original(original, kind=kind, mime=mime, extraction=extraction).text
    except SourceRefused as exc:
        result.mismatches.append(f"{label}: its archived original can no longer be extracted ({exc})")
        return
    if again != text:
        at = _first_difference(again, text)
        note = ""
        if extractor:
            now = _current_extractor(extraction)
            if now and now != extractor:
                note = f"; it was extracted with {extractor}, this is {now}"
        result.mismatches.append(f"{label}: the stored text is not what its archived original extracts to "
                                 f"(first difference at character {at}{note})")


def _current_extractor(extraction: str) -> str:
    if extraction in ("article", "full"):
        from desktop.sources.html import extractor_version
    elif extraction == "pdf":
        from desktop.sources.pdf import extractor_version
    elif extraction == "docx":
        from desktop.sources.word import extractor_version
    else:
        return ""
    return extractor_version()


# --- a bundle, without a project ----------------------------------------------------------------------

def verify_bundle(path: str | Path) -> Verification:
    import rfc8785

    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise VerifyError(f"There is no file at {path}.") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise VerifyError(f"{path.name} is not an evidence bundle (not a ZIP archive).") from exc
    result = Verification()
    with archive:
        members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        if MANIFEST not in members:
            raise VerifyError(f"{path.name} is not an evidence bundle (it has no {MANIFEST}).")

        def read(name: str) -> bytes:
            if members[name].file_size > MAX_MEMBER:
                raise VerifyError(f"{name} in {path.name} is too large to check.")
            return archive.read(name)

        raw_manifest = read(MANIFEST)
        try:
            manifest = json.loads(raw_manifest)
        except ValueError as exc:
            raise VerifyError(f"{MANIFEST} in {path.name} is not JSON ({exc}).") from exc
        if problem := manifest_problem(manifest):
            raise VerifyError(f"{MANIFEST} in {path.name} is not an evidence bundle's manifest ({problem}).")
        if rfc8785.dumps(manifest) != raw_manifest:
            result.mismatches.append(f"{MANIFEST}: not in RFC 8785 canonical form (it was edited)")
        listed: dict[str, str] = manifest.get("files", {})
        contents: dict[str, bytes] = {}
        for name, digest in sorted(listed.items()):
            if name not in members:
                result.mismatches.append(f"{name}: listed in the manifest but missing from the bundle")
                continue
            contents[name] = read(name)
            if _sha256(contents[name]) != digest:
                result.mismatches.append(f"{name}: its SHA-256 is not the one in the manifest")
        for name in sorted(set(members) - set(listed) - {MANIFEST}):
            result.mismatches.append(f"{name}: in the bundle but not in the manifest")

        texts: dict[int, str] = {}
        labels: dict[int, str] = {}
        for doc in manifest.get("documents", []):
            doc_id, label = doc.get("document_id"), doc.get("label") or f"document {doc.get('document_id')}"
            labels[doc_id] = label
            data = contents.get(doc.get("text", ""))
            if data is None:
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                result.mismatches.append(f"{label}: {doc.get('text')} is not UTF-8 text")
                continue
            texts[doc_id] = text
            if _sha256(data) != doc.get("text_sha256"):
                result.mismatches.append(f"{label}: the stored text's SHA-256 is not the one in the manifest")
            original = contents.get(doc.get("original") or "")
            if original is not None:
                check_extraction(label, text, original, kind=doc.get("original_kind", "file"),
                                 mime=doc.get("original_type", ""), extraction=doc.get("extraction", ""),
                                 extractor=doc.get("extractor", ""),
                                 original_sha256=doc.get("original_sha256", ""), result=result)

        dossier_bytes = contents.get("dossier.json")
        if dossier_bytes is None:
            result.mismatches.append("dossier.json: missing from the bundle")
            return result
        try:
            dossier = json.loads(dossier_bytes)
        except ValueError as exc:
            raise VerifyError(f"dossier.json in {path.name} is not JSON ({exc}).") from exc
        if problem := dossier_problem(dossier):
            raise VerifyError(f"dossier.json in {path.name} is not an Evidence Desk dossier JSON ({problem}).")
        for source in dossier.get("sources", []):
            doc_id = source.get("document_id")
            if doc_id in texts and _sha256(texts[doc_id].encode("utf-8")) != source.get("sha256"):
                result.mismatches.append(f"{source.get('label')}: the dossier's SHA-256 of its text is not the "
                                         "stored text's")
        check_citations(dossier, texts, labels, result)
    return result


# --- a dossier JSON, against its project -------------------------------------------------------------

def verify_against_project(path: str | Path, project: Project) -> Verification:
    from desktop.services.documents import document_text, get_original, list_documents

    path = Path(path)
    try:
        dossier = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VerifyError(f"There is no file at {path}.") from exc
    except IsADirectoryError as exc:
        raise VerifyError(f"{path} is a folder: give an evidence bundle (.zip) or a dossier JSON.") from exc
    except UnicodeDecodeError as exc:
        raise VerifyError(f"{path.name} is neither an evidence bundle (.zip) nor a dossier JSON (it is not UTF-8 "
                          f"text, byte {exc.start:,}).") from exc
    except json.JSONDecodeError as exc:
        if exc.pos == len(exc.doc) - len(exc.doc.lstrip()):  # not JSON from its first character (or empty)
            raise VerifyError(f"{path.name} is neither an evidence bundle (.zip) nor a dossier JSON.") from exc
        raise VerifyError(f"{path.name} is not a dossier JSON ({exc.msg}: line {exc.lineno}, column {exc.colno}).") \
            from exc
    except (OSError, ValueError) as exc:
        raise VerifyError(f"{path.name} is not a dossier JSON ({getattr(exc, 'strerror', None) or exc}).") from exc
    if not isinstance(dossier, dict) or not str(dossier.get("format", "")).startswith("evidence-desk-dossier/"):
        raise VerifyError(f"{path.name} is not an Evidence Desk dossier JSON.")
    if problem := dossier_problem(dossier):
        raise VerifyError(f"{path.name} is not an Evidence Desk dossier JSON ({problem}).")
    result = Verification()
    docs = {d.id: d for d in list_documents(project)}
    texts: dict[int, str] = {}
    labels: dict[int, str] = {}
    for source in dossier.get("sources", []):
        doc_id, label = source.get("document_id"), source.get("label") or "?"
        labels[doc_id] = label
        doc = docs.get(doc_id)
        if doc is None:
            result.mismatches.append(f"{label}: document {doc_id} is not in the project")
            continue
        text = document_text(project, doc_id)
        texts[doc_id] = text
        if _sha256(text.encode("utf-8")) != source.get("sha256") or doc.sha256 != source.get("sha256"):
            result.mismatches.append(f"{label}: the project's text is not the one the dossier cites "
                                     "(its SHA-256 differs)")
        original = get_original(project, doc_id)
        if original is None:
            continue
        if _sha256(original.data) != original.record_sha256:
            result.mismatches.append(f"{label}: the archived original was changed since it was stored")
        if source.get("original_sha256") and source["original_sha256"] != original.sha256:
            result.mismatches.append(f"{label}: the dossier's original SHA-256 is not the project's")
        check_extraction(label, text, original.data, kind=original.kind, mime=original.mime,
                         extraction=original.extraction, extractor=original.extractor,
                         original_sha256=original.sha256, result=result)
    check_citations(dossier, texts, labels, result)
    return result

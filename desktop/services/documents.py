"""Documents: add (deduplicated by SHA-256), list, read, edit metadata, grade.

The rules for metadata live here (``check_metadata``), once, for every way in: the import, the command line,
the Document Metadata dialog (which asks this function before it closes) and undo.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import func, select

from desktop.domain import limits
from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.labels import document_label
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.storage.errors import DamagedData
from desktop.storage.integrity import text_mismatch_message
from desktop.storage.models import Annotation, Document
from desktop.storage.project import Project

METADATA_FIELDS = frozenset({"title", "language", "outlet", "url", "published", "reliability"})
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*")
WEB_SCHEMES = ("http", "https")


class MetadataError(ValueError):
    """A metadata value that cannot be stored; ``field`` says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _one_line(value: str) -> str:
    """Control characters and line breaks gone, runs of white space made one space, ends trimmed."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in value)
    return " ".join(cleaned.split())


def _limit(field: str, value: str, limit: int, what: str) -> str:
    if len(value) > limit:
        raise MetadataError(field, f"{what} is {len(value):,} characters long; at most {limit:,} fit.")
    return value


def check_title(value: str) -> str:
    title = _one_line(value)
    if not title:
        raise MetadataError("title", "A document needs a title.")
    return _limit("title", title, limits.TITLE, "The title")


def check_language(value: str) -> str:
    code = value.strip().lower().replace("_", "-")
    if code and not LANGUAGE_TAG.fullmatch(code):
        raise MetadataError("language", f"“{_one_line(value)[:40]}” is not a language code (use e.g. it, pt, fr, "
                                        "en, pt-br).")
    return _limit("language", code, limits.LANGUAGE, "The language tag")


def check_outlet(value: str) -> str:
    return _limit("outlet", _one_line(value), limits.OUTLET, "The outlet")


def check_url(value: str) -> str:
    url = value.strip()
    if not url:
        return ""
    _limit("url", url, limits.URL, "The URL")
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        raise MetadataError("url", "A web address has no spaces or line breaks in it.")
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise MetadataError("url", f"“{url[:60]}” is not a web address.") from exc
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        raise MetadataError("url", f"“{url[:60]}” is not a web address (it starts with http:// or https://).")
    return url


def usable_url(value: str) -> str:
    """A URL found in a page: kept when it passes ``check_url``, else dropped ("" — e.g. a relative one)."""
    try:
        return check_url(value)
    except MetadataError:
        return ""


def check_published(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise MetadataError("published", f"“{_one_line(text)[:40]}” is not a date; write the publication date as "
                                     "YYYY-MM-DD (or leave it empty).")


def check_reliability(value: str | None) -> str | None:
    grade = (value or "").strip().upper() or None
    if grade is not None and grade not in RELIABILITY_GRADES:
        raise MetadataError("reliability", "Source reliability is graded A to F.")
    return grade


_CHECKS = {
    "title": check_title, "language": check_language, "outlet": check_outlet, "url": check_url,
    "published": check_published, "reliability": check_reliability,
}


def check_metadata(**fields: str | None) -> dict[str, str | None]:
    """The fields as they would be stored (trimmed, normalised), or MetadataError naming the first bad one."""
    unknown = set(fields) - METADATA_FIELDS
    if unknown:
        raise ValueError(f"Unknown document fields: {', '.join(sorted(unknown))}")
    checked: dict[str, str | None] = {}
    for name, value in fields.items():
        if name == "reliability":
            checked[name] = check_reliability(value)
        else:
            checked[name] = _CHECKS[name](value or "")
    return checked


class DuplicateDocumentError(ValueError):
    def __init__(self, existing_id: int, title: str) -> None:
        super().__init__(f"This text is already in the project as “{title}” (same SHA-256); it was not added again.")
        self.existing_id = existing_id


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    language: str
    outlet: str
    url: str
    published: str
    sha256: str
    char_count: int
    reliability: str | None
    annotation_count: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "title": self.title, "language": self.language, "outlet": self.outlet,
            "url": self.url, "published": self.published, "sha256": self.sha256,
            "characters": self.char_count, "reliability": self.reliability,
            "annotations": self.annotation_count,
        }


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def verified_text(document_id: int, title: str, text: str, sha256: str) -> str:
    """``text``, once it is checked to still hash to the SHA-256 stored with it. An export that prints the hash
    next to the text calls this first: DamagedData names the document and nothing is written."""
    actual = sha256_of(text)
    if actual != sha256:
        raise DamagedData(f"{text_mismatch_message(document_id, title, sha256, actual)} Nothing was written; "
                          "re-import the original or run `evidence-desk --project FILE check`.")
    return text


def add_document(
    project: Project, text: str, *, title: str = "", language: str = "", outlet: str = "", url: str = "",
    published: str = "", source_name: str = "", author_id: int | None = None,
) -> Outcome[int]:
    digest = sha256_of(text)
    meta = check_metadata(title=_one_line(title) or _one_line(source_name) or "Untitled", language=language,
                          outlet=outlet, url=url, published=published)
    source_name = _limit("source_name", source_name, limits.SOURCE_NAME, "The file name")
    with project.transaction() as s:
        existing = s.scalar(select(Document).where(Document.sha256 == digest))
        if existing is not None:
            raise DuplicateDocumentError(existing.id, existing.title)
        doc = Document(
            title=meta["title"], language=meta["language"], outlet=meta["outlet"], url=meta["url"],
            published=meta["published"], text=text, sha256=digest, char_count=len(text),
            source_name=source_name, imported=now_iso(),
        )
        s.add(doc)
        s.flush()
        record(s, "import", "document", doc.id, author_id, sha256=digest, source=source_name)
        return Outcome(doc.id, Changes(documents=frozenset({doc.id})))


def update_document(project: Project, document_id: int, author_id: int | None = None, **fields: str | None) -> Outcome[dict[str, str | None]]:
    """Edit metadata (title, language, outlet, url, published, reliability). Returns old values for undo."""
    fields = check_metadata(**fields)
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ValueError(f"There is no document {document_id}.")
        before = {k: getattr(doc, k) for k in fields if getattr(doc, k) != fields[k]}
        for k in before:
            setattr(doc, k, fields[k] if k == "reliability" else (fields[k] or ""))
        if before:
            record(s, "update", "document", doc.id, author_id, fields={k: fields[k] for k in before})
        return Outcome(before, Changes(documents=frozenset({doc.id})) if before else Changes())


def delete_document(project: Project, document_id: int, author_id: int | None = None) -> Outcome[int]:
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ValueError(f"There is no document {document_id}.")
        ann_ids = frozenset(s.scalars(select(Annotation.id).where(Annotation.document_id == document_id)))
        s.delete(doc)
        record(s, "delete", "document", document_id, author_id, sha256=doc.sha256)
        return Outcome(document_id, Changes(documents=frozenset({document_id}), annotations=ann_ids))


def list_documents(project: Project) -> list[DocumentSummary]:
    with project.read() as s:
        counts = dict(
            s.execute(select(Annotation.document_id, func.count()).group_by(Annotation.document_id)).all()
        )
        rows = s.execute(
            select(Document.id, Document.title, Document.language, Document.outlet, Document.url,
                   Document.published, Document.sha256, Document.char_count, Document.reliability)
            .order_by(Document.id)
        ).all()
        return [DocumentSummary(*row, annotation_count=counts.get(row[0], 0)) for row in rows]


def document_text(project: Project, document_id: int) -> str:
    with project.read() as s:
        text = s.scalar(select(Document.text).where(Document.id == document_id))
    if text is None:
        raise ValueError(f"There is no document {document_id}.")
    return text


def document_labels(project: Project) -> dict[int, str]:
    """{document id: short source label} for every document ("000", "004", "D7")."""
    with project.read() as s:
        rows = s.execute(select(Document.id, Document.source_name).order_by(Document.id)).all()
    return {doc_id: document_label(doc_id, source) for doc_id, source in rows}


def get_document(project: Project, document_id: int) -> DocumentSummary:
    for doc in list_documents(project):
        if doc.id == document_id:
            return doc
    raise ValueError(f"There is no document {document_id}.")

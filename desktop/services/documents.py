"""Documents: add (deduplicated by SHA-256 and by address), list, read, edit metadata and label, grade.

The rules for metadata live here (``check_metadata``), once, for every way in: the import, the command line,
the Document Metadata dialog (which asks this function before it closes) and undo.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import limits
from desktop.domain.kinds import RELIABILITY_GRADES
from desktop.domain.labels import document_label, suggest_label, unique_label
from desktop.domain.localized import number
from desktop.i18n import Context
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.document_text import page_starts_of, sha256_of
from desktop.services.journal import record
from desktop.storage.models import Annotation, Document, Original
from desktop.storage.project import Project

Documents = Context("Documents")  # the messages are for the user, in the window's language (desktop.i18n)

METADATA_FIELDS = frozenset({"title", "language", "outlet", "url", "published", "reliability", "author", "label"})
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
        raise MetadataError(field, Documents.tr("{what} is {length} characters long; at most {limit} fit.").format(
            what=what, length=number(len(value), f"{len(value):,}"), limit=number(limit, f"{limit:,}")))
    return value


def check_title(value: str) -> str:
    title = _one_line(value)
    if not title:
        raise MetadataError("title", Documents.tr("A document needs a title."))
    return _limit("title", title, limits.TITLE, Documents.tr("The title"))


def check_language(value: str) -> str:
    code = value.strip().lower().replace("_", "-")
    if code and not LANGUAGE_TAG.fullmatch(code):
        raise MetadataError("language", Documents.tr("“{value}” is not a language code (use e.g. it, pt, fr, en, "
                                                     "pt-br).").format(value=_one_line(value)[:40]))
    return _limit("language", code, limits.LANGUAGE, Documents.tr("The language tag"))


def check_outlet(value: str) -> str:
    return _limit("outlet", _one_line(value), limits.OUTLET, Documents.tr("The outlet"))


def check_url(value: str) -> str:
    url = value.strip()
    if not url:
        return ""
    _limit("url", url, limits.URL, Documents.tr("The URL"))
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        raise MetadataError("url", Documents.tr("A web address has no spaces or line breaks in it."))
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise MetadataError("url", Documents.tr("“{url}” is not a web address.").format(url=url[:60])) from exc
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        raise MetadataError("url", Documents.tr("“{url}” is not a web address (it starts with http:// or https://).")
                            .format(url=url[:60]))
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
    raise MetadataError("published", Documents.tr("“{value}” is not a date; write the publication date as "
                                                  "YYYY-MM-DD (or leave it empty).").format(value=_one_line(text)[:40]))


def check_author(value: str) -> str:
    return _limit("author", _one_line(value), limits.DOCUMENT_AUTHOR, Documents.tr("The author"))


def check_label(value: str) -> str:
    """A short source label on one line; whether another source has it is checked where it is stored."""
    return _limit("label", _one_line(value), limits.LABEL, Documents.tr("The source label"))


def check_reliability(value: str | None) -> str | None:
    grade = (value or "").strip().upper() or None
    if grade is not None and grade not in RELIABILITY_GRADES:
        raise MetadataError("reliability", Documents.tr("Source reliability is graded A to F."))
    return grade


_CHECKS = {
    "title": check_title, "language": check_language, "outlet": check_outlet, "url": check_url,
    "published": check_published, "reliability": check_reliability, "author": check_author,
    "label": check_label,
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


class DuplicateAddressError(ValueError):
    def __init__(self, existing_id: int, title: str, url: str) -> None:
        super().__init__(f"{url} is already in the project as document {existing_id} (“{title}”); "
                         "it was not added again.")
        self.existing_id = existing_id


@dataclass(frozen=True)
class OriginalData:
    """The bytes a document was made from, as they will be archived."""

    kind: str  # "file" or "warc"
    data: bytes  # the file, or the WARC record of the HTTP exchange
    sha256: str  # of the original document's bytes (the file, or the HTTP body)
    mime: str
    size: int  # of the original document's bytes
    filename: str = ""
    url: str = ""
    retrieved_at: str = ""
    extractor: str = ""
    extraction: str = ""


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
    author: str = ""
    label: str = ""
    retrieved_at: str = ""
    original_sha256: str = ""
    original_type: str = ""
    page_starts: tuple[int, ...] = field(default=())
    source_name: str = ""

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) if self.page_starts else None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "title": self.title, "language": self.language, "outlet": self.outlet,
            "url": self.url, "published": self.published, "sha256": self.sha256,
            "characters": self.char_count, "reliability": self.reliability,
            "annotations": self.annotation_count, "author": self.author, "label": self.label,
            "retrieved_at": self.retrieved_at, "original_sha256": self.original_sha256,
            "original_type": self.original_type, "pages": self.pages,
        }


def find_by_address(session: Session, *urls: str) -> Document | None:
    """A document fetched from, or canonically at, one of ``urls``."""
    wanted = {u.strip() for u in urls if u and u.strip()}
    if not wanted:
        return None
    doc = session.scalar(select(Document).where(Document.url.in_(wanted)).order_by(Document.id))
    if doc is None:
        doc_id = session.scalar(select(Original.document_id).where(Original.url.in_(wanted)))
        doc = session.get(Document, doc_id) if doc_id is not None else None
    return doc


def add_document(
    project: Project, text: str, *, title: str = "", language: str = "", outlet: str = "", url: str = "",
    published: str = "", source_name: str = "", author_id: int | None = None, author: str = "",
    label: str = "", retrieved_at: str = "", page_starts: tuple[int, ...] = (),
    original: OriginalData | None = None, also_known_as: tuple[str, ...] = (),
) -> Outcome[int]:
    """Add a document (and its archived original) in one transaction.

    Refused with DuplicateDocumentError when the same text is already there, and with
    DuplicateAddressError when ``url`` (or an address in ``also_known_as``: the address asked for, the
    one redirected to) is already a document's address.
    """
    digest = sha256_of(text)
    meta = check_metadata(title=_one_line(title) or _one_line(source_name) or "Untitled", language=language,
                          outlet=outlet, url=url, published=published, author=author, label=label)
    source_name = _limit("source_name", source_name, limits.SOURCE_NAME, "The file name")
    with project.transaction() as s:
        existing = s.scalar(select(Document).where(Document.sha256 == digest))
        if existing is not None:
            raise DuplicateDocumentError(existing.id, existing.title)
        addresses = (url, *also_known_as, original.url if original else "")
        same_address = find_by_address(s, *addresses)
        if same_address is not None:
            raise DuplicateAddressError(same_address.id, same_address.title, same_address.url or url)
        taken = s.scalars(select(Document.label)).all()
        wanted = meta["label"] or suggest_label(outlet=meta["outlet"] or "", published=meta["published"] or "",
                                                url=meta["url"] or "", author=meta["author"] or "", title=title)
        doc = Document(
            title=meta["title"], language=meta["language"], outlet=meta["outlet"], url=meta["url"],
            published=meta["published"], text=text, sha256=digest, char_count=len(text),
            source_name=source_name, imported=now_iso(), author=meta["author"],
            label=unique_label(wanted, taken) if wanted else "",
            retrieved_at=retrieved_at or (original.retrieved_at if original else ""),
            page_starts=json.dumps(list(page_starts)) if page_starts else "",
        )
        s.add(doc)
        s.flush()
        if original is not None:
            s.add(Original(
                document_id=doc.id, kind=original.kind, data=original.data, sha256=original.sha256,
                record_sha256=hashlib.sha256(original.data).hexdigest(), mime=original.mime,
                size=original.size, filename=original.filename, url=original.url,
                retrieved_at=original.retrieved_at, extractor=original.extractor,
                extraction=original.extraction,
            ))
        record(s, "import", "document", doc.id, author_id, sha256=digest, source=source_name,
               original_sha256=original.sha256 if original else None, url=url or None)
        return Outcome(doc.id, Changes(documents=frozenset({doc.id})))


def update_document(project: Project, document_id: int, author_id: int | None = None, **fields: str | None) -> Outcome[dict[str, str | None]]:
    """Edit metadata (title, language, outlet, url, published, reliability, author, label).
    Returns old values for undo."""
    fields = check_metadata(**fields)
    with project.transaction() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))
        label = fields.get("label")
        if label:
            clash = s.scalar(select(Document.id).where(func.lower(Document.label) == label.lower(),
                                                       Document.id != document_id))
            if clash is not None:
                raise ValueError(Documents.tr("Document {clash} already has the label “{label}”; labels tell sources "
                                              "apart, so each must be different.").format(clash=clash, label=label))
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
            raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))
        ann_ids = frozenset(s.scalars(select(Annotation.id).where(Annotation.document_id == document_id)))
        s.delete(doc)
        record(s, "delete", "document", document_id, author_id, sha256=doc.sha256)
        return Outcome(document_id, Changes(documents=frozenset({document_id}), annotations=ann_ids))


def list_documents(project: Project, document_ids: Collection[int] | None = None) -> list[DocumentSummary]:
    """Every document (or those of ``document_ids`` that exist), by id, with its annotation count."""
    counted = select(Annotation.document_id, func.count()).group_by(Annotation.document_id)
    listed = (
        select(Document.id, Document.title, Document.language, Document.outlet, Document.url,
               Document.published, Document.sha256, Document.char_count, Document.reliability,
               Document.author, Document.label, Document.source_name, Document.retrieved_at,
               Document.page_starts, Original.sha256.label("original_sha256"),
               Original.mime.label("original_type"))
        .outerjoin(Original, Original.document_id == Document.id)
        .order_by(Document.id)
    )
    if document_ids is not None:
        wanted = sorted(document_ids)
        counted = counted.where(Annotation.document_id.in_(wanted))
        listed = listed.where(Document.id.in_(wanted))
    with project.read() as s:
        counts = dict(s.execute(counted).all())
        rows = s.execute(listed).all()
        return [
            DocumentSummary(*row[:9], annotation_count=counts.get(row[0], 0), author=row.author,
                            label=document_label(row.id, row.source_name, row.label),
                            retrieved_at=row.retrieved_at, original_sha256=row.original_sha256 or "",
                            original_type=row.original_type or "", page_starts=page_starts_of(row.page_starts),
                            source_name=row.source_name)
            for row in rows
        ]


def languages_and_outlets(project: Project) -> tuple[list[str], list[str]]:
    """The languages and the outlets of the documents, each sorted, without empty ones (a search's filters):
    read without counting a desk's annotations as ``list_documents`` does."""
    with project.read() as s:
        languages = s.scalars(select(Document.language).distinct().where(Document.language != "")).all()
        outlets = s.scalars(select(Document.outlet).distinct().where(Document.outlet != "")).all()
    return sorted(v for v in languages if v), sorted(v for v in outlets if v)


def document_text(project: Project, document_id: int) -> str:
    """The document's text, remembered for a while (``text_cache``: a tag in it reads its context from there)."""
    from desktop.services import text_cache

    with project.read() as s:
        row = s.execute(select(Document.sha256, Document.text).where(Document.id == document_id)).first()
    if row is None:
        raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))
    text: str = row.text
    text_cache.remember(project, document_id, row.sha256, text)
    return text


def document_labels(project: Project) -> dict[int, str]:
    """{document id: short source label} for every document ("FT 2025-07-15"; "D7" without one)."""
    with project.read() as s:
        rows = s.execute(select(Document.id, Document.source_name, Document.label).order_by(Document.id)).all()
    return {doc_id: document_label(doc_id, source, label) for doc_id, source, label in rows}


@dataclass(frozen=True)
class ArchivedOriginal:
    document_id: int
    kind: str
    data: bytes
    sha256: str
    record_sha256: str
    mime: str
    size: int
    filename: str
    url: str
    retrieved_at: str
    extractor: str
    extraction: str


def get_original(project: Project, document_id: int) -> ArchivedOriginal | None:
    """The archived original of a document (None for one added before originals were kept)."""
    with project.read() as s:
        if s.get(Document, document_id) is None:
            raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))
        o = s.scalar(select(Original).where(Original.document_id == document_id))
        if o is None:
            return None
        return ArchivedOriginal(o.document_id, o.kind, o.data, o.sha256, o.record_sha256, o.mime, o.size,
                                o.filename, o.url, o.retrieved_at, o.extractor, o.extraction)


def get_document(project: Project, document_id: int) -> DocumentSummary:
    for doc in list_documents(project):
        if doc.id == document_id:
            return doc
    raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))

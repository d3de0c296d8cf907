"""Importing documents (.txt, .md, .html, .pdf, .docx, .eml): read, check, extract, and add to a project.

Every bad input is refused with one clear sentence and nothing written: a missing path or a folder,
an extension we do not read, a file over 20 MB (checked before reading), a binary file, bytes that are
not UTF-8 (never guessed as latin-1), an empty or blank file, a text already in the project, a PDF
without a text layer or with a password, a corrupt Word file or a zip bomb.

Every import keeps the file's bytes as the document's original, with their SHA-256 and MIME type.
Plain text and Markdown are stored exactly as decoded (CRLF, tabs, trailing spaces and all), so
offsets and the SHA-256 refer to what the file says. HTML goes through the same article extraction
as a fetched page (``desktop.sources``); PDF, Word and e-mail through their own readers.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.language import detect_language
from desktop.services.changes import Changes, Outcome
from desktop.services.documents import (
    DuplicateAddressError,
    DuplicateDocumentError,
    MetadataError,
    OriginalData,
    add_document,
    check_language,
    check_published,
    usable_url,
)
from desktop.sources.errors import EmptySource, NoArticle, SourceRefused
from desktop.sources.extraction import Extraction, extract, mime_for_name
from desktop.storage.project import SQLITE_MAGIC, Project

MAX_BYTES = 20 * 1024 * 1024
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".pdf": "pdf", ".docx": "docx", ".eml": "email"}
# Formats read by a library from their bytes (not decoded as text first).
BINARY_FORMATS = frozenset({"pdf", "docx", "email"})
ACCEPTED = ", ".join(FORMATS)
TITLE_LIMIT = 120
CONTROL_SHARE = 0.01  # more control characters than this share of the text: not a text file

# What a file that is not text starts with, and what to call it.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument/EPUB file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (SQLITE_MAGIC, "an SQLite database"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a compiled program"),
    (b"\xcf\xfa\xed\xfe", "a compiled program (Mach-O)"),
)

# Byte-order marks that say how the text is encoded (longest first: UTF-32 LE starts like UTF-16 LE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters (Unicode category Cc) that a text file does not hold: all but tab, LF, VT, FF, CR.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


# Where a document's language came from.
DETECTED, FROM_PAGE, GIVEN = "detected", "from the page", "given"
NO_LANGUAGE_HINT = "language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M)"


# --- refusals ---------------------------------------------------------------------------------

class ImportRefused(Exception):
    """A file that was not imported; ``str(exc)`` is one sentence for the user."""


class NotAFile(ImportRefused):
    """The path does not exist, or is a folder or a device."""


class Unsupported(ImportRefused):
    """An extension we do not import."""


class TooLarge(ImportRefused):
    pass


class NotText(ImportRefused):
    """Binary content: an image, an archive, a program, or bytes full of control characters."""


class BrokenEncoding(ImportRefused):
    """Bytes that are not valid UTF-8 (or not valid UTF-16/32 under a byte-order mark)."""


class EmptyFile(ImportRefused):
    """No bytes, only white space, or an HTML page without visible text."""


class Duplicate(ImportRefused):
    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class BadMetadata(ImportRefused):
    """A language code or a date given with the file that we cannot store."""


class Unreadable(ImportRefused):
    """A PDF, Word file, e-mail or page the readers refuse (scanned, encrypted, corrupt, a zip bomb)."""


class NoArticleFound(ImportRefused):
    """An HTML page with no article in it; ``full_text`` may be added instead (``full_text=True``)."""

    def __init__(self, message: str, full_text: str = "") -> None:
        super().__init__(message)
        self.full_text = full_text


# --- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportedText:
    """A file read and checked, ready to become a document (nothing written yet)."""

    text: str
    title: str
    language: str  # detected (or the page's own lang when detection is unsure); may be ""
    source_name: str  # the file's name
    format: str  # "text", "markdown" or "html"
    outlet: str = ""
    url: str = ""
    published: str = ""  # YYYY-MM-DD or ""
    byline: str = ""  # the author: <meta name="author">, the PDF's or Word file's author, the sender
    encoding: str = "utf-8"
    language_source: str = ""  # DETECTED, FROM_PAGE, or "" when no language was found
    original: OriginalData | None = None  # the file's bytes, as they will be archived
    page_starts: tuple[int, ...] = ()


def read_document_file(path: str | Path, *, full_text: bool = False) -> ImportedText:
    """Read and check one file. Raises ImportRefused (a subclass) with a message for the user.

    An HTML page without an article raises NoArticleFound unless ``full_text`` asks for its whole text.
    """
    p = Path(path).expanduser()
    raw = _read_checked_bytes(p)
    fmt = FORMATS[p.suffix.lower()]
    mime = mime_for_name(p.name)
    encoding = "utf-8"
    if fmt not in BINARY_FORMATS:
        text, encoding = _decode(raw, fmt)
        _refuse_control_characters(text)
        if not text.strip():
            raise EmptyFile("The file holds only white space: there is no text to import.")
    extraction = "full" if (full_text and fmt == "html") else ""
    # no charset from outside: re-extracting the archived file (``verify``) reads the same bytes the same way
    found = extract_or_refuse(raw, mime, extraction=extraction)
    original = OriginalData(kind="file", data=raw, sha256=_sha256(raw), mime=mime, size=len(raw),
                            filename=p.name, extractor=found.extractor, extraction=found.extraction)
    return prepared_text(found, source_name=p.name, fmt=fmt, encoding=encoding, original=original)


def extract_or_refuse(raw: bytes, mime: str, *, charset: str = "", extraction: str = "") -> Extraction:
    """``desktop.sources.extraction.extract`` with its refusals turned into ImportRefused."""
    try:
        found = extract(raw, mime, charset=charset, extraction=extraction)
    except NoArticle as exc:
        raise NoArticleFound(str(exc), exc.full_text) from exc
    except EmptySource as exc:
        raise EmptyFile(str(exc)) from exc
    except SourceRefused as exc:
        raise Unreadable(str(exc)) from exc
    if not found.text.strip():
        raise EmptyFile("There is no text to import in this source.")
    return found


def prepared_text(found: Extraction, *, source_name: str, fmt: str, encoding: str = "utf-8",
                  original: OriginalData | None = None, url: str = "") -> ImportedText:
    """An extraction made ready to store: its title guessed if missing, its language detected."""
    text = found.text
    if fmt == "markdown":
        title = found.title or guess_markdown_title(text)
    else:
        title = found.title or guess_text_title(text)
    detected = detect_language(text)
    declared = _primary_subtag(found.declared_language)
    return ImportedText(
        text=text, title=_shorten(title, 500) if title else "", language=detected or declared,
        source_name=source_name, format=fmt, outlet=found.outlet, url=found.url or url,
        published=_valid_date(found.published), byline=found.author, encoding=encoding,
        language_source=DETECTED if detected else (FROM_PAGE if declared else ""),
        original=original, page_starts=found.page_starts,
    )


def _primary_subtag(tag: str) -> str:
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _valid_date(value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).isoformat() if value else ""
    except ValueError:
        return ""


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _read_checked_bytes(p: Path) -> bytes:
    if not p.exists():
        raise NotAFile(f"There is no file at {p}.")
    if p.is_dir():
        raise NotAFile(f"{p} is a folder; choose the files inside it.")
    if not p.is_file():
        raise NotAFile(f"{p} is not a regular file.")
    if p.suffix.lower() not in FORMATS:
        kind = f"“{p.suffix}” files" if p.suffix else "Files without an extension"
        raise Unsupported(f"{kind} cannot be imported; accepted: {ACCEPTED}.")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(_too_large(size))
        with p.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # a file that grew since stat() is still capped
    except OSError as exc:
        raise NotAFile(f"The file cannot be read: {exc.strerror or exc}.") from exc
    if len(raw) > MAX_BYTES:
        raise TooLarge(_too_large(len(raw)))
    if not raw:
        raise EmptyFile("The file is empty (0 bytes).")
    return raw


def _too_large(size: int) -> str:
    return (f"The file is too large: {size:,} bytes, over the {MAX_BYTES / (1024 * 1024):g} MB limit "
            f"({MAX_BYTES:,} bytes).")


def _decode(raw: bytes, fmt: str) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            try:
                return body.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise BrokenEncoding(
                    f"The file starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte offset {exc.start + len(bom)})."
                ) from exc
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise NotText(f"This is {what}, not a text file.")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise NotText(f"This is a binary file, not text (a NUL byte at byte offset {nul}).")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise BrokenEncoding(_broken_utf8_message(raw, exc, fmt)) from exc


def _broken_utf8_message(raw: bytes, exc: UnicodeDecodeError, fmt: str) -> str:
    bad = raw[exc.start]
    line = raw.count(b"\n", 0, exc.start) + 1
    message = (f"Not valid UTF-8: the first bad byte (0x{bad:02X}) is at byte offset {exc.start} "
               f"(line {line}). Save the file as UTF-8 and import it again.")
    declared = _DECLARED_CHARSET.search(raw[:4096]) if fmt == "html" else None
    if declared:
        charset = declared.group(1).decode("ascii", "replace")
        if charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
            message += f" (The page says it is {charset}.)"
    return message


def _refuse_control_characters(text: str) -> None:
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls and controls > CONTROL_SHARE * len(text):
        raise NotText(
            f"This looks like a binary file, not text ({controls} control characters in {len(text)})."
        )


# --- titles ------------------------------------------------------------------------------------

def _shorten(line: str, limit: int = TITLE_LIMIT) -> str:
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    cut = line[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def guess_text_title(text: str) -> str:
    """The first line with something on it, trimmed to about 120 characters."""
    for line in text.splitlines():
        if line.strip():
            return _shorten(line)
    return ""


def guess_markdown_title(text: str) -> str:
    """The first "# " heading; else the first line with something on it (list and quote marks dropped)."""
    for line in text.splitlines():
        match = re.match(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", line)
        if match:
            return _shorten(match.group(1))
    for line in text.splitlines():
        cleaned = re.sub(r"^\s*(?:#{1,6}|[>*+-]|\d+[.)])\s+", "", line).strip()
        if cleaned and not re.fullmatch(r"[-=*_\s]+", cleaned):
            return _shorten(cleaned)
    return ""


# --- importing -----------------------------------------------------------------------------------

def _checked_language(value: str) -> str:
    try:
        return check_language(value)  # the documents service's rule
    except MetadataError as exc:
        raise BadMetadata(str(exc)) from exc


def _checked_date(value: str) -> str:
    try:
        return check_published(value)
    except MetadataError as exc:
        raise BadMetadata(str(exc)) from exc


def import_file(
    project: Project, path: str | Path, *, language: str | None = None, title: str | None = None,
    outlet: str | None = None, url: str | None = None, published: str | None = None,
    author_id: int | None = None, full_text: bool = False, label: str | None = None,
) -> Outcome[int]:
    """Read one file and add it as a document. Given metadata wins over what the file suggests.

    Raises ImportRefused (nothing written) for any file that cannot be imported.
    """
    outcome, _language, _source = _import_one(project, path, language=language, title=title, outlet=outlet,
                                              url=url, published=published, author_id=author_id,
                                              full_text=full_text, label=label)
    return outcome


def import_document(project: Project, path: str | Path, **metadata: Any) -> FileResult:
    """``import_file`` for a report: the result names the document, its language and where that came
    from, so ``result.outcome_text()`` reads "added as document 6 (it, detected)" or says the language
    is missing. Raises ImportRefused (nothing written) like ``import_file``.
    """
    outcome, stored, source = _import_one(project, path, **metadata)
    return FileResult(str(path), document_id=outcome.value, language=stored, language_source=source)


def _import_one(
    project: Project, path: str | Path, *, language: str | None = None, title: str | None = None,
    outlet: str | None = None, url: str | None = None, published: str | None = None,
    author_id: int | None = None, full_text: bool = False, label: str | None = None,
) -> tuple[Outcome[int], str, str]:
    """``import_file``, also returning the language stored and where it came from (GIVEN, DETECTED ...)."""
    lang = _checked_language(language) if language is not None else None
    pub = _checked_date(published) if published is not None else None
    doc = read_document_file(path, full_text=full_text)
    outcome, stored, source = store_imported(project, doc, language=lang, title=title, outlet=outlet, url=url,
                                             published=pub, author_id=author_id, label=label)
    return outcome, stored, source


def store_imported(
    project: Project, doc: ImportedText, *, language: str | None = None, title: str | None = None,
    outlet: str | None = None, url: str | None = None, published: str | None = None,
    author_id: int | None = None, label: str | None = None, also_known_as: tuple[str, ...] = (),
    retrieved_at: str = "",
) -> tuple[Outcome[int], str, str]:
    """Add a read source as a document with its original. Given metadata wins over what it suggests."""
    stored, source = (language, GIVEN) if language else (doc.language, doc.language_source if doc.language else "")
    try:
        outcome = add_document(
            project, doc.text,
            title=title if title is not None else doc.title,
            language=stored,
            outlet=outlet if outlet is not None else doc.outlet,
            url=url if url is not None else usable_url(doc.url),
            published=published if published is not None else doc.published,
            source_name=doc.source_name, author_id=author_id, author=doc.byline, label=label or "",
            retrieved_at=retrieved_at, page_starts=doc.page_starts, original=doc.original,
            also_known_as=also_known_as,
        )
    except (DuplicateDocumentError, DuplicateAddressError) as exc:
        raise Duplicate(str(exc), exc.existing_id) from exc  # "already in the project as “<title>” ..."
    except MetadataError as exc:
        raise BadMetadata(str(exc)) from exc
    return outcome, stored, source


@dataclass(frozen=True)
class FileResult:
    path: str
    document_id: int | None = None  # set when the file was added
    message: str = ""  # why it was not, when it was not
    language: str = ""  # the language stored with an added document ("" = none)
    language_source: str = ""  # GIVEN, DETECTED or FROM_PAGE
    no_article: bool = False  # refused as a page with no article: its full text may be added instead

    @property
    def added(self) -> bool:
        return self.document_id is not None

    @property
    def without_language(self) -> bool:
        """Added with no language: the analyst has to set it."""
        return self.added and not self.language

    @property
    def name(self) -> str:
        return Path(self.path).name

    def outcome_text(self) -> str:
        """ "added as document 6 (it, detected)", "added as document 7; language not detected — set it in
        Edit › Document Metadata (Ctrl+Shift+M)", or why the file was refused."""
        if not self.added:
            return self.message
        text = f"added as document {self.document_id}"
        if self.language:
            how = f", {self.language_source}" if self.language_source else ""
            return f"{text} ({self.language}{how})"
        return f"{text}; {NO_LANGUAGE_HINT}"

    def line(self) -> str:
        """One line per file for the import report: "good.txt: added as document 6 (it, detected)"."""
        return f"{self.name}: {self.outcome_text()}"


@dataclass(frozen=True)
class ImportReport:
    results: tuple[FileResult, ...] = ()
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def added(self) -> list[int]:
        return [r.document_id for r in self.results if r.document_id is not None]

    @property
    def refused(self) -> list[FileResult]:
        return [r for r in self.results if not r.added]

    @property
    def without_language(self) -> list[FileResult]:
        return [r for r in self.results if r.without_language]

    def summary(self) -> str:
        """ "2 of 4 file(s) imported, 2 refused." and, when a document came in without a language,
        "notes.md: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M)."."""
        text = f"{len(self.added)} of {len(self.results)} file(s) imported"
        if self.refused:
            text += f", {len(self.refused)} refused"
        text += (" (cancelled)" if self.cancelled else "") + "."
        missing = self.without_language
        if missing:
            names = ", ".join(r.name for r in missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3
                                                              else "")
            text += f" {names}: {NO_LANGUAGE_HINT}."
        return text

    def lines(self) -> list[str]:
        """One line per file: "good.txt: added as document 6 (it, detected)", refusals with their reason."""
        return [r.line() for r in self.results]


ProgressCallback = Callable[[int, int, str], object]


def import_files(
    project: Project, paths: Iterable[str | Path], progress: ProgressCallback | None = None, *,
    author_id: int | None = None, language: str | None = None, full_text: bool = False,
) -> ImportReport:
    """Import many files, each in its own transaction; one report with a line per file.

    ``progress(done, total, name)`` is called before each file; returning False stops the import
    (the files already added stay, the report says it was cancelled).
    """
    items = [str(p) for p in paths]
    results: list[FileResult] = []
    changes = Changes()
    cancelled = False
    for index, name in enumerate(items):
        if progress is not None and progress(index, len(items), name) is False:
            cancelled = True
            break
        try:
            outcome, stored, source = _import_one(project, name, language=language, author_id=author_id,
                                                  full_text=full_text)
        except ImportRefused as exc:
            results.append(FileResult(name, message=str(exc), no_article=isinstance(exc, NoArticleFound)))
            continue
        results.append(FileResult(name, document_id=outcome.value, language=stored, language_source=source))
        changes |= outcome.changes
    if progress is not None and not cancelled:
        progress(len(items), len(items), "")
    return ImportReport(tuple(results), changes, cancelled)

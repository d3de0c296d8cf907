"""A PDF (bytes) -> its text page by page (pypdf), with the offset where each page starts.

Pages are joined by a blank line; ``page_starts[i]`` is the code-point offset of page i+1, so the
page of any offset is known ("p. 3"). A PDF without a text layer (scanned), an encrypted PDF that
needs a password, and a broken PDF are refused with a clear message.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.sources.errors import UnreadableDocument

if TYPE_CHECKING:
    from pypdf import PageObject

PAGE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: tuple[int, ...]
    title: str = ""
    author: str = ""
    published: str = ""


def extractor_version() -> str:
    from importlib.metadata import version

    return f"pypdf {version('pypdf')}"


def extract_pdf(data: bytes) -> PdfText:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about odd PDFs are not for the user
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument("This is not a PDF (it does not start with %PDF-).")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, DependencyError, PyPdfError) as exc:
                raise UnreadableDocument("This PDF is encrypted with a method that cannot be read: "
                                         "save an unencrypted copy and add that.") from exc
            if not opened:
                raise UnreadableDocument("This PDF is encrypted and needs a password: save an unencrypted "
                                         "copy and add that.")
        pages = [_page_text(page) for page in reader.pages]
        info: Mapping[str, Any] = reader.metadata or {}
    except UnreadableDocument:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadableDocument("This PDF is encrypted and needs a password: save an unencrypted copy "
                                 "and add that.") from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise UnreadableDocument(f"This PDF is damaged and cannot be read ({type(exc).__name__}: {exc}).") from exc
    if not pages:
        raise UnreadableDocument("This PDF has no pages.")
    if not any(p.strip() for p in pages):
        raise UnreadableDocument(
            f"This PDF has no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''} of images, "
            "probably scanned): run it through OCR first, then add the result."
        )
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for index, page in enumerate(pages):
        if index:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        parts.append(page)
        offset += len(page)
    return PdfText(text="".join(parts), page_starts=tuple(starts), title=_info(info, "/Title"),
                   author=_info(info, "/Author"), published=_pdf_date(_info(info, "/CreationDate")))


def _page_text(page: PageObject) -> str:
    text = page.extract_text() or ""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def _info(info: Mapping[str, Any], key: str) -> str:
    try:
        value = info.get(key)
    except Exception:
        return ""
    return " ".join(str(value).split()) if value else ""


def _pdf_date(value: str) -> str:
    """ "D:20250715093000Z" -> "2025-07-15"."""
    digits = value[2:] if value.startswith("D:") else value
    if len(digits) >= 8 and digits[:8].isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return ""


def page_of(page_starts: tuple[int, ...] | list[int], offset: int) -> int | None:
    """1-based page number holding ``offset``; None when the source has no pages."""
    if not page_starts:
        return None
    from bisect import bisect_right

    return max(bisect_right(list(page_starts), offset), 1)

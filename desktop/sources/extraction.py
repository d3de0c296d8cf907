"""One entry point from an original's bytes to a document's text and metadata, by type.

``extract(data, mime)`` reads HTML (trafilatura), PDF (pypdf), DOCX (python-docx), e-mail (stdlib)
and plain text or Markdown (decoded verbatim). ``extract_original(...)`` does the same for what a
project archives (a file's bytes, or a WARC record) and is what ``verify`` runs again: the same
original and the same ``extraction`` give the same text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import PurePath

from desktop.sources.errors import SourceRefused, UnreadableDocument
from desktop.sources.fetch import DOCX_TYPE, HTML_TYPES, PDF_TYPE

TEXT_TYPES = ("text/plain", "text/markdown")
EMAIL_TYPE = "message/rfc822"
MIME_BY_SUFFIX = {
    ".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
    ".pdf": PDF_TYPE, ".docx": DOCX_TYPE, ".eml": EMAIL_TYPE,
    ".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
}
# What each type is extracted with by default.
DEFAULT_EXTRACTION = {
    **{t: "article" for t in HTML_TYPES}, PDF_TYPE: "pdf", DOCX_TYPE: "docx", EMAIL_TYPE: "email",
    **{t: "text" for t in TEXT_TYPES},
}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class Extraction:
    text: str
    mime: str
    extraction: str  # article, full, pdf, docx, email, text
    extractor: str  # the library and version that made the text, e.g. "trafilatura 2.3.1"
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""  # canonical address named by the page
    declared_language: str = ""
    page_starts: tuple[int, ...] = field(default=())


def mime_for_name(name: str) -> str:
    return MIME_BY_SUFFIX.get(PurePath(name).suffix.lower(), "")


def decode_text(data: bytes) -> str:
    """Plain text: a byte-order mark says the encoding, otherwise strict UTF-8 (never guessed)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding)
    return data.decode("utf-8")


def extract(data: bytes, mime: str, *, charset: str = "", extraction: str = "") -> Extraction:
    """Text and metadata of an original. Raises SourceRefused (NoArticle, UnreadableDocument ...)."""
    mode = extraction or DEFAULT_EXTRACTION.get(mime, "")
    if mime in HTML_TYPES:
        from desktop.sources.html import extract_page, extractor_version

        page = extract_page(data, charset=charset, extraction=mode)
        return Extraction(text=page.text, mime=mime, extraction=mode, extractor=extractor_version(),
                          title=page.title, author=page.author, outlet=page.outlet, published=page.published,
                          url=page.url, declared_language=page.language)
    if mime == PDF_TYPE:
        from desktop.sources.pdf import extract_pdf, extractor_version

        pdf = extract_pdf(data)
        return Extraction(text=pdf.text, mime=mime, extraction="pdf", extractor=extractor_version(),
                          title=pdf.title, author=pdf.author, published=pdf.published, page_starts=pdf.page_starts)
    if mime == DOCX_TYPE:
        from desktop.sources.word import extract_docx, extractor_version

        word = extract_docx(data)
        return Extraction(text=word.text, mime=mime, extraction="docx", extractor=extractor_version(),
                          title=word.title, author=word.author)
    if mime == EMAIL_TYPE:
        from desktop.sources.mail import extract_email

        mail = extract_email(data)
        return Extraction(text=mail.text, mime=mime, extraction="email", extractor="python email",
                          title=mail.title, author=mail.author, outlet=mail.outlet, published=mail.published)
    if mime in TEXT_TYPES:
        try:
            text = decode_text(data)
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(f"Not valid UTF-8 (byte offset {exc.start}).") from exc
        return Extraction(text=text, mime=mime, extraction="text", extractor="verbatim")
    raise SourceRefused(f"{mime or 'This type'} cannot be read as a document.")


def extract_original(data: bytes, *, kind: str, mime: str, extraction: str) -> Extraction:
    """Extract the text again from an archived original (``kind`` "file" or "warc")."""
    charset = ""
    if kind == "warc":
        from desktop.sources.warc import read_warc

        response = read_warc(data)
        data, charset = response.body, response.charset
        mime = response.mime or mime
    return extract(data, mime, charset=charset, extraction=extraction)

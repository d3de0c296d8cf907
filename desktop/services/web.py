"""Adding a web page (or a PDF or Word file on the web) by its address.

``add_url(project, url)`` checks the address is not already in the project (asked for, redirected
to, or canonical), fetches it (``desktop.sources.fetch``: timeouts, 5 redirects, a size limit, a
content-type check), archives the whole exchange as a WARC record, extracts the article and its
metadata, and stores document and original in one transaction. Any refusal is an ImportRefused
with one sentence for the user, and nothing is stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.services.documents import OriginalData, find_by_address
from desktop.services.importing import (
    Duplicate,
    FileResult,
    ImportedText,
    ImportRefused,
    _checked_date,
    _checked_language,
    extract_or_refuse,
    prepared_text,
    store_imported,
)
from desktop.sources.errors import Cancelled, SourceRefused
from desktop.storage.project import Project

if TYPE_CHECKING:
    from desktop.sources.fetch import Exchange

FORMAT_BY_MIME = {"application/pdf": "pdf", "text/plain": "text", "message/rfc822": "email",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}


class FetchRefused(ImportRefused):
    """The address could not be fetched, or what came back cannot be added."""


class FetchCancelled(FetchRefused):
    pass


def _source_name(url: str) -> str:
    parts = urlsplit(url)
    name = PurePosixPath(parts.path).name
    return name or (parts.hostname or url)


def check_not_in_project(project: Project, *urls: str) -> None:
    with project.read() as s:
        doc = find_by_address(s, *urls)
        if doc is not None:
            raise Duplicate(f"{urls[0]} is already in the project as document {doc.id} (“{doc.title}”); "
                            "it was not added again.", doc.id)


def fetch_exchange(url: str, *, progress: Callable[[int, int | None], object] | None = None,
                   cancelled: Callable[[], bool] | None = None, timeout: float | None = None,
                   max_bytes: int | None = None) -> Exchange:
    """The HTTP exchange for ``url`` (network only). Raises FetchRefused / FetchCancelled."""
    from desktop.sources import fetch as fetching

    try:
        return fetching.fetch(url, progress=progress, cancelled=cancelled,
                              timeout=fetching.TIMEOUT_SECONDS if timeout is None else timeout,
                              max_bytes=fetching.MAX_BYTES if max_bytes is None else max_bytes)
    except Cancelled as exc:
        raise FetchCancelled(str(exc)) from exc
    except SourceRefused as exc:
        raise FetchRefused(str(exc)) from exc


def prepare_exchange(exchange: Exchange, *, full_text: bool = False) -> tuple[ImportedText, tuple[str, ...]]:
    """Archive an exchange as WARC and extract its text and metadata (no project involved). Returns the
    source ready to store and every address it is known by (asked for, redirected through, fetched
    from, canonical). Raises NoArticleFound (with the full text to offer) or another ImportRefused."""
    from desktop.sources.warc import exchange_to_warc

    extraction = "full" if full_text and exchange.mime in ("text/html", "application/xhtml+xml") else ""
    found = extract_or_refuse(exchange.body, exchange.mime, charset=exchange.charset, extraction=extraction)
    original = OriginalData(
        kind="warc", data=exchange_to_warc(exchange), sha256=hashlib.sha256(exchange.body).hexdigest(),
        mime=exchange.mime, size=len(exchange.body), filename=_source_name(exchange.final_url),
        url=exchange.final_url, retrieved_at=exchange.retrieved_at, extractor=found.extractor,
        extraction=found.extraction,
    )
    fmt = FORMAT_BY_MIME.get(exchange.mime, "html")
    doc = prepared_text(found, source_name=_source_name(exchange.final_url), fmt=fmt, original=original,
                        url=exchange.final_url)
    known = tuple(dict.fromkeys((exchange.url, *exchange.redirects, exchange.final_url, found.url)))
    return doc, tuple(u for u in known if u)


def fetch_page(url: str, *, full_text: bool = False, progress: Callable[[int, int | None], object] | None = None,
               cancelled: Callable[[], bool] | None = None, timeout: float | None = None,
               max_bytes: int | None = None) -> tuple[ImportedText, tuple[str, ...]]:
    """Fetch, archive and extract one address (no project involved)."""
    exchange = fetch_exchange(url, progress=progress, cancelled=cancelled, timeout=timeout, max_bytes=max_bytes)
    if cancelled is not None and cancelled():
        raise FetchCancelled("Cancelled: nothing was added.")
    return prepare_exchange(exchange, full_text=full_text)


def store_page(project: Project, doc: ImportedText, known: tuple[str, ...], *, language: str | None = None,
               title: str | None = None, outlet: str | None = None, published: str | None = None,
               label: str | None = None, author_id: int | None = None) -> FileResult:
    """Add a fetched page (``prepare_exchange``) to the project, unless one of its addresses is there."""
    check_not_in_project(project, *known)
    outcome, stored, source = store_imported(
        project, doc, language=language, title=title, outlet=outlet, published=published, label=label,
        author_id=author_id, also_known_as=known, retrieved_at=doc.original.retrieved_at if doc.original else "",
    )
    return FileResult(known[0] if known else doc.url, document_id=outcome.value, language=stored,
                      language_source=source)


def add_url(
    project: Project, url: str, *, full_text: bool = False, language: str | None = None,
    title: str | None = None, outlet: str | None = None, published: str | None = None,
    label: str | None = None, author_id: int | None = None,
    progress: Callable[[int, int | None], object] | None = None, cancelled: Callable[[], bool] | None = None,
) -> FileResult:
    """Fetch ``url`` and add it as a document. Raises ImportRefused (nothing stored) when it cannot."""
    lang = _checked_language(language) if language is not None else None
    pub = _checked_date(published) if published is not None else None
    url = url.strip()
    check_not_in_project(project, url)
    doc, known = fetch_page(url, full_text=full_text, progress=progress, cancelled=cancelled)
    result = store_page(project, doc, known, language=lang, title=title, outlet=outlet, published=pub,
                        label=label, author_id=author_id)
    return FileResult(url, document_id=result.document_id, language=result.language,
                      language_source=result.language_source)


def is_address(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))

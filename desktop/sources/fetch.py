"""Fetching one web address with httpx: timeouts, at most 5 redirects, a size limit, a content-type check.

``fetch(url)`` returns the whole exchange (``Exchange``): what was asked, what came back (status,
headers, body), where it finally came from and when. Anything else is a ``SourceRefused`` with one
sentence for the user: a bad address, a timeout, a body still arriving after ``MAX_SECONDS``, a TLS failure, an HTTP error, a redirect loop, a
type we do not read, a body over the limit, or a cancel.

The request asks for ``Accept-Encoding: identity`` so the body is kept as sent. When a server
compresses anyway, or sends it in chunks, the body is kept decoded and the archived headers say so
(``X-Archive-Decoded``, with the decoded length as ``Content-Length``).
"""

from __future__ import annotations

import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop import __version__
from desktop.sources.errors import Cancelled, FetchFailed, TooLarge, WrongContentType

if TYPE_CHECKING:
    import httpx

MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 20.0  # for each step: connecting, and every read
MAX_SECONDS = 120.0  # for the whole body: a server may send a byte every few seconds, for ever
USER_AGENT = f"EvidenceDesk/{__version__} (+research notebook; archives what it reads)"

# The types a fetched address may have, and what they are called.
HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ACCEPTED_TYPES = (*HTML_TYPES, PDF_TYPE, DOCX_TYPE, "text/plain", "message/rfc822")
ACCEPT_HEADER = "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,*/*;q=0.1"

Progress = Callable[[int, int | None], object]  # (bytes read, bytes expected or None)


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange, as archived in a WARC record."""

    url: str  # the address asked for
    final_url: str  # where the body came from, after redirects
    method: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str
    response_headers: tuple[tuple[str, str], ...]
    body: bytes
    retrieved_at: str  # ISO-8601 UTC, when the response arrived
    mime: str  # the response's media type, lower case, without parameters
    charset: str = ""  # from the Content-Type header, if any
    redirects: tuple[str, ...] = field(default=())  # the addresses passed through


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_address(url: str) -> str:
    """The address, trimmed; refused unless it is an http(s) address with a host."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (read for its check: "Port out of range 0-65535")
    except ValueError as exc:  # "Invalid IPv6 URL": a bracket left open
        raise FetchFailed(f"“{url}” is not a valid web address: {exc}.") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchFailed(f"“{url}” is not a web address (it must start with http:// or https://).")
    return url


def media_type(content_type: str) -> tuple[str, str]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    mime, _, params = content_type.partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    return mime.strip().lower(), charset


def fetch(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES,
    accepted: tuple[str, ...] = ACCEPTED_TYPES, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Exchange:
    """GET ``url`` and return the exchange. Raises SourceRefused with a message for the user."""
    import httpx

    url = check_address(url)
    host = urlsplit(url).hostname or url
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT_HEADER, "Accept-Encoding": "identity"}
    deadline = time.monotonic() + MAX_SECONDS
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers=headers, trust_env=False) as client:
            with client.stream("GET", url) as response:
                return _read(url, response, max_bytes, accepted, progress, cancelled, deadline)
    except httpx.TooManyRedirects as exc:
        raise FetchFailed(f"{url} redirects more than {MAX_REDIRECTS} times (or in a loop): "
                          "nothing was added.") from exc
    except httpx.TimeoutException as exc:
        raise FetchFailed(f"{host} did not answer within {timeout:g} seconds: nothing was added.") from exc
    except httpx.ConnectError as exc:
        if _is_tls_error(exc):
            raise FetchFailed(f"The secure connection to {host} failed ({_tls_reason(exc)}): "
                              "nothing was added.") from exc
        raise FetchFailed(f"Cannot connect to {host} ({_reason(exc)}): nothing was added.") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchFailed(f"“{url}” is not a web address (it must start with http:// or https://).") from exc
    except httpx.InvalidURL as exc:
        raise FetchFailed(f"“{url}” is not a valid web address: {exc}.") from exc
    except httpx.HTTPError as exc:
        raise FetchFailed(f"Fetching {url} failed ({_reason(exc)}): nothing was added.") from exc


def _read(url: str, response: httpx.Response, max_bytes: int, accepted: tuple[str, ...],
          progress: Progress | None, cancelled: Callable[[], bool] | None, deadline: float) -> Exchange:
    final_url = str(response.url)
    if response.status_code >= 400:
        raise FetchFailed(f"The server answered {response.status_code} {response.reason_phrase} for "
                          f"{final_url}: nothing was added.")
    if response.status_code != 200:
        raise FetchFailed(f"The server answered {response.status_code} {response.reason_phrase} for "
                          f"{final_url}, not a page: nothing was added.")
    mime, charset = media_type(response.headers.get("content-type", ""))
    if mime not in accepted:
        if not mime:
            raise WrongContentType(f"{final_url} came without a content type, so it cannot be told to be a web page, "
                                   "PDF, Word document or text: nothing was added.")
        raise WrongContentType(f"{final_url} is {mime}, not a web page, PDF, Word document or text: "
                               "nothing was added.")
    declared = response.headers.get("content-length")
    expected = int(declared) if declared and declared.isdigit() else None
    if expected is not None and expected > max_bytes:
        raise TooLarge(_too_large(final_url, expected, max_bytes))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if cancelled is not None and cancelled():
            raise Cancelled()
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(_too_large(final_url, size, max_bytes, at_least=True))
        if time.monotonic() > deadline:
            raise FetchFailed(f"{final_url} did not arrive in full within {MAX_SECONDS:g} seconds ({size:,} bytes "
                              "came, and more was still coming): nothing was added.")
        chunks.append(chunk)
        if progress is not None:
            progress(size, expected)
    if cancelled is not None and cancelled():
        raise Cancelled()
    request = response.request
    response_headers = [(k, v) for k, v in response.headers.multi_items()]
    # The body is kept decoded (no chunked framing, no compression): the archived headers say so, so a
    # WARC reader does not try to decode it again.
    decoded = [v.strip().lower() for k, v in response_headers if k.lower() in ("transfer-encoding", "content-encoding")
               and v.strip().lower() != "identity"]
    if decoded:
        response_headers = [(k, v) for k, v in response_headers
                            if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        response_headers += [("Content-Length", str(size)), ("X-Archive-Decoded", ", ".join(decoded))]
    return Exchange(
        url=url, final_url=final_url, method=request.method,
        request_headers=tuple((k, v) for k, v in request.headers.multi_items()),
        status=response.status_code, reason=response.reason_phrase or "",
        http_version=response.http_version or "HTTP/1.1", response_headers=tuple(response_headers),
        body=b"".join(chunks), retrieved_at=now_utc(), mime=mime, charset=charset,
        redirects=tuple(str(r.url) for r in response.history),
    )


def _too_large(url: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"{url} is too large: {more}{size:,} bytes, over the {limit / (1024 * 1024):g} MB limit: "
            "nothing was added.")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield link
        link = link.__cause__ or link.__context__


def _is_tls_error(exc: BaseException) -> bool:
    return any(isinstance(e, ssl.SSLError) for e in _chain(exc)) or "SSL" in str(exc) or "CERTIFICATE" in str(exc)


def _tls_reason(exc: BaseException) -> str:
    for e in _chain(exc):
        if isinstance(e, ssl.SSLCertVerificationError):
            return e.verify_message or "the certificate could not be verified"
        if isinstance(e, ssl.SSLError):
            return e.reason or "TLS error"
    return _reason(exc)


def _reason(exc: BaseException) -> str:
    text = re.sub(r"bytearray\(b'(.*?)'\)", r"“\1”", str(exc).strip())  # h11's "illegal status line: bytearray(b'…')"
    for e in _chain(exc):
        if isinstance(e, OSError) and e.strerror:
            return e.strerror
    return text or type(exc).__name__

"""The HTTP exchange as WARC 1.1 records (warcio): warcinfo, response and request, digests in SHA-256.

``exchange_to_warc(exchange)`` gives the gzip-compressed bytes stored as a document's original;
``read_warc(data)`` gives back the response (target URI, date, content type, body) for extraction and
verification. Record dates are the retrieval time, so the archive says when the page was captured.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop import __version__
from desktop.sources.errors import UnreadableDocument
from desktop.sources.fetch import Exchange, media_type

WARC_MIME = "application/warc"


@dataclass(frozen=True)
class ArchivedResponse:
    url: str
    retrieved_at: str
    status: int
    mime: str
    charset: str
    body: bytes
    payload_digest: str  # as written in the record: "sha256:<base32>"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def _writer(buffer: io.BytesIO) -> Any:  # a warcio WARCWriter (warcio ships no type information)
    from warcio.utils import Digester
    from warcio.warcwriter import WARCWriter

    class _Sha256Writer(WARCWriter):
        @staticmethod
        def _create_digester() -> Any:
            return Digester("sha256")

    return _Sha256Writer(buffer, gzip=True, warc_version="WARC/1.1")


def exchange_to_warc(exchange: Exchange) -> bytes:
    """warcinfo + response + request records, gzip-compressed, one member per record."""
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = _writer(buffer)
    date = exchange.retrieved_at
    info = writer.create_warcinfo_record(
        "evidence-desk.warc.gz",
        {"software": f"Evidence Desk {__version__} (warcio)", "format": "WARC File Format 1.1",
         "description": f"Captured {exchange.url}" + (f" via {', '.join(exchange.redirects)}"
                                                       if exchange.redirects else "")},
    )
    info.rec_headers.replace_header("WARC-Date", date)
    writer.write_record(info)

    http_version = exchange.http_version if exchange.http_version.startswith("HTTP/") else "HTTP/1.1"
    status_line = f"{exchange.status} {exchange.reason}".strip()
    response_headers = StatusAndHeaders(status_line, list(exchange.response_headers), protocol=http_version)
    response = writer.create_warc_record(
        exchange.final_url, "response", payload=io.BytesIO(exchange.body), http_headers=response_headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(response)

    parts = urlsplit(exchange.final_url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    request_headers = StatusAndHeaders(f"{exchange.method} {target} {http_version}", list(exchange.request_headers),
                                       is_http_request=True)
    request = writer.create_warc_record(
        exchange.final_url, "request", payload=io.BytesIO(b""), http_headers=request_headers,
        warc_headers_dict={"WARC-Date": date,
                           "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    writer.write_record(request)
    return buffer.getvalue()


def read_warc(data: bytes) -> ArchivedResponse:
    """The response record of an archived exchange."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            body = record.content_stream().read()
            mime, charset = media_type(record.http_headers.get_header("Content-Type") or "")
            status = int(record.http_headers.get_statuscode() or "0")
            return ArchivedResponse(
                url=record.rec_headers.get_header("WARC-Target-URI") or "",
                retrieved_at=record.rec_headers.get_header("WARC-Date") or "",
                status=status, mime=mime, charset=charset, body=body,
                payload_digest=record.rec_headers.get_header("WARC-Payload-Digest") or "",
            )
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        raise UnreadableDocument(f"The archived WARC record cannot be read: {exc}") from exc
    raise UnreadableDocument("The WARC archive holds no response record.")

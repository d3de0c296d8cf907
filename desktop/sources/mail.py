"""An e-mail (.eml bytes) -> its body text; sender, date and subject become metadata (stdlib email)."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from desktop.sources.errors import UnreadableDocument


@dataclass(frozen=True)
class MailText:
    text: str
    title: str  # the subject
    author: str  # "Name <address>"
    outlet: str  # the sender's domain
    published: str  # YYYY-MM-DD of the Date header, or ""


def extract_email(data: bytes) -> MailText:
    from desktop.domain.extract import extract_html

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:
        raise UnreadableDocument(f"This e-mail cannot be read ({exc}).") from exc
    if not (message.get("From") or message.get("Subject") or message.get("Date")):
        raise UnreadableDocument("This is not an e-mail (no From, Subject or Date header).")
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, UnicodeError, ValueError) as exc:
            raise UnreadableDocument(f"The e-mail's text cannot be decoded ({exc}).") from exc
        if body.get_content_type() == "text/html":
            content = extract_html(content).text
        text = content.replace("\r\n", "\n").strip()
    if not text:
        raise UnreadableDocument("This e-mail has no text body.")
    sender = message.get("From")
    author, outlet = "", ""
    if sender is not None:
        author = " ".join(str(sender).split())
        addresses: tuple[Address, ...] = getattr(sender, "addresses", ())
        if addresses:
            outlet = addresses[0].domain or ""
    published = ""
    if message.get("Date"):
        try:
            published = parsedate_to_datetime(str(message["Date"])).date().isoformat()
        except (TypeError, ValueError, IndexError):
            published = ""
    return MailText(text=text, title=" ".join(str(message.get("Subject", "")).split()), author=author,
                    outlet=outlet, published=published)

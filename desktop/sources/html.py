"""A web page (bytes) -> its article text and metadata, with trafilatura (+ htmldate for dates).

Reproducible: the same bytes give the same text. The settings are fixed here (no deduplication
cache, no comments, tables kept) and the text does not depend on the address the page came from.

``extraction="article"`` keeps the article only (no navigation, cookie banner, related links);
``extraction="full"`` keeps every visible word of the page (``desktop.domain.extract``), offered when
no article is found.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.sources.errors import EmptySource, NoArticle

if TYPE_CHECKING:
    from configparser import ConfigParser

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")  # CJK, kana, hangul
# An article has at least one paragraph this long (a CJK character counts three: it says more).
MIN_PARAGRAPH_WEIGHT = 80
# trafilatura's settings, fixed: the same page always gives the same text. Its default minimum of
# 250 characters sends short CJK articles (dense: no spaces) to a fallback that joins the lines.
TRAFILATURA_SETTINGS = {"MIN_EXTRACTED_SIZE": "50", "MIN_OUTPUT_SIZE": "1", "EXTRACTION_TIMEOUT": "0",
                        "MIN_DUPLCHECK_SIZE": "100", "MAX_REPETITIONS": "2"}


@dataclass(frozen=True)
class PageText:
    text: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: str = ""  # YYYY-MM-DD or ""
    url: str = ""  # the page's canonical address, if it names one
    language: str = ""  # what the page declares (<html lang>), primary subtag


def extractor_version() -> str:
    from importlib.metadata import version

    return f"trafilatura {version('trafilatura')}"


def decode_html(data: bytes, charset: str = "") -> str:
    """Bytes -> text: a byte-order mark, then the HTTP charset, then <meta charset>, then UTF-8."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    candidates = [charset] if charset else []
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        candidates.append(declared.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _iso_date(value: str | None) -> str:
    match = _DATE.match(value or "")
    return match.group(1) if match else ""


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def extract_page(data: bytes, *, charset: str = "", extraction: str = "article") -> PageText:
    """The text and metadata of an HTML page. Raises NoArticle (with the full text to offer)."""
    from desktop.domain.extract import extract_html

    html = decode_html(data, charset)
    if not html.strip():
        raise EmptySource("The page is empty: there is no text to add.")
    full = extract_html(html)  # visible text and the page's own <meta>, standard library only
    meta = _metadata(html)
    title = _clean(meta.get("title")) or full.title
    fields = {
        "title": title,
        "author": _clean(meta.get("author")) or full.author,
        "outlet": _clean(meta.get("sitename")) or full.outlet,
        "published": _iso_date(meta.get("date")) or full.published,
        "url": full.url or _clean(meta.get("url")),  # <link rel="canonical"> first, then og:url
        "language": full.language,
    }
    if not full.text.strip():
        raise EmptySource("The page has no visible text (only markup, scripts or styles).")
    if extraction == "full":
        return PageText(text=full.text, **fields)
    text = article_text(html)
    if not has_article(text):
        raise NoArticle("No article was found on this page (it may be a home page, a list or an app). "
                        "Its full text can be added instead.", full.text)
    return PageText(text=text, **fields)


def has_article(text: str) -> bool:
    """At least one real paragraph, not only menu items, teaser titles and links."""
    return any(len(line) + 2 * len(_WIDE.findall(line)) >= MIN_PARAGRAPH_WEIGHT for line in text.splitlines())


def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    for key, value in TRAFILATURA_SETTINGS.items():
        config.set("DEFAULT", key, value)
    return config


def article_text(html: str) -> str:
    """trafilatura's article text, with fixed settings so the same page always gives the same text."""
    import trafilatura

    text = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=True, include_images=False,
        include_links=False, include_formatting=False, deduplicate=False, with_metadata=False,
        favor_precision=False, favor_recall=False, config=_config(),
    )
    return (text or "").strip()


def _metadata(html: str) -> dict[str, str]:
    """Title, author, site name, date and canonical URL (JSON-LD, Open Graph, <meta>, htmldate)."""
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(html)
    except Exception:
        return {}
    if found is None:
        return {}
    data = found.as_dict() if hasattr(found, "as_dict") else dict(vars(found))
    return {k: v for k, v in data.items() if isinstance(v, str)}

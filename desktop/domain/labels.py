"""Short source labels ("FT 2025-07-15"): shown wherever sources are listed, cited or charted.

A document's label is stored with it (made at import from its metadata, editable by the analyst).
A document without one (made before labels existed) falls back to the seed file's number ("000")
or "D<id>".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from desktop.domain.limits import LABEL

MAX_LABEL = LABEL  # the one table of field limits: desktop.domain.limits
SHORT_OUTLET = 16  # an outlet name this short is shown whole ("Reuters", "Le Monde")
_LEADING_DIGITS = re.compile(r"\d+")
_ARTICLES = frozenset({"the", "il", "lo", "la", "le", "les", "el", "los", "las", "der", "die", "das", "o", "a",
                       "os", "as", "of", "de", "di", "del", "della", "du", "des", "and", "&"})


def document_label(document_id: int, source_name: str | None, label: str | None = None) -> str:
    """The stored label; else the seed file's number ("000"); else "D<id>"."""
    if label and label.strip():
        return label.strip()
    digits = _LEADING_DIGITS.match(source_name or "")
    return digits.group(0) if digits else f"D{document_id}"


def outlet_short_name(outlet: str) -> str:
    """ "Financial Times" -> "FT", "The New York Times" -> "NYT", "Reuters" -> "Reuters"."""
    name = re.split(r"\s[(\[|–—-]\s?|\s[|·]\s|[(\[]", outlet.strip(), maxsplit=1)[0].strip(" ,;:")
    words = name.split()
    if not words:
        return ""
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in _ARTICLES]
    if len(words) >= 2 and len(capitals) >= 2 and all(w[:1].isalpha() for w in capitals):
        return "".join(w[0] for w in capitals)
    if len(name) <= SHORT_OUTLET:
        return name
    return words[0][:SHORT_OUTLET]


def suggest_label(*, outlet: str = "", published: str = "", url: str = "", author: str = "",
                  title: str = "") -> str:
    """A label made from what is known about a source: "<outlet> <date>" (or host, author, title)."""
    name = outlet_short_name(outlet)
    if not name and url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        name = host
    if not name and author:
        name = author.split("<")[0].strip().split()[-1] if author.split("<")[0].strip() else author.strip()
    if not name and title:
        name = " ".join(title.split()[:3])[:24]
    parts = [p for p in (name, published[:10]) if p]
    return " ".join(parts)[:MAX_LABEL].strip()


def unique_label(label: str, taken: Iterable[str]) -> str:
    """``label``, or "label (2)", "label (3)" ... when another source already has it."""
    used = {t.casefold() for t in taken if t}
    if label.casefold() not in used:
        return label
    n = 2
    while f"{label} ({n})".casefold() in used:
        n += 1
    return f"{label} ({n})"

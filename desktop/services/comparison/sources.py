"""How the summaries name a source: well-known outlets shortened ("WSJ"), and a figure's source tag
("000, via WSJ")."""

from __future__ import annotations

import re

from desktop.domain.text_matching import fold
from desktop.i18n import Context

Comparison = Context("Comparison")

# How the summaries name well-known outlets and agencies.
KNOWN_SOURCES = {
    "wall street journal": "WSJ", "financial times": "FT", "new york times": "NYT",
    "washington post": "WaPo", "associated press": "AP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "reuters": "Reuters", "the information": "The Information", "cnbc": "CNBC", "bbc": "BBC",
}


def short_source(name: str) -> str:
    """"Wall Street Journal" -> "WSJ"; names not in ``KNOWN_SOURCES`` stay as they are."""
    key = fold(name).removeprefix("the ").strip(" .")
    return KNOWN_SOURCES.get(key, KNOWN_SOURCES.get(f"the {key}", name.strip()))


def outlet_hint(outlet: str | None) -> str | None:
    """A short outlet name from a document's outlet note, when the note starts with one.

    "Financial Times, machine-translated into Italian (...)" -> "FT"; "Cryptopolitan (inferred...)"
    -> "Cryptopolitan"; a description such as "Unnamed French-language AI blog" -> None.
    """
    lead = re.split(r"[(,;:]| [-–—] ", outlet or "", maxsplit=1)[0].strip()
    if not lead:
        return None
    known = short_source(lead)
    if known != lead:
        return known
    if " " not in lead and lead[:1].isupper():
        return lead
    return None


def source_tag(document_label: str, attributed_to: str | None, outlet: str) -> str:
    """"000, via WSJ" for a figure the source attributes to someone else, "004, FT" when the
    attribution is the document's own outlet, plain "003" when the figure carries no attribution."""
    if not attributed_to:
        return document_label
    via = short_source(attributed_to)
    if via == outlet_hint(outlet):
        return f"{document_label}, {via}"
    return Comparison.tr("{source}, via {attribution}").format(source=document_label, attribution=via)

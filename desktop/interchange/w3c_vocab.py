"""The names both sides of the W3C exchange agree on: the JSON-LD context, our ``ed:`` prefix and URNs."""

from __future__ import annotations

from typing import Protocol

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"ed": "urn:evidence-desk:vocab#"}]

UUID_URN = "urn:uuid:"
SHA256_URN = "urn:sha256:"
ANNOTATOR_URN = "urn:evidence-desk:annotator:"
ENTITY_URN = "urn:evidence-desk:entity:"
MEASURE_URN = "urn:evidence-desk:measure:"
PROPOSITION_URN = "urn:evidence-desk:proposition:"

KINDS = ("entity", "figure", "claim")
QUOTE_CONTEXT = 32  # prefix / suffix: up to 32 code points


class DocumentRef(Protocol):
    """What an exporter needs of a document (``DocumentSummary`` and ``DocumentRecord`` both fit)."""

    @property
    def url(self) -> str: ...

    @property
    def sha256(self) -> str: ...

    @property
    def label(self) -> str: ...  # the short source label ("FT 2025-07-15", "D7")


def document_iri(url: str, sha256: str) -> str:
    """A document's IRI: its URL where it has one, otherwise urn:sha256 of its UTF-8 text."""
    return url.strip() or f"{SHA256_URN}{sha256}"

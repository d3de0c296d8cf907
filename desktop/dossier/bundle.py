"""The evidence bundle: a ZIP anyone can check without Evidence Desk's project.

It holds:
- ``dossier.html``, ``dossier.pdf`` and ``dossier.json``;
- ``texts/<id>.txt``: every stored text (UTF-8), the text all offsets refer to;
- ``originals/...``: every archived original (a file as read, or the WARC record of a fetched page);
- ``manifest.json`` in RFC 8785 canonical JSON: the SHA-256 of every file and of every stored text,
  and for each document how its text was extracted from its original.

``evidence-desk verify bundle.zip`` (``desktop.dossier.verify``) checks all of it.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from desktop.dossier.build import original_file_name
from desktop.dossier.json_render import render_json
from desktop.dossier.model import Dossier
from desktop.storage.project import Project

FORMAT = "evidence-desk-bundle/1"
MANIFEST = "manifest.json"
# A fixed time for every member, so the same dossier gives the same ZIP.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BundleSource:
    """What the bundle needs of one document beyond the dossier: its text and its archived original."""

    document_id: int
    text: str
    original: bytes | None  # None: the document was added before originals were kept


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_file_name(document_id: int) -> str:
    return f"texts/{document_id}.txt"


def build_bundle(dossier: Dossier, html: str, pdf: bytes, sources: dict[int, BundleSource]) -> bytes:
    """The bundle as ZIP bytes."""
    import rfc8785

    files: dict[str, bytes] = {
        "dossier.html": html.encode("utf-8"),
        "dossier.pdf": pdf,
        "dossier.json": render_json(dossier).encode("utf-8"),
    }
    documents = []
    for source in dossier.sources:
        stored = sources[source.document_id]
        text_bytes = stored.text.encode("utf-8")
        text_name = text_file_name(source.document_id)
        files[text_name] = text_bytes
        original_name = ""
        if stored.original is not None:
            original_name = original_file_name(source)
            if original_name:
                files[original_name] = stored.original
        documents.append({
            "document_id": source.document_id, "label": source.label, "title": source.title,
            "url": source.url, "text": text_name, "text_sha256": sha256(text_bytes),
            "characters": len(stored.text), "original": original_name,
            "original_sha256": source.original_sha256, "original_type": source.original_type,
            "original_kind": source.original_kind, "retrieved_at": source.retrieved_at,
            "extraction": source.extraction, "extractor": source.extractor,
            "page_starts": list(source.page_starts),
        })
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "title": dossier.title,
        "generated_at": dossier.generated_at,
        "files": {name: sha256(data) for name, data in sorted(files.items())},
        "documents": documents,
        "canonical_json": "RFC 8785",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST, rfc8785.dumps(manifest)), *sorted(files.items())]:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()


def bundle_sources(project: Project, dossier: Dossier) -> dict[int, BundleSource]:
    """The stored text and archived original of every source the dossier cites, read from the project."""
    from desktop.services.documents import document_text, get_original

    sources = {}
    for source in dossier.sources:
        original = get_original(project, source.document_id)
        sources[source.document_id] = BundleSource(source.document_id, document_text(project, source.document_id),
                                                   original.data if original is not None else None)
    return sources

"""W3C export and import of a project: read through services, convert with the pure writer/reader, write safely.

- ``export_w3c`` writes the whole file or nothing (temporary file + rename);
- ``import_w3c`` refuses a file over the size limit before reading it, refuses malformed or foreign JSON with
  one message, and applies everything else in ONE transaction (``services.exchange.apply_import``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.interchange.files import MAX_IMPORT_BYTES, read_limited, write_atomically
from desktop.interchange.w3c_export import annotation_collection, dumps
from desktop.interchange.w3c_import import W3CImportError, parse_w3c
from desktop.services.authors import find_author
from desktop.services.changes import Outcome
from desktop.services.documents import list_documents
from desktop.services.exchange import ImportReport, apply_import, export_label, list_reviews
from desktop.services.queries import list_annotations

if TYPE_CHECKING:
    from desktop.storage.project import Project


def w3c_collection(project: Project, *, author: str | None = None) -> dict[str, Any]:
    """The collection; ``author`` (key or unique name) keeps only that analyst's annotations and their reviews."""
    author_id = find_author(project, author).id if author else None
    annotations = list_annotations(project, author_id=author_id)
    documents = {d.id: d for d in list_documents(project)}
    reviews = list_reviews(project, {a.id for a in annotations})
    return annotation_collection(export_label(project), annotations, documents, reviews)


def export_w3c_text(project: Project, *, author: str | None = None) -> str:
    return dumps(w3c_collection(project, author=author))


def export_w3c(project: Project, out: str | Path, *, author: str | None = None) -> int:
    """Write the collection to ``out`` (all or nothing); returns how many items it holds."""
    collection = w3c_collection(project, author=author)
    write_atomically(out, dumps(collection).encode("utf-8"))
    return int(collection["total"])


def import_w3c_text(project: Project, text: str, *, as_kind: str | None = None) -> Outcome[ImportReport]:
    parsed = parse_w3c(text, as_kind=as_kind)
    return apply_import(project, parsed.annotations, parsed.reviews, parsed.skipped)


def import_w3c(project: Project, path: str | Path, *, as_kind: str | None = None,
               max_bytes: int = MAX_IMPORT_BYTES) -> Outcome[ImportReport]:
    path = Path(path)
    text = read_limited(path, max_bytes)
    try:
        parsed = parse_w3c(text, as_kind=as_kind)
    except W3CImportError as exc:
        raise W3CImportError(f"{path.name}: {exc}; nothing was imported") from exc
    return apply_import(project, parsed.annotations, parsed.reviews, parsed.skipped)

"""W3C export and import of a project: read through services, convert with the pure writer/reader, write safely.

- ``export_w3c`` writes the whole file or nothing (temporary file + rename);
- ``import_w3c`` refuses a file over the size limit before reading it, reads it as a stream (``w3c_stream``),
  refuses malformed or foreign JSON with one message, and applies everything else in ONE transaction
  (``services.exchange.apply_import``), batch by batch as the items arrive.

Exporting FOR A COLLEAGUE (File > Export for a Colleague…, ``annotations export``) passes
``mark_exchanged=True``: once the file is written (or the stream written and flushed, ``write_w3c``), every exported annotation's ``exchanged_modified`` becomes
the ``modified`` it was exported with (one transaction), so the next import from that colleague can tell
"they changed it", "you changed it" and "you both changed it" (a conflict) apart. Exports that are not an
exchange (the dossier, a CSV, a REFI-QDA project, ``w3c_collection`` itself) mark nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop.interchange.files import MAX_IMPORT_BYTES
from desktop.interchange.w3c_export import annotation_collection, dumps, write_collection
from desktop.quiet_gc import let_go, no_cycle_collection
from desktop.services.authors import find_author
from desktop.services.documents import list_documents
from desktop.services.files import atomic_stream
from desktop.services.queries import AnnotationView, list_annotations
from desktop.services.read_models import export_label, list_reviews

if TYPE_CHECKING:  # the reading side (and the figure parser it needs) is imported by the imports only
    from desktop.services.changes import Outcome
    from desktop.services.incoming import IncomingDocument
    from desktop.services.merge_report import MergeReport
    from desktop.services.progress import Progress
    from desktop.storage.project import Project


def w3c_collection(project: Project, *, author: str | None = None) -> dict[str, Any]:
    """The collection; ``author`` (key or unique name) keeps only that analyst's annotations and their reviews."""
    return _collection(project, author)[0]


def _collection(project: Project, author: str | None) -> tuple[dict[str, Any], list[AnnotationView]]:
    author_id = find_author(project, author).id if author else None
    annotations = list_annotations(project, author_id=author_id)
    documents = {d.id: d for d in list_documents(project)}
    return annotation_collection(export_label(project), annotations, documents, _reviews(project, annotations)), annotations


def _reviews(project: Project, annotations: Sequence[AnnotationView]) -> list[Any]:
    """The reviews of ``annotations``: all reviews read at once and kept in Python (naming 50,000 ids in the
    query would cost more than reading every review)."""
    ids = {a.id for a in annotations}
    return [r for r in list_reviews(project) if r.annotation_id in ids]


def _mark(project: Project, annotations: Sequence[AnnotationView], author_id: int | None, label: str) -> None:
    from desktop.services.exchange import mark_exchanged as record_exchange

    record_exchange(project, {a.id: a.modified for a in annotations}, author_id=author_id, label=label)


def export_w3c_text(project: Project, *, author: str | None = None) -> str:
    """The collection as JSON text. It marks nothing: to send it to a colleague, use ``write_w3c`` (a stream)
    or ``export_w3c`` (a file), which mark the exchange only once the text is out."""
    return dumps(_collection(project, author)[0])


def _parts(project: Project, author: str | None) -> tuple[str, list[AnnotationView], dict[int, Any], list[Any]]:
    author_id = find_author(project, author).id if author else None
    annotations = list_annotations(project, author_id=author_id)
    documents = {d.id: d for d in list_documents(project)}
    return export_label(project), annotations, documents, _reviews(project, annotations)


def write_w3c(project: Project, stream: BinaryIO, *, author: str | None = None, mark_exchanged: bool = False,
              exchanged_by: int | None = None, label: str = "standard output",
              progress: Progress | None = None) -> int:
    """Write the collection to a binary ``stream`` (standard output), item by item, and flush it; returns
    how many items.

    ``mark_exchanged``: marked only after the write and the flush succeeded. If the stream fails (a broken
    pipe, a full disk) the ``OSError`` propagates and nothing is recorded, so the next import from the
    colleague is not judged against a file they never received.
    """
    with no_cycle_collection():  # see export_w3c
        name, annotations, documents, reviews = _parts(project, author)
        count = write_collection(stream, name, annotations, documents, reviews, _items(progress))
        stream.flush()
        if mark_exchanged:
            _mark(project, annotations, exchanged_by, label)
        let_go(annotations)
    return count


def export_w3c(project: Project, out: str | Path, *, author: str | None = None, mark_exchanged: bool = False,
               exchanged_by: int | None = None, progress: Progress | None = None) -> int:
    """Write the collection to ``out`` (all or nothing: written item by item into a staged file beside it,
    renamed when complete; a failure or a cancel from ``progress`` leaves no file and no ``.part``);
    returns how many items it holds.

    ``mark_exchanged``: an export for a colleague; once the file is written, the exported annotations are
    marked as exchanged (``exchanged_by`` is the author the journal names).
    """
    # In the window this runs in a worker thread: the cycle collector, walking a desk's rows (over 0.1 s, the
    # GIL held), and freeing them all at once would each stop the window's event loop (desktop.quiet_gc).
    with no_cycle_collection():
        name, annotations, documents, reviews = _parts(project, author)
        with atomic_stream(out) as fh:
            count = write_collection(fh, name, annotations, documents, reviews, _items(progress))
        if mark_exchanged:
            _mark(project, annotations, exchanged_by, Path(out).name)
        let_go(annotations)
    return count


def _items(progress: Progress | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, "annotations")


def import_w3c_text(project: Project, text: str, *, as_kind: str | None = None,
                    documents: Sequence[IncomingDocument] = (),
                    progress: Progress | None = None) -> Outcome[MergeReport]:
    """Import a collection given as text; ``documents`` (added first, by SHA-256) travel in the same transaction."""
    from desktop.interchange.w3c_import import parse_w3c
    from desktop.services.exchange import apply_import

    parsed = parse_w3c(text, as_kind=as_kind)
    return apply_import(project, parsed.annotations, parsed.reviews, parsed.skipped, documents, progress=progress)


def import_w3c(project: Project, path: str | Path, *, as_kind: str | None = None,
               max_bytes: int = MAX_IMPORT_BYTES, progress: Progress | None = None) -> Outcome[MergeReport]:
    """Import a W3C JSON-LD file (a colleague's file of any kind: ``desktop.interchange.colleague``), read as a
    stream (``w3c_stream``): memory stays bounded however large the file is."""
    from desktop.interchange.w3c_import import W3CImportError
    from desktop.interchange.w3c_stream import W3CItems
    from desktop.services.exchange import apply_import

    path = Path(path)
    items = W3CItems(path, as_kind=as_kind, max_bytes=max_bytes)
    try:
        return apply_import(project, items, items.reviews, items.skipped, progress=progress)
    except W3CImportError as exc:
        raise W3CImportError(f"{path.name}: {exc}; nothing was imported") from exc

"""Batch search: a list of names or phrases, one per line, against every document (ICIJ Datashare's
"batch search"), with the results as a term × document table of hit counts and as CSV."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from desktop.domain.labels import document_label
from desktop.domain.search_query import QueryError, batch_term, to_text
from desktop.i18n import Context
from desktop.services.files import staged_file, sync_folder, target_path
from desktop.services.search.engine import document_info, term_hits
from desktop.services.search.model import NO_FILTERS, BatchDocument, BatchResult, BatchRow, SearchFilters
from desktop.storage.models import Document
from desktop.storage.project import Project

Search = Context("Search")

MAX_TERMS = 5000
MAX_LIST_BYTES = 10 * 1024 * 1024


class ListFileError(ValueError):
    """A list of names that cannot be read; the message is for the user."""


def read_terms(text: str) -> list[str]:
    """The lines of a pasted or loaded list that hold something (blank lines and duplicates dropped)."""
    seen: set[str] = set()
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip().lstrip("\ufeff")
        if line and line not in seen:
            seen.add(line)
            lines.append(line)
    return lines


def read_terms_file(path: str | Path) -> list[str]:
    """The names in a text file, one per line (UTF-8, a BOM allowed). Raises ListFileError."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ListFileError(Search.tr("{path} is a folder, not a list of names.").format(path=path))
        if path.stat().st_size > MAX_LIST_BYTES:
            raise ListFileError(Search.tr("{name} is over {size} MB: not a list of names.").format(
                name=path.name, size=MAX_LIST_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise ListFileError(Search.tr("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)) from exc
    if b"\x00" in data:
        raise ListFileError(Search.tr("{name} is not a text file: a list has one name or query per line.").format(
            name=path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ListFileError(Search.tr("{name} is not UTF-8 text (byte {byte}): save it as UTF-8.").format(
            name=path.name, byte=exc.start)) from exc
    return read_terms(text)


def batch_search(project: Project, lines: Iterable[str], filters: SearchFilters = NO_FILTERS,
                 progress: Callable[[int, int], object] | None = None) -> BatchResult:
    """One row per line: a name is searched as a phrase, a line in the query language as a query.
    A line that cannot be searched gets its row with ``error`` set. ``progress(done, total)`` is called
    after each line; returning False stops (the rows so far are returned)."""
    terms = list(lines)[:MAX_TERMS]
    with project.read() as s:
        stmt = select(Document.id, Document.source_name, Document.label, Document.title).order_by(Document.id)
        if filters.document_ids is not None:
            stmt = stmt.where(Document.id.in_(sorted(filters.document_ids)))
        documents = tuple(BatchDocument(doc_id, document_label(doc_id, source, label), title)
                          for doc_id, source, label, title in s.execute(stmt))
    info = document_info(project, filters)  # once for the whole list
    rows: list[BatchRow] = []
    for done, line in enumerate(terms, 1):
        try:
            node = batch_term(line)
            if node is None:
                raise QueryError(Search.tr("Nothing to search for on this line."))
        except QueryError as exc:
            rows.append(BatchRow(line, "", {}, str(exc)))
        else:
            rows.append(BatchRow(line, to_text(node), term_hits(project, node, filters, info)))
        if progress is not None and progress(done, len(terms)) is False:
            break
    return BatchResult(tuple(rows), documents)


def batch_csv(result: BatchResult) -> str:
    """The list and its results: one row per term (the term, the query searched, total hits, the number
    of documents mentioning it), then one column of hit counts per document, headed by its label."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["term", "query", "total hits", "documents", *(d.label for d in result.documents)])
    for row in result.rows:
        writer.writerow([row.line, row.query or row.error, row.total, len(row.counts),
                         *(row.counts.get(d.document_id, 0) for d in result.documents)])
    return out.getvalue()


def write_batch_csv(result: BatchResult, path: str | Path) -> Path:
    """Write ``batch_csv`` to ``path`` all at once (staged beside it, then renamed): never half a file.
    Raises OSError with the system's reason."""
    target = target_path(path)
    tmp = staged_file(target, batch_csv(result).encode("utf-8"))
    try:
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return target

"""Annotations -> CSV for spreadsheets: one row per annotation, every field, RFC 4180, UTF-8 with a BOM.

Pure: data in, bytes out. Columns are the fields of ``AnnotationView`` in order, with the document's
SHA-256 and URL after its title, and its source label last. Rows come in document, start, end, id order. Empty values (None) are
empty cells; booleans are ``true`` / ``false``. The BOM lets Excel open accented text correctly; the csv
module quotes every cell that holds a comma, a quote or a line break (RFC 4180, CRLF line ends).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import Any

from desktop.interchange.w3c_vocab import DocumentRef
from desktop.services.queries import AnnotationView

_VIEW_FIELDS = [f.name for f in fields(AnnotationView)]
_AFTER = _VIEW_FIELDS.index("document_title") + 1
# The source label comes last, so the columns scripts already read keep their places.
COLUMNS: tuple[str, ...] = (*_VIEW_FIELDS[:_AFTER], "document_sha256", "document_url", *_VIEW_FIELDS[_AFTER:],
                            "document_label")


def annotations_csv(annotations: Sequence[AnnotationView], documents: Mapping[int, DocumentRef]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for a in sorted(annotations, key=lambda a: (a.document_id, a.start, a.end, a.id)):
        doc = documents[a.document_id]
        row = a.to_json() | {"document_label": doc.label, "document_sha256": doc.sha256, "document_url": doc.url}
        writer.writerow([_cell(row[name]) for name in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

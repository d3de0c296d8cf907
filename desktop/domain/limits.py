"""How long each stored text may be: ONE table, the same on SQLite and PostgreSQL.

The models take their column sizes from here; ``desktop.storage.field_limits`` checks every row against
them before it is written (so SQLite, which would store any length, and PostgreSQL, which would fail with
a DataError, refuse the same input with the same message); forms use them as ``maxLength``.
Lengths count characters (code points), as both databases do.
"""

from __future__ import annotations

# documents
TITLE = 500
LANGUAGE = 16
OUTLET = 200
URL = 2000
PUBLISHED = 32
SOURCE_NAME = 500
DOCUMENT_AUTHOR = 300  # the byline
LABEL = 64  # the short source label ("FT 2025-07-15")
# archived originals
ORIGINAL_KIND = 16  # "file" or "warc"
MIME = 120
EXTRACTOR = 64  # e.g. "trafilatura 2.3.1"
EXTRACTION = 16  # article, full, pdf, docx, email, text
# people and vocabulary
AUTHOR_KEY = 120
AUTHOR_NAME = 200
COLOUR = 9
ENTITY_KEY = 200
ENTITY_NAME = 300
ENTITY_TYPE = 32
ALIAS = 300
MEASURE_KEY = 200
MEASURE_LABEL = 500
UNIT = 16
PROPOSITION_KEY = 200
PROPOSITION_LABEL = 1000
# annotations
CONTEXT = 200  # prefix and suffix kept around a quote
KIND = 16
STATUS = 16
FIGURE_VALUE = 64
BOUND = 16
STANCE = 16
ATTRIBUTED_TO = 300
VERDICT = 16
# bookkeeping
SETTING_KEY = 64
TIMESTAMP = 32
UUID = 36
ACTION = 64
TARGET_TYPE = 32
TARGET_ID = 64
SHA256 = 64
# team work (migration 0006)
LOGIN = 63  # a PostgreSQL role name
SESSION_ID = 32
HOST = 255
SESSION_KIND = 16

# What a person calls each limited field, for the message (table, column) -> words.
FIELD_NAMES: dict[tuple[str, str], str] = {
    ("documents", "title"): "The document title",
    ("documents", "language"): "The language tag",
    ("documents", "outlet"): "The outlet",
    ("documents", "url"): "The URL",
    ("documents", "published"): "The publication date",
    ("documents", "source_name"): "The source file name",
    ("documents", "author"): "The author",
    ("documents", "label"): "The source label",
    ("originals", "mime"): "The original's MIME type",
    ("originals", "filename"): "The original's file name",
    ("originals", "url"): "The original's URL",
    ("authors", "name"): "The analyst's name",
    ("authors", "key"): "The analyst's key",
    ("entities", "name"): "The entity name",
    ("entities", "type"): "The entity type",
    ("entity_aliases", "alias"): "The alias",
    ("measures", "label"): "The measure label",
    ("measures", "unit"): "The unit",
    ("propositions", "label"): "The proposition",
    ("annotations", "value"): "The figure's value",
    ("annotations", "value_max"): "The figure's upper value",
    ("annotations", "unit"): "The figure's unit",
    ("annotations", "attributed_to"): "The speaker",
    ("annotations", "kind"): "The annotation kind",
    ("annotations", "status"): "The annotation status",
    ("project_info", "key"): "The setting name",
}


class FieldTooLong(ValueError):
    """A value is longer than its field allows; nothing was stored."""

    def __init__(self, table: str, column: str, length: int, limit: int) -> None:
        self.table, self.column, self.length, self.limit = table, column, length, limit
        what = FIELD_NAMES.get((table, column), f"The {column.replace('_', ' ')} ({table})")
        super().__init__(f"{what} is {length:,} characters long; at most {limit:,} fit. Nothing was stored.")


def check_length(table: str, column: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise FieldTooLong(table, column, len(value), limit)

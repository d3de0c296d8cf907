"""Names of the search index's tables, triggers and indexes (made by migration 0004, not by the models).

The index is the database's own business (FTS5 tables and triggers on SQLite, expression indexes on
PostgreSQL), so it has no SQLAlchemy model; Alembic's comparison of the schema with the models
leaves these names out (``include_name``).
"""

from __future__ import annotations

SEARCH_PREFIX = "search_"
SEARCH_INDEX_PREFIX = "ix_search_"


def is_search_object(name: str | None) -> bool:
    return name is not None and name.startswith((SEARCH_PREFIX, SEARCH_INDEX_PREFIX))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: everything but the search index."""
    return not (type_ in ("table", "index") and is_search_object(name))

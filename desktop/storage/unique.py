"""Get-or-create that survives a race: two writers naming the same new entity both end up with ONE row.

- SQLite: every write transaction holds the write lock from its start (``BEGIN IMMEDIATE``), so the lookup
  and the insert that follows cannot interleave with another writer's.
- PostgreSQL: they could (READ COMMITTED). A transaction-scoped advisory lock per kind of row
  (``pg_advisory_xact_lock``) makes lookup-then-insert one step among writers; the lookup then sees every
  row another writer committed before. Without it a second writer could miss the row in its lookup, see
  its key a moment later, and pick ``key-2``: a duplicate under another key.
- As a last guard the insert runs in a SAVEPOINT: a unique-key failure rolls back only that, and the
  lookup runs again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

T = TypeVar("T")


def find_or_insert(session: Session, kind: str, find: Callable[[], T | None], make: Callable[[], T]) -> tuple[T, bool]:
    """``(row, created)``: the row ``find`` returns, else a new one from ``make`` (added and flushed).

    ``kind`` names what is looked up ("entities"): writers of the same kind take turns on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"evidence-desk:{kind}"})
    found = find()
    if found is not None:
        return found, False
    try:
        with session.begin_nested():
            row = make()
            session.add(row)
            session.flush()
        return row, True
    except IntegrityError:
        found = find()
        if found is None:
            raise
        return found, False

"""Statements planned for the tables as they are now, not as they were when a plan was kept (PostgreSQL).

psycopg prepares a statement on the server once it has run it five times, and PostgreSQL then keeps one
generic plan for it, made for the tables as they were at that moment. An import runs the same lookup ("which
of these 500 ids does the project hold already?") a hundred times while it fills the very table it looks in:
in a new team database the kept plan was made while ``annotations`` was nearly empty: a sequential scan that
compares each row with each of the 500 parameters in turn, over the whole growing table for every batch (0.3
to 1 s a lookup: 26 of the 27.5 s a 50,000-annotation import took). A statement that is not prepared is
planned afresh each time, for the ids it brings and the table as it is (an index scan, or one pass looking
each row up in a hash of the ids): 6 ms a lookup, planning included.

Only the statements run inside :func:`planned_afresh` are affected (the driver's ``prepare_threshold``, a
client-side setting, is lifted for them: no round trip); inserts and the database's foreign-key checks keep
their prepared plans, which are right at any size (planning those afresh for every row cost an import
1.6 s). On SQLite this does nothing: it has no kept plans of this kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


@contextmanager
def planned_afresh(session: Session) -> Iterator[None]:
    """Statements executed inside on ``session``'s connection are never prepared by the driver, so PostgreSQL
    plans each for the tables as they are when it runs."""
    driver = session.connection().connection.dbapi_connection
    if driver is None or not hasattr(driver, "prepare_threshold"):  # not psycopg (SQLite)
        yield
        return
    kept = driver.prepare_threshold
    driver.prepare_threshold = None
    try:
        yield
    finally:
        driver.prepare_threshold = kept

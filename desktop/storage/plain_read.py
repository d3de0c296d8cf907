"""Reading tens of thousands of rows fast, without giving up the check that names a damaged value.

The strict column types (``storage.types``) check every value in Python as it is read: for a desk's
50,000 annotations that is over a million calls, more than the database's own work. :func:`plain_rows`
reads the rows as the driver gives them and makes the same check a column at a time (the set of the
value types of a column, computed in C); only if a column holds a value of another type is the statement
read again through the strict types, which raise as always (``Project.read()`` then names the damaged row).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select
from sqlalchemy.engine.cursor import CursorFetchStrategy

from desktop.storage.types import StrictInteger, StrictString

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_NONE = type(None)


def _allowed(column: Any) -> set[type] | None:
    col_type = getattr(column, "type", None)
    if isinstance(col_type, StrictInteger):
        return {int, _NONE}
    if isinstance(col_type, StrictString):  # StrictText too
        return {str, _NONE}
    return None


def plain_rows(session: Session | Connection, stmt: Select[*tuple[Any, ...]]) -> Sequence[Sequence[Any]]:
    """The rows of ``stmt`` (tuples), each strictly typed column checked as the strict types check it. Only
    for statements whose columns need no conversion (text, whole numbers; a boolean comes back as 0 or 1).
    ``session``: a Session (``Project.read()``) or a Connection (``Project.read_core()``, no ORM)."""
    connection = session if isinstance(session, Connection) else session.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    args: Any = tuple(params[n] for n in compiled.positiontup or []) if compiled.positional else params
    result = connection.exec_driver_sql(str(compiled), args)
    with result:
        # the driver's own tuples when nothing is buffered on the way (as ever): no Row made for each of a desk's
        # 50,000 rows, and the check below reads plain tuples
        rows = result.cursor.fetchall() if type(result.cursor_strategy) is CursorFetchStrategy else result.fetchall()
    checks = [(n, allowed) for n, column in enumerate(stmt.selected_columns)
              if (allowed := _allowed(column)) is not None]
    if rows and checks and not all(_typed(rows[at:at + CHECK_ROWS], checks) for at in range(0, len(rows), CHECK_ROWS)):
        session.execute(stmt).all()  # raises DamagedValue for the damaged value (Project.read() names its row)
    return rows


CHECK_ROWS = 4096  # rows turned into columns at once: one C call each, short enough not to hold the GIL long


def _typed(rows: Sequence[Sequence[Any]], checks: list[tuple[int, set[type]]]) -> bool:
    """Whether every checked column of ``rows`` holds only its allowed types. A few thousand rows at a time:
    turning a desk's 60,000 rows into columns at once is one C call that holds the GIL for over 0.1 s (a
    worker thread reading them would stop the window's event loop that long)."""
    columns = list(zip(*rows, strict=True))
    return all(set(map(type, columns[n])) <= allowed for n, allowed in checks)

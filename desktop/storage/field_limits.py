"""The one check of text lengths before a row is written, for every model and every way of writing.

A mapper event runs before each INSERT and UPDATE of any model (and ``check_values`` before a batch of
rows inserted at once): every string column with a length is compared with that length (the numbers in ``desktop.domain.limits``), and a value that does not fit
raises ``FieldTooLong`` (a ``ValueError`` with a message for the user). The transaction then rolls back
whole, on SQLite exactly as on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.types import TypeDecorator

from desktop.domain.limits import check_length


def _length(column: Any) -> int | None:
    col_type = column.type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    return col_type.length if isinstance(col_type, String) else None


def check_row(target: Any) -> None:
    mapper = inspect(type(target))
    table = mapper.local_table.name
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        limit = _length(column)
        if limit is None:
            continue
        value = getattr(target, attr.key, None)
        if isinstance(value, str):
            check_length(table, column.name, value, limit)


_LIMITS: dict[str, list[tuple[str, int]]] = {}


def check_values(model: type, values: dict[str, Any]) -> None:
    """The same check for a row given as column values (a batch inserted with ``executemany``)."""
    table = model.__table__  # type: ignore[attr-defined]
    limits = _LIMITS.get(table.name)
    if limits is None:
        limits = _LIMITS[table.name] = [(c.name, n) for c in table.columns if (n := _length(c)) is not None]
    for name, limit in limits:
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            check_length(table.name, name, value, limit)


def check_rows(model: type, rows: list[dict[str, Any]]) -> None:
    """``check_values`` for each of ``rows`` (a batch), a column at a time: the longest text of each limited
    column is measured in C; only a batch holding a value too long is checked row by row (the same error,
    naming the same first row and column)."""
    table = model.__table__  # type: ignore[attr-defined]
    limits = _LIMITS.get(table.name)
    if limits is None:
        limits = _LIMITS[table.name] = [(c.name, n) for c in table.columns if (n := _length(c)) is not None]
    for name, limit in limits:
        values = [row.get(name) for row in rows]
        try:
            longest = max(map(len, filter(None, values)), default=0)
        except TypeError:  # a value that is not text (a number): measured as check_values does
            longest = max((len(v) for v in values if isinstance(v, str)), default=0)
        if longest > limit:
            for row in rows:
                check_values(model, row)


def _before_write(_mapper: Any, _connection: Any, target: Any) -> None:
    check_row(target)


def install(base: type) -> None:
    event.listen(base, "before_insert", _before_write, propagate=True)
    event.listen(base, "before_update", _before_write, propagate=True)

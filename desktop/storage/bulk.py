"""Inserting many rows at once through the driver's own ``executemany``, for the few writers that insert
tens of thousands of rows in one transaction (an import).

SQLAlchemy Core's ``execute(insert(table), rows)`` processes every parameter of every row in Python first;
for a 50,000-annotation import that costs more than the database's own work. This compiles the INSERT once
for the connection's dialect and hands the rows to the driver. The rows are plain column values (the
caller checks them first: ``field_limits.check_values``); no column here needs a bind conversion.

``roomy_cache`` gives such a transaction's SQLite connection a larger page cache while it runs: the rows go
into indexes keyed by random ids (an annotation's UUID, its journal entry's target), so every insert lands on
a random index page, and once those pages outgrow SQLite's default cache (2 MB, about 25,000 annotations'
worth) each insert reads its page back from the file and the share of inserts that do grows with the
import; 100,000 annotations then cost more than twice 50,000.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Connection


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` into ``table`` in one executemany. Every row names the same columns as the first; a
    column none names takes its scalar default (or NULL, or its autoincrement)."""
    if not rows:
        return
    columns = [c.name for c in table.columns if c.name in rows[0]]
    compiled = insert(table).values({name: None for name in columns}).compile(dialect=connection.dialect)
    defaults = {k: _scalar_default(table, k) for k in compiled.construct_params() if k not in columns}
    names = list(compiled.positiontup or []) if compiled.positional else [*columns, *defaults]
    if compiled.positional:
        params: list[Any] = _positional(rows, names, defaults)
    else:
        params = [{n: row[n] if n in row else defaults.get(n) for n in names} for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def _positional(rows: Sequence[dict[str, Any]], names: list[str], defaults: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Each row as a tuple in ``names`` order (a name the row lacks: its default). Rows naming the same
    columns as the first (an import's) are read by one ``itemgetter``, in C."""
    keys = rows[0].keys()
    if all(row.keys() == keys for row in rows):
        missing = {n: defaults.get(n) for n in names if n not in keys}
        if len(names) == 1:
            (name,) = names
            return [((row | missing)[name],) for row in rows] if missing else [(row[name],) for row in rows]
        get = itemgetter(*names)
        return [get(row | missing) for row in rows] if missing else list(map(get, rows))
    return [tuple(row[n] if n in row else defaults.get(n) for n in names) for row in rows]


def _scalar_default(table: Table, name: str) -> Any:
    """The column's scalar default (``default=1``), which the compiled statement leaves to execution."""
    default = table.c[name].default
    return getattr(default, "arg", None) if default is not None and default.is_scalar else None


def update_column(connection: Connection, table: Table, column: str, values: Sequence[tuple[Any, Any]]) -> None:
    """``UPDATE table SET column = value WHERE <primary key> = key`` for each (key, value), in one executemany."""
    if not values:
        return
    (key,) = [c.name for c in table.primary_key.columns]
    stmt = (update(table).where(table.c[key] == bindparam("b_key")).values({column: bindparam("b_value")})
            .compile(dialect=connection.dialect))
    if stmt.positional:
        order = list(stmt.positiontup or [])
        params: list[Any] = [tuple(value if n == "b_value" else k for n in order) for k, value in values]
    else:
        params = [{"b_key": k, "b_value": value} for k, value in values]
    connection.exec_driver_sql(str(stmt), params)


IMPORT_CACHE_KIB = 32 * 1024  # room for the random-key index pages of a few hundred thousand annotations


@contextmanager
def roomy_cache(connection: Connection, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """SQLite: the connection's page cache at least ``kib`` KiB for the block, then as it was (PostgreSQL:
    nothing; its server has its own buffers). Memory stays bounded: the cache is a ceiling, reached only by
    an import that dirties that many pages. Set and reset on the driver's connection itself, so the reset
    happens even when the block failed and the transaction waits for its rollback."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a live SQLite connection always has one
        yield
        return
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    if before < 0 and -before >= kib or before > 0 and before * _page_size(raw) >= kib * 1024:
        yield
        return
    raw.execute(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(before)}")


def _page_size(raw: Any) -> int:
    return int(raw.execute("PRAGMA page_size").fetchone()[0])

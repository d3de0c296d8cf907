"""Inserting many rows at once through the driver's own ``executemany``, for the few writers that insert
tens of thousands of rows in one transaction (an import).

SQLAlchemy Core's ``execute(insert(table), rows)`` processes every parameter of every row in Python first;
for a 50,000-annotation import that costs more than the database's own work. This compiles the INSERT once
for the connection's dialect and hands the rows to the driver. The rows are plain column values (the
caller checks them first: ``field_limits.check_values``); no column here needs a bind conversion.

On SQLite each statement carries ``ROWS_PER_STATEMENT`` rows (``INSERT ... VALUES (...), (...), ...``). What a
statement costs besides its rows (beginning it, its statement journal, and a savepoint on every virtual table
the transaction has written to: the search index's, which the annotations' triggers fill) is then paid once
per hundred rows instead of once per row: about half the database's work of a 50,000-annotation import.
The rows, their order (their rowids) and what the triggers do are the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Connection

ROWS_PER_STATEMENT = 100  # rows in one multi-row INSERT on SQLite (x its columns: within its variable limit)


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` into ``table`` in one executemany (on SQLite, of multi-row statements). Every row names the same columns as the first; a
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
    sql = str(compiled)
    if connection.dialect.name == "sqlite" and compiled.positional and len(params) > 1:
        _insert_many_per_statement(connection, sql, params, len(names))
        return
    connection.exec_driver_sql(sql, params)


def _insert_many_per_statement(connection: Connection, sql: str, params: list[tuple[Any, ...]], width: int) -> None:
    """``sql`` (one row's ``INSERT ... VALUES (?, ...)``) for every row of ``params``, ``ROWS_PER_STATEMENT``
    rows a statement: full statements in one executemany, the rest in one statement of its own."""
    head, values = sql.rsplit(" VALUES ", 1)
    per = max(1, min(ROWS_PER_STATEMENT, _variable_limit(connection) // max(width, 1)))
    whole = len(params) - len(params) % per
    if whole:
        many = f"{head} VALUES {', '.join([values] * per)}"
        connection.exec_driver_sql(many, [tuple(chain.from_iterable(params[at:at + per]))
                                          for at in range(0, whole, per)])
    rest = params[whole:]
    if rest:
        connection.exec_driver_sql(f"{head} VALUES {', '.join([values] * len(rest))}", tuple(chain.from_iterable(rest)))


def _variable_limit(connection: Connection) -> int:
    """The variables one SQLite statement may hold: the connection's own limit (32,766 by default since SQLite
    3.32), or 999, the default before, when the driver does not say."""
    getlimit = getattr(connection.connection.dbapi_connection, "getlimit", None)
    return 999 if getlimit is None else int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


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
    if connection.dialect.name == "postgresql":
        _update_column_postgresql(connection, table, key, column, values)
        return
    stmt = (update(table).where(table.c[key] == bindparam("b_key")).values({column: bindparam("b_value")})
            .compile(dialect=connection.dialect))
    if stmt.positional:
        order = list(stmt.positiontup or [])
        params: list[Any] = [tuple(value if n == "b_value" else k for n in order) for k, value in values]
    else:
        params = [{"b_key": k, "b_value": value} for k, value in values]
    connection.exec_driver_sql(str(stmt), params)


def _update_column_postgresql(connection: Connection, table: Table, key: str, column: str,
                              values: Sequence[tuple[Any, Any]]) -> None:
    """One statement for every row (the keys and values as two arrays), which leaves alone a row that holds
    its value already. psycopg's executemany ran one UPDATE a row, and each wrote a new version of its row
    even when nothing changed: exporting a desk's 50,000 annotations again rewrote all of them (1.8 s of the
    command's 2.9 s, and 50,000 dead rows for vacuum); now it writes none (1.4 s in all), and a first export
    takes 2.4 s instead of 2.85 s (a new version of each row and its index entries: the search index's on the
    note the most)."""
    quote = connection.dialect.identifier_preparer
    key_type = table.c[key].type.compile(dialect=connection.dialect)
    value_type = table.c[column].type.compile(dialect=connection.dialect)
    target, key_name, column_name = quote.format_table(table), quote.quote(key), quote.quote(column)
    connection.exec_driver_sql(
        f"UPDATE {target} AS t SET {column_name} = v.value "
        f"FROM unnest(CAST(%(keys)s AS {key_type}[]), CAST(%(values)s AS {value_type}[])) AS v(key, value) "
        f"WHERE t.{key_name} = v.key AND t.{column_name} IS DISTINCT FROM v.value",
        {"keys": [k for k, _ in values], "values": [v for _, v in values]})

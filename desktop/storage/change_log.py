"""The change log (migration 0006): one row per committed write, written in the transaction it describes.

- :func:`append` (called by ``Project.transaction()`` just before the commit) inserts the row and, on
  PostgreSQL, sends it with ``pg_notify`` on :data:`CHANNEL` in the same transaction: the notification goes
  out when, and only if, the change is committed, in commit order. The rows the transaction still holds
  unwritten (its last journal entries, a tag's row: ``change_capture.take_rows_at_commit``) go in with it:
  on PostgreSQL in the same statement (one round trip for them, the change log and the notification).
- A notification carries the whole entry when it fits PostgreSQL's 8000-byte limit, else only its ``seq``
  (the listener reads the row).
- :data:`SELECT` and :func:`entry_from_row` read entries back (``storage.change_feed``, with any driver).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.storage.change_capture import Written

CHANNEL = "evidence_desk_changes"
NOTIFY_LIMIT = 7900  # bytes; PostgreSQL refuses a payload of 8000 or more


@dataclass(frozen=True)
class LoggedChange:
    seq: int
    at: str
    session: str
    author_id: int | None
    login: str
    actions: tuple[str, ...]
    rows: dict[str, tuple[str, ...]]  # kind (annotations, documents, ...) -> ids as text

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "session": self.session, "author_id": self.author_id,
                "login": self.login, "actions": list(self.actions), "rows": {k: list(v) for k, v in self.rows.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LoggedChange:
        return cls(seq=int(data["seq"]), at=str(data.get("at", "")), session=str(data.get("session", "")),
                   author_id=data.get("author_id"), login=str(data.get("login", "")),
                   actions=tuple(str(a) for a in data.get("actions", ())),
                   rows={str(k): tuple(str(i) for i in v) for k, v in dict(data.get("rows", {})).items()})


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_statement = lru_cache(maxsize=64)(text)  # one parse of each statement's text (a tag's is always the same)
ALONG_VALUES = 600  # at most this many values ride in the change log's statement; more are inserted apart


def _groups(rows: Sequence[tuple[str, dict[str, Any]]]) -> list[tuple[str, tuple[str, ...], list[dict[str, Any]]]]:
    """Consecutive rows of one table naming the same columns, together: (table, columns, rows)."""
    groups: list[tuple[str, tuple[str, ...], list[dict[str, Any]]]] = []
    for table, row in rows:
        columns = tuple(row)
        if groups and groups[-1][0] == table and groups[-1][1] == columns:
            groups[-1][2].append(row)
        else:
            groups.append((table, columns, [row]))
    return groups


def _insert_sql(session: Session, table: str, columns: tuple[str, ...], values: str) -> str:
    quote = session.get_bind().dialect.identifier_preparer.quote
    return f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES {values}"


def insert_rows(session: Session, rows: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """(table, row) in their order, inside the caller's transaction (one executemany per run of a table)."""
    for table, columns, group in _groups(rows):
        placeholders = "(" + ", ".join(f":c{n}" for n in range(len(columns))) + ")"
        session.execute(_statement(_insert_sql(session, table, columns, placeholders)),
                        [{f"c{n}": row[c] for n, c in enumerate(columns)} for row in group])


def _along(session: Session, rows: Sequence[tuple[str, dict[str, Any]]], values: dict[str, Any]) -> str:
    """``r0 AS (INSERT ...), r1 AS (INSERT ...), `` for the rows, their values added to ``values``."""
    ctes = []
    for g, (table, columns, group) in enumerate(_groups(rows)):
        tuples = []
        for r, row in enumerate(group):
            names = [f"r{g}_{r}_{n}" for n in range(len(columns))]
            values.update(zip(names, (row[c] for c in columns), strict=True))
            tuples.append("(" + ", ".join(f":{name}" for name in names) + ")")
        ctes.append(f"r{g} AS ({_insert_sql(session, table, columns, ', '.join(tuples))}), ")
    return "".join(ctes)


def append(session: Session, record: Written, *, session_id: str, login: str,
           along: Sequence[tuple[str, dict[str, Any]]] = ()) -> LoggedChange:
    """Insert the entry for ``record`` (and NOTIFY it on PostgreSQL, in the same statement), inside the
    caller's transaction, with the rows ``along`` (table, row) not yet written: in the same statement on
    PostgreSQL, just before it elsewhere."""
    postgres = session.get_bind().dialect.name == "postgresql"
    actions = tuple(sorted(set(record.actions)))
    rows = {k: tuple(v) for k, v in record.payload().items()}
    values: dict[str, Any] = {
        "at": now_iso(), "session": session_id, "author_id": record.author_id, "login": login,
        "actions": json.dumps(list(actions)), "payload": json.dumps(record.payload()),
    }
    insert = ("INSERT INTO change_log (at, session, author_id, login, actions, payload, tx) "
              "VALUES (:at, :session, :author_id, :login, :actions, :payload, {tx}) RETURNING seq")
    seq: int
    if postgres:
        # One round trip: the row, then the notification built around its seq (whole if it fits, else the seq).
        body = json.dumps({"at": values["at"], "session": session_id, "author_id": record.author_id, "login": login,
                           "actions": list(actions), "rows": {k: list(v) for k, v in rows.items()}},
                          separators=(",", ":"))
        values.update(channel=CHANNEL, body=body[1:], short=json.dumps({"session": session_id, "more": True},
                                                                         separators=(",", ":"))[1:])
        if sum(len(row) for _table, row in along) > ALONG_VALUES:
            insert_rows(session, along)  # a batch: executemany (a statement holds at most 65535 values)
            along = ()
        # The rows ride along: a data-modifying WITH runs whole whether or not the query reads it.
        sql = (f"WITH {_along(session, along, values)}e AS ({insert.format(tx='pg_current_xact_id()::text::bigint')}) "
               "SELECT seq, pg_notify(:channel, '{\"seq\":' || seq || ',' || "
               f"CASE WHEN octet_length(:body) < {NOTIFY_LIMIT - 40} THEN :body ELSE :short END) FROM e")
        seq = int(session.execute(_statement(sql), values).scalar_one())
    else:
        insert_rows(session, along)
        seq = int(session.execute(_statement(insert.format(tx="NULL")), values).scalar_one())
    return LoggedChange(seq=seq, at=values["at"], session=session_id, author_id=record.author_id, login=login,
                        actions=actions, rows=rows)


def parse_notification(payload: str) -> LoggedChange | int | None:
    """The entry a notification carries, or its seq when the row must be read, or None if it is not ours."""
    try:
        data = json.loads(payload)
        if data.get("more"):
            return int(data["seq"])
        return LoggedChange.from_json(data)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


SELECT = "SELECT seq, at, session, author_id, login, actions, payload FROM change_log"


def entry_from_row(row: Any) -> LoggedChange:
    """An entry from a row of :data:`SELECT` (any driver: a tuple in that column order)."""
    seq, at, session, author_id, login, actions, payload = tuple(row)
    try:
        rows = json.loads(payload or "{}")
        done = json.loads(actions or "[]")
    except ValueError:
        rows, done = {}, []
    return LoggedChange(seq=int(seq), at=str(at), session=str(session), author_id=author_id,
                        login=str(login or ""), actions=tuple(str(a) for a in done),
                        rows={str(k): tuple(str(i) for i in v) for k, v in dict(rows).items()})


def last_seq(conn: Connection | Session) -> int:
    return int(conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM change_log")).scalar_one())


def read_after(conn: Connection | Session, seq: int, limit: int = 500) -> list[LoggedChange]:
    rows = conn.execute(text(f"{SELECT} WHERE seq > :seq ORDER BY seq LIMIT :limit"), {"seq": seq, "limit": limit})
    return [entry_from_row(r) for r in rows]

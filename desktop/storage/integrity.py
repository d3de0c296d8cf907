"""Finding damage in a project: values of the wrong type, texts that no longer match their SHA-256, and the
database's own checks. Used by ``evidence-desk check`` and to say WHICH row is damaged when a command
meets one (``Project.read()`` / ``transaction()`` call ``describe_damage``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, String, Text, text
from sqlalchemy.types import TypeDecorator

from desktop.storage.errors import DamagedData

if TYPE_CHECKING:
    from desktop.storage.project import Project

CHECK_HINT = "Run `evidence-desk --project {location} check` for the full list."


@dataclass(frozen=True)
class Problem:
    """One thing wrong, said for the user ("Annotation 1a2b3c4d in document 3 “Reuters”: start is 'abc' ...")."""

    kind: str  # "value", "text", "database", "schema"
    message: str


def _base_type(column: Any) -> Any:
    col_type = column.type
    return col_type.impl_instance if isinstance(col_type, TypeDecorator) else col_type


def _expected_storage(column: Any) -> tuple[str, ...] | None:
    base = _base_type(column)
    if isinstance(base, Integer):
        return ("integer",)
    if isinstance(base, String | Text):
        return ("text",)
    return None


def damaged_values(conn: Connection, limit: int = 50) -> list[Problem]:
    """Values whose SQLite storage class is not their column's (``start='abc'``, a blob for a title)."""
    if conn.dialect.name != "sqlite":
        return []  # PostgreSQL enforces column types itself
    from desktop.storage.tables import metadata

    problems: list[Problem] = []
    existing = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    titles = _document_titles(conn) if "documents" in existing else {}
    for table in metadata.sorted_tables:
        if table.name not in existing:
            continue
        checks = []
        for column in table.columns:
            allowed = _expected_storage(column)
            if allowed is None:
                continue
            allowed_sql = ", ".join(f"'{a}'" for a in (*allowed, "null"))
            checks.append((column.name, f'typeof("{column.name}") NOT IN ({allowed_sql})'))
        if not checks:
            continue
        where = " OR ".join(cond for _, cond in checks)
        pk = [c.name for c in table.primary_key.columns]
        cols = ", ".join(f'"{c}"' for c in {*pk, *(n for n, _ in checks)})
        rows = conn.exec_driver_sql(f'SELECT {cols} FROM "{table.name}" WHERE {where} LIMIT {limit}').mappings()
        for row in rows:
            for name, _ in checks:
                value = row[name]
                allowed = _expected_storage(table.columns[name])
                if value is None or _storage_class(value) in (allowed or ()):
                    continue
                problems.append(Problem("value", f"{_which(table.name, row, titles)}: {name} is {_show(value)}, "
                                                 f"not {'a whole number' if allowed == ('integer',) else 'text'}."))
        if len(problems) >= limit:
            break
    return problems[:limit]


def _storage_class(value: Any) -> str:
    if isinstance(value, bool | int):
        return "integer"
    if isinstance(value, float):
        return "real"
    if isinstance(value, bytes | memoryview):
        return "blob"
    return "text"


def _show(value: Any) -> str:
    shown = repr(bytes(value) if isinstance(value, memoryview) else value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _document_titles(conn: Connection) -> dict[Any, str]:
    rows = conn.exec_driver_sql("SELECT id, CAST(title AS TEXT) FROM documents").fetchall()
    return {r[0]: r[1] for r in rows}


def _which(table: str, row: Any, titles: dict[Any, str]) -> str:
    """How a person finds the row: "Annotation 1a2b3c4d in document 3 “Title”", "Document 3 “Title”"."""
    if table == "annotations":
        ann = str(row.get("id"))
        return f"Annotation {ann} in {_doc(row.get('document_id'), titles)}"
    if table == "documents":
        return _doc(row.get("id"), titles).capitalize()
    key = ", ".join(f"{k}={row[k]!r}" for k in row.keys() if k in ("id", "key"))
    return f"A row of {table} ({key})" if key else f"A row of {table}"


def _doc(doc_id: Any, titles: dict[Any, str]) -> str:
    title = titles.get(doc_id)
    if not isinstance(title, str) or not title:
        return f"document {doc_id!r}"
    return f"document {doc_id} “{title if len(title) <= 60 else title[:59] + '…'}”"


def text_mismatches(conn: Connection) -> list[Problem]:
    """Documents whose text no longer hashes to the SHA-256 stored with it."""
    problems: list[Problem] = []
    rows = conn.execute(text("SELECT id, title, text, sha256 FROM documents ORDER BY id"))
    for doc_id, title, body, digest in rows:
        if not isinstance(body, str):
            continue  # reported by damaged_values
        actual = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
        if actual != digest:
            problems.append(Problem("text", text_mismatch_message(doc_id, title, str(digest), actual)))
    return problems


def text_mismatch_message(doc_id: object, title: object, stored: str, actual: str) -> str:
    return (f"Document {doc_id} “{title}”: its text no longer matches its SHA-256 "
            f"(stored {stored[:12]}…, the text now gives {actual[:12]}…); it was changed outside Evidence Desk.")


def database_checks(conn: Connection) -> list[Problem]:
    """SQLite's integrity and foreign-key checks; PostgreSQL's invalid indexes and unvalidated constraints
    (what a failed or interrupted maintenance leaves); on both, the schema against this version's."""
    problems: list[Problem] = []
    if conn.dialect.name == "sqlite":
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check(20)"):
            if line != "ok":
                problems.append(Problem("database", f"SQLite integrity check: {line}"))
        for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(Problem("database", f"A row of {table} (rowid {rowid}) points at a missing {parent} row."))
    elif conn.dialect.name == "postgresql":
        for (index,) in conn.exec_driver_sql(
            "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready)"
        ):
            problems.append(Problem("database", f"The index {index} is invalid (rebuild it with REINDEX)."))
        for name, table in conn.exec_driver_sql(
            "SELECT conname, conrelid::regclass::text FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace AND NOT convalidated"
        ):
            problems.append(Problem("database", f"The constraint {name} on {table} was never validated."))
    return problems + schema_problems(conn)


def schema_problems(conn: Connection) -> list[Problem]:
    from sqlalchemy import inspect

    from desktop.storage.schema import head_tables, shortfall

    inspector = inspect(conn)
    actual = {t: frozenset(c["name"] for c in inspector.get_columns(t)) for t in inspector.get_table_names()}
    return [Problem("schema", f"The project has no {part}.") for part in shortfall(actual, head_tables())]


def describe_damage(project: Project) -> DamagedData | None:
    """The DamagedData to raise when a read met a value of the wrong type: names the rows."""
    try:
        with project.engine.connect() as conn:
            problems = damaged_values(conn, limit=4)
    except Exception:  # the scan itself failing must not hide the damage
        return None
    if not problems:
        return None
    more = " (and more)" if len(problems) > 3 else ""
    listed = " ".join(p.message for p in problems[:3])
    hint = CHECK_HINT.format(location=project.location if " " not in project.location else f"'{project.location}'")
    return DamagedData(f"The project is damaged: {listed}{more} Nothing was changed. {hint}")

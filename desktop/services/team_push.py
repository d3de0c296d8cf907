"""Copying a whole project into an empty one, keeping every row as it is: ``team push`` (file -> team database).

Every table is copied row for row in ONE transaction of the target, ids included (documents, authors,
annotations, reviews, register entries, conflicts, the journal), then the target's id sequences are moved
past them. :func:`differences` compares the two row by row afterwards: the push says it is complete only
when nothing differs. The copy works in either direction (a team database back into a file), which is how
a test proves a round trip loses nothing.

Not copied: the change log and the open sessions (they belong to where they were written), the team's own
settings (``team:*``) and announcements of long writes (``busy:*``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from desktop.storage.models import Base
from desktop.storage.project import Project

# In the order foreign keys need them.
TABLES = ("project_info", "authors", "documents", "originals", "entities", "entity_aliases", "measures",
          "propositions", "annotations", "reviews", "conflicts", "journal")
CONTENT = TABLES[1:]  # a target must hold none of these
_KEPT_SETTINGS = ("team:", "busy:")
CHUNK = 500
Progress = Callable[[int, int, str], object]


class PushRefused(ValueError):
    """The target cannot take the project; the message is for the user."""


@dataclass(frozen=True)
class PushReport:
    counts: dict[str, int]  # table -> rows copied

    def summary(self) -> str:
        shown = ("documents", "annotations", "reviews", "authors", "entities", "journal")
        return ", ".join(f"{self.counts.get(t, 0)} {t}" for t in shown)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(s: Session, table: Table) -> Iterator[dict[str, Any]]:
    key = list(table.primary_key.columns)
    for row in s.execute(select(table).order_by(*key)).mappings():
        yield dict(row)


def push(source: Project, target: Project, progress: Progress | None = None) -> PushReport:
    """Copy every row of ``source`` into ``target``, which must hold no documents, annotations or authors."""
    with target.read() as t:
        filled = [name for name in CONTENT if t.scalar(select(func.count()).select_from(_table(name)))]
    if filled:
        raise PushRefused(f"{target.name} already holds {', '.join(filled)}: push into a new team database "
                          "(made by `evidence-desk team init`), before adding colleagues.")
    counts: dict[str, int] = {}
    with source.read() as s, target.transaction() as t:
        for done, name in enumerate(TABLES):
            table = _table(name)
            if progress is not None:
                progress(done, len(TABLES), f"Copying {name}")
            rows = [r for r in _rows(s, table) if not (name == "project_info" and r["key"].startswith(_KEPT_SETTINGS))]
            if name == "project_info":
                keys = [r["key"] for r in rows]
                if keys:
                    t.execute(table.delete().where(table.c.key.in_(keys)))
            for first in range(0, len(rows), CHUNK):
                t.execute(table.insert(), rows[first:first + CHUNK])
            counts[name] = len(rows)
        if target.dialect == "postgresql":
            for name in TABLES:
                if "id" in _table(name).c:
                    _move_sequence(t, name)
        if progress is not None:
            progress(len(TABLES), len(TABLES), "Copied")
    return PushReport(counts)


def _move_sequence(t: Session, name: str) -> None:
    sequence = t.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": name}).scalar()
    if sequence:
        t.execute(text(f"SELECT setval(:s, COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"), {"s": sequence})


def differences(a: Project, b: Project) -> list[str]:
    """What differs between the two projects' copied tables ("annotations: 2 rows only in ..."); [] when nothing."""
    found: list[str] = []
    with a.read() as sa, b.read() as sb:
        for name in TABLES:
            table = _table(name)
            key = [c.name for c in table.primary_key.columns]

            def rows(s: Session, table: Table = table, key: list[str] = key, name: str = name) -> dict[tuple, dict]:  # type: ignore[type-arg]
                return {tuple(r[k] for k in key): r for r in _rows(s, table)
                        if not (name == "project_info" and r["key"].startswith(_KEPT_SETTINGS))}

            left, right = rows(sa), rows(sb)
            only_left, only_right = left.keys() - right.keys(), right.keys() - left.keys()
            changed = [k for k in left.keys() & right.keys() if left[k] != right[k]]
            if only_left:
                found.append(f"{name}: {len(only_left)} row(s) only in {a.name}")
            if only_right:
                found.append(f"{name}: {len(only_right)} row(s) only in {b.name}")
            if changed:
                first = sorted(changed)[0]
                columns = sorted(c for c in left[first] if left[first][c] != right[first][c])
                found.append(f"{name}: {len(changed)} row(s) differ (e.g. {first[0]}: {', '.join(columns)})")
    return found

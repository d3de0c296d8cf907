"""What a write transaction changed, collected as it flushes, so the change log can say it (migration 0006).

``install(sessions)`` hooks a sessionmaker: every flush adds to ``session.info["written"]`` a ``Written``:
the ids per kind of row (the names of ``services.changes.Changes``: annotations, reviews, entities,
measures, propositions, documents, authors, settings), the version each versioned row has now (None once
deleted), and the journal's actions and author. Rows the database removes or rewrites by itself (a
document's annotations, an annotation's reviews) are looked up before the flush that deletes their parent.
A write that bypasses the ORM tells it with :func:`note_written`, or hands the row to :func:`insert_at_commit`.

``Project.transaction()`` turns the ``Written`` into one ``change_log`` row in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage import models as m

RowKey = tuple[str, str]  # (table, primary key as text)

# model -> (kind in the change set, how to find the id; extra kinds it also touches)
_KINDS: dict[type, str] = {
    m.Annotation: "annotations", m.Review: "reviews", m.Entity: "entities", m.Measure: "measures",
    m.Proposition: "propositions", m.Document: "documents", m.Author: "authors",
}
_PARENTS: dict[type, tuple[str, str]] = {  # a child row changes what its parent shows
    m.Review: ("annotations", "annotation_id"),
    m.EntityAlias: ("entities", "entity_id"),
    m.Original: ("documents", "document_id"),
    m.Conflict: ("annotations", "annotation_id"),
}
_IGNORED = (m.ChangeLogEntry, m.OpenSession)
LONG_WRITE_PREFIX = "busy:"


@dataclass
class Written:
    rows: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids (text)
    versions: dict[RowKey, int | None] = field(default_factory=dict)  # (table, id) -> version now
    actions: list[str] = field(default_factory=list)
    author_id: int | None = None
    seq: int | None = None  # the change log entry it became, once committed

    @property
    def empty(self) -> bool:
        return not any(self.rows.values())

    def add(self, kind: str, *ids: object) -> None:
        self.rows.setdefault(kind, set()).update(str(i) for i in ids if i is not None)

    def payload(self) -> dict[str, list[str]]:
        return {kind: sorted(ids) for kind, ids in sorted(self.rows.items()) if ids}


def written(session: Session) -> Written:
    found = session.info.get("written")
    if not isinstance(found, Written):
        found = Written()
        session.info["written"] = found
    return found


def note_written(session: Session, table: str, key: object, version: int | None, kind: str | None = None) -> None:
    """A row written without the ORM's knowledge (a bulk UPDATE): record it like the others."""
    record = written(session)
    record.versions[(table, str(key))] = version
    if kind is not None:
        record.add(kind, key)


def insert_at_commit(session: Session, model: type, row: dict[str, Any]) -> None:
    """Insert ``row`` (column values, every one the row needs) into ``model``'s table with the change log
    entry, just before the commit: on PostgreSQL in the change log's statement (one round trip less). For a
    write whose last step is inserting a row nobody reads back in the transaction (a tag). Recorded, and its
    lengths checked, now, as a flush would."""
    from desktop.storage.field_limits import check_values

    check_values(model, row)
    if model.__tablename__ in m.VERSIONED_TABLES:  # type: ignore[attr-defined]
        row = {**row, "version": row.get("version", 1)}
    session.info.setdefault("at_commit", []).append((model.__tablename__, row))  # type: ignore[attr-defined]
    record = written(session)
    kind = _KINDS.get(model)
    if kind is not None:
        record.add(kind, row.get("id"))
    parent = _PARENTS.get(model)
    if parent is not None:
        record.add(parent[0], row.get(parent[1]))
    if "version" in row:
        record.versions[(model.__tablename__, str(row["id"]))] = row["version"]  # type: ignore[attr-defined]


def take_rows_at_commit(session: Session) -> list[tuple[str, dict[str, Any]]]:
    """(table, row) to insert with the change log entry, in order: those of :func:`insert_at_commit`, then
    the journal entries added since the last flush, taken out of the session and counted in the record as
    a flush would have counted them (their lengths checked as a flush would)."""
    from desktop.storage.field_limits import check_values

    rows: list[tuple[str, dict[str, Any]]] = session.info.pop("at_commit", [])
    pending = sorted((o for o in session.new if isinstance(o, m.JournalEntry)),
                     key=lambda o: inspect(o).insert_order or 0)
    if not pending:
        return rows
    record = written(session)
    for entry in pending:
        session.expunge(entry)
        row = {"at": entry.at, "author_id": entry.author_id, "action": entry.action,
               "target_type": entry.target_type, "target_id": entry.target_id, "payload": entry.payload or "{}"}
        check_values(m.JournalEntry, row)
        rows.append(("journal", row))
        record.actions.append(entry.action)
        if entry.author_id is not None and record.author_id is None:
            record.author_id = entry.author_id
    return rows


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """The rows the database will delete with a parent deleted in this flush (ON DELETE CASCADE / SET NULL)."""
    record = written(session)
    doomed_docs = [o.id for o in session.deleted if isinstance(o, m.Document)]
    doomed_annotations = [o.id for o in session.deleted if isinstance(o, m.Annotation)]
    if doomed_docs:
        gone = list(session.scalars(select(m.Annotation.id).where(m.Annotation.document_id.in_(doomed_docs))))
        for annotation_id in gone:
            record.versions[("annotations", annotation_id)] = None
        record.add("annotations", *gone)
        doomed_annotations += gone
    if doomed_annotations:
        reviews = list(session.scalars(select(m.Review.id).where(m.Review.annotation_id.in_(doomed_annotations))))
        for review_id in reviews:
            record.versions[("reviews", review_id)] = None
        record.add("reviews", *reviews)
    for model, columns in ((m.Entity, (m.Annotation.entity_id, m.Annotation.speaker_id)),
                           (m.Measure, (m.Annotation.measure_id,)),
                           (m.Proposition, (m.Annotation.proposition_id,))):
        doomed = [o.id for o in session.deleted if isinstance(o, model)]
        if doomed:
            record.add("annotations", *session.scalars(
                select(m.Annotation.id).where(or_(*(c.in_(doomed) for c in columns)))))


def _after_flush(session: Session, _context: Any) -> None:
    record = written(session)
    for obj in session.new:
        _note(record, obj, deleted=False)
        if isinstance(obj, m.JournalEntry):
            record.actions.append(obj.action)
            if obj.author_id is not None and record.author_id is None:
                record.author_id = obj.author_id
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _note(record, obj, deleted=False)
    for obj in session.deleted:
        _note(record, obj, deleted=True)


def _note(record: Written, obj: object, *, deleted: bool) -> None:
    if isinstance(obj, (*_IGNORED, m.JournalEntry)):
        return
    cls = type(obj)
    if isinstance(obj, m.ProjectInfo):
        if not obj.key.startswith(LONG_WRITE_PREFIX):
            record.add("settings", obj.key)
        return
    table = getattr(cls, "__tablename__", "")
    key = getattr(obj, "id", None)
    kind = _KINDS.get(cls)
    if kind is not None:
        record.add(kind, key)
    parent = _PARENTS.get(cls)
    if parent is not None:
        record.add(parent[0], getattr(obj, parent[1], None))
    if table in m.VERSIONED_TABLES and key is not None:
        record.versions[(table, str(key))] = None if deleted else getattr(obj, "version", None)

"""Tagging: create, edit, delete and restore annotations. Each call is one transaction.

Edits return the previous values so the UI can undo them with the same functions.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from desktop.domain.anchoring import CONTEXT_LENGTH, QuoteAnchor, anchor_for
from desktop.domain.figures import format_decimal, parse_figure
from desktop.domain.kinds import Bound, Kind, Stance, Status
from desktop.services import vocabulary
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.storage.models import Annotation, Document
from desktop.storage.project import Project

# Fields a user may edit directly on an annotation.
EDITABLE_FIELDS = frozenset({
    "status", "note", "entity_id", "value", "value_max", "unit", "bound", "measure_id", "machine_read",
    "proposition_id", "stance", "speaker_id", "attributed_to", "credibility", "kind",
})
# Convenience fields: a name the analyst typed, resolved (or created) in the same transaction.
NAMED_FIELDS = frozenset({"entity_name", "measure_label", "proposition_label", "speaker_name"})
# Every stored column, for snapshots (undo of delete, exchange with colleagues).
SNAPSHOT_FIELDS = (
    "id", "document_id", "start", "end", "quote", "prefix", "suffix", "kind", "author_id", "created",
    "modified", "status", "note", "entity_id", "value", "value_max", "unit", "bound", "measure_id",
    "machine_read", "proposition_id", "stance", "speaker_id", "attributed_to", "credibility",
    "exchanged_modified",
)


class AnnotationError(ValueError):
    """An edit that cannot be made; the message is for the user."""


def create_annotation(
    project: Project, *, document_id: int, start: int, end: int, kind: str, author_id: int,
    annotation_id: str | None = None, **fields: Any,
) -> Outcome[str]:
    """Tag [start, end) of a document. A figure gets its value, unit and bound read by the parser."""
    kind = Kind(kind).value
    with project.transaction() as s:
        doc = s.execute(select(Document.char_count, Document.language).where(Document.id == document_id)).first()
        if doc is None:
            raise AnnotationError(f"There is no document {document_id}.")
        if not (0 <= start < end <= doc.char_count):
            raise AnnotationError(f"The span {start}-{end} is outside the document.")
        anchor = _anchor_in_database(s, document_id, start, end)
        if not anchor.exact.strip():
            raise AnnotationError("Select some text to tag (the selection is only white space).")
        now = now_iso()
        ann = Annotation(
            id=annotation_id or str(uuid.uuid4()), document_id=document_id, start=start, end=end,
            quote=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix, kind=kind,
            author_id=author_id, created=now, modified=now, status=Status.PROPOSED.value, note="",
            machine_read=False,
        )
        if kind == Kind.FIGURE and "value" not in fields:
            parsed = parse_figure(anchor.exact, doc.language or "en")
            if parsed is not None:
                ann.value = format_decimal(parsed.value)
                ann.value_max = format_decimal(parsed.value_max) if parsed.value_max is not None else None
                ann.unit = parsed.unit
                ann.bound = parsed.bound.value
                ann.machine_read = True
        if kind == Kind.CLAIM and "stance" not in fields:
            ann.stance = Stance.ASSERTS.value
        if kind == Kind.ENTITY and "entity_id" not in fields and "entity_name" not in fields:
            known = vocabulary.find_entity(s, anchor.exact)
            if known is not None:
                ann.entity_id = known.id
        s.add(ann)
        changes = apply_fields(s, ann, fields)
        s.flush()
        record(s, "create", "annotation", ann.id, author_id, kind=kind, start=start, end=end)
        return Outcome(ann.id, changes | Changes(annotations=frozenset({ann.id})))


def _anchor_in_database(s, document_id: int, start: int, end: int) -> QuoteAnchor:  # noqa: ANN001
    """The quote and its context, reading only that stretch of a long text (SQL substr counts characters)."""
    lo = max(0, start - CONTEXT_LENGTH)
    window = s.scalar(select(func.substr(Document.text, lo + 1, end + CONTEXT_LENGTH - lo))
                      .where(Document.id == document_id))
    return anchor_for(window, start - lo, end - lo)  # the window holds all the context there is


def update_annotation(project: Project, annotation_id: str, author_id: int | None = None,
                      **fields: Any) -> Outcome[dict[str, Any]]:
    """Change fields; returns the previous values of the stored fields it touched (for undo)."""
    with project.transaction() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError("That annotation no longer exists.")
        before = {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}
        changes = apply_fields(s, ann, fields)
        touched = {k: v for k, v in before.items() if getattr(ann, k) != v}
        if not touched:
            return Outcome({}, Changes())
        ann.modified = now_iso()
        record(s, "update", "annotation", ann.id, author_id,
               fields={k: getattr(ann, k) for k in touched})
        return Outcome(touched, changes | Changes(annotations=frozenset({ann.id})))


def apply_fields(s, ann: Annotation, fields: dict[str, Any]) -> Changes:  # noqa: ANN001
    changes = Changes()
    unknown = set(fields) - EDITABLE_FIELDS - NAMED_FIELDS
    if unknown:
        raise AnnotationError(f"Unknown annotation fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if name in NAMED_FIELDS:
            changes |= _apply_named(s, ann, name, value)
        else:
            setattr(ann, name, _validated(name, value))
    return changes


def _apply_named(s, ann: Annotation, name: str, value: str | None) -> Changes:  # noqa: ANN001
    text = (value or "").strip()
    if name == "entity_name":
        if not text:
            ann.entity_id = None
            return Changes()
        entity, created = vocabulary.get_or_create_entity(s, text)
        vocabulary.add_alias(s, entity, ann.quote)
        ann.entity_id = entity.id
        return Changes(entities=frozenset({entity.id}))
    if name == "speaker_name":
        if not text:
            ann.speaker_id = None
            return Changes()
        entity, created = vocabulary.get_or_create_entity(s, text, "person")
        ann.speaker_id = entity.id
        return Changes(entities=frozenset({entity.id})) if created else Changes()
    if name == "measure_label":
        if not text:
            ann.measure_id = None
            return Changes()
        measure, created = vocabulary.get_or_create_measure(s, text, ann.unit or "")
        ann.measure_id = measure.id
        return Changes(measures=frozenset({measure.id})) if created else Changes()
    if name == "proposition_label":
        if not text:
            ann.proposition_id = None
            return Changes()
        prop, created = vocabulary.get_or_create_proposition(s, text)
        ann.proposition_id = prop.id
        return Changes(propositions=frozenset({prop.id})) if created else Changes()
    raise AnnotationError(name)


def _validated(name: str, value: Any) -> Any:
    if name == "status":
        return Status(value).value
    if name == "kind":
        return Kind(value).value
    if name == "bound":
        return None if value in (None, "") else Bound(value).value
    if name == "stance":
        return None if value in (None, "") else Stance(value).value
    if name in ("value", "value_max"):
        if value in (None, ""):
            return None
        try:
            return format_decimal(Decimal(str(value).replace(",", ".").replace(" ", "")))
        except InvalidOperation as exc:
            raise AnnotationError(f"{value!r} is not a number.") from exc
    if name == "credibility":
        if value in (None, "", 0):
            return None
        grade = int(value)
        if not 1 <= grade <= 6:
            raise AnnotationError("Credibility is graded 1 to 6.")
        return grade
    if name == "note":
        return value or ""
    if name == "unit":
        return (value or "").strip() or None
    if name == "attributed_to":
        return (value or "").strip() or None
    return value


def delete_annotation(project: Project, annotation_id: str, author_id: int | None = None) -> Outcome[dict[str, Any]]:
    """Delete; returns a snapshot that ``restore_annotation`` brings back exactly (undo)."""
    with project.transaction() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError("That annotation no longer exists.")
        snap = {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}
        s.delete(ann)
        record(s, "delete", "annotation", annotation_id, author_id, quote=snap["quote"])
        return Outcome(snap, Changes(annotations=frozenset({annotation_id})))


def restore_annotation(project: Project, snapshot: dict[str, Any], author_id: int | None = None) -> Outcome[str]:
    with project.transaction() as s:
        if s.get(Annotation, snapshot["id"]) is not None:
            raise AnnotationError("That annotation exists already.")
        s.add(Annotation(**snapshot))
        record(s, "restore", "annotation", snapshot["id"], author_id)
        return Outcome(snapshot["id"], Changes(annotations=frozenset({snapshot["id"]})))


def snapshot(project: Project, annotation_id: str) -> dict[str, Any]:
    with project.read() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError("That annotation no longer exists.")
        return {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}


def spans_of_document(project: Project, document_id: int) -> list[tuple[str, int, int, str, int]]:
    """(id, start, end, kind, author_id) of every annotation of a document, ordered by start: what panes paint."""
    with project.read() as s:
        rows = s.execute(
            select(Annotation.id, Annotation.start, Annotation.end, Annotation.kind, Annotation.author_id)
            .where(Annotation.document_id == document_id)
            .order_by(Annotation.start, Annotation.end)
        )
        return [tuple(r) for r in rows]

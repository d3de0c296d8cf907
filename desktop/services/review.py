"""Reviewing a colleague's annotations: verdicts, threaded comments, the history of an annotation.

Reviews are append-only: a row in ``reviews`` is never changed or deleted by this module. A verdict
sets the annotation's status; its undo (:func:`revert_verdict`) appends another review whose verdict
is the status restored, so the history keeps both ("accepted by Marco 11:03", "verdict withdrawn by
Marco 11:04 (back to proposed)"). Verdict values are the annotation statuses: accepted, rejected,
disputed, and ``proposed``, which means "back to proposed" (no verdict any more).

Every write is one transaction that also records a journal entry (``verdict``, ``comment``,
``revert_verdict``) naming the review, so the history can tell a withdrawal or an adjudication
from a plain verdict.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select

from desktop.domain.kinds import CREDIBILITY_LABELS, Status
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.storage.models import (
    Annotation,
    Author,
    Document,
    Entity,
    JournalEntry,
    Measure,
    Proposition,
    Review,
)
from desktop.storage.project import Project

VERDICTS = tuple(s.value for s in Status)  # proposed (= back to proposed), accepted, rejected, disputed


class ReviewError(ValueError):
    """A review action that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class ReviewView:
    id: str
    annotation_id: str
    author_id: int
    author_name: str
    verdict: str | None
    comment: str
    parent_id: str | None
    created: str


@dataclass(frozen=True)
class ThreadNode:
    review: ReviewView
    replies: tuple[ThreadNode, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """One field an edit set: its stored name, the new value as journalled, and for an id the name of
    what it points at (an entity, measure, proposition, speaker, author or document), read from the
    project when the history is read; None when that thing has been deleted since."""

    field: str
    value: Any
    name: str | None = None
    gone: bool = False  # the thing is deleted since; ``name`` is what the journal recorded at the time


@dataclass(frozen=True)
class HistoryEvent:
    """One line of an annotation's history.

    ``action``: created, edited, deleted, restored, verdict, withdrawn, adjudicated, comment, reply.
    ``detail``: for ``edited`` the fields changed (short, stored names: "status → disputed, unit"), for
    ``withdrawn`` the status restored, for a ``created`` by adjudication the authors whose annotations
    it settles. ``changes``: for ``edited``, what each field was set to (``describe`` words them).
    ``source``: for ``edited``, "import" or "conflict" when a colleague's file made the change.
    """

    at: str
    author_name: str
    action: str
    verdict: str | None = None
    comment: str = ""
    review_id: str | None = None
    parent_id: str | None = None
    detail: str = ""
    changes: tuple[FieldChange, ...] = ()
    source: str = ""


# --- writing --------------------------------------------------------------------------------------

def set_verdict(project: Project, annotation_id: str, author_id: int, verdict: str,
                comment: str = "") -> Outcome[str]:
    """Accept, reject or dispute an annotation (or set it back to proposed). Returns the review id.

    Undo with :func:`revert_verdict` on the returned id.
    """
    verdict = _checked_verdict(verdict)
    with project.transaction() as s:
        ann = _annotation(s, annotation_id)
        review_id, previous = append_verdict(s, ann, author_id, verdict, comment.strip())
        record(s, "verdict", "annotation", ann.id, author_id, review_id=review_id, verdict=verdict,
               previous=previous)
        return Outcome(review_id, Changes(annotations=frozenset({ann.id}), reviews=frozenset({review_id})))


def append_verdict(session, ann: Annotation, author_id: int, verdict: str,  # noqa: ANN001
                   comment: str = "") -> tuple[str, str]:
    """Inside a transaction: append a verdict review and set the status; the caller journals it.

    Returns (review id, status before).
    """
    previous = ann.status
    review = Review(id=str(uuid.uuid4()), annotation_id=ann.id, author_id=author_id, verdict=verdict,
                    comment=comment, parent_id=None, created=now_iso())
    session.add(review)
    ann.status = verdict
    ann.modified = now_iso()
    return review.id, previous


def add_comment(project: Project, annotation_id: str, author_id: int, text: str,
                parent_id: str | None = None) -> Outcome[str]:
    """A comment on an annotation, or a reply to a review of it. Returns the new review id."""
    text = text.strip()
    if not text:
        raise ReviewError("Write something to comment.")
    with project.transaction() as s:
        ann = _annotation(s, annotation_id)
        if parent_id is not None:
            parent = s.get(Review, parent_id)
            if parent is None or parent.annotation_id != ann.id:
                raise ReviewError("The comment being answered is not on this annotation.")
        review = Review(id=str(uuid.uuid4()), annotation_id=ann.id, author_id=author_id, verdict=None,
                        comment=text, parent_id=parent_id, created=now_iso())
        s.add(review)
        record(s, "comment", "annotation", ann.id, author_id, review_id=review.id, parent_id=parent_id)
        return Outcome(review.id, Changes(annotations=frozenset({ann.id}), reviews=frozenset({review.id})))


def revert_verdict(project: Project, review_id: str, author_id: int) -> Outcome[str]:
    """Undo a verdict: append a review restoring the status the annotation had before it.

    Returns the id of the new review (itself revertible the same way, which is redo).
    """
    with project.transaction() as s:
        old = s.get(Review, review_id)
        if old is None or old.verdict is None:
            raise ReviewError("That is not a verdict, so there is nothing to withdraw.")
        ann = _annotation(s, old.annotation_id)
        restored = _status_before(s, old)
        new_id, previous = append_verdict(s, ann, author_id, restored)
        record(s, "revert_verdict", "annotation", ann.id, author_id, review_id=new_id, reverts=review_id,
               verdict=restored, previous=previous)
        return Outcome(new_id, Changes(annotations=frozenset({ann.id}), reviews=frozenset({new_id})))


def _status_before(s, review: Review) -> str:  # noqa: ANN001
    """The status an annotation had just before ``review``: journalled, else the verdict before it."""
    for payload in _journal_payloads(s, review.annotation_id).values():
        if payload.get("review_id") == review.id and "previous" in payload:
            return str(payload["previous"])
    earlier = s.scalars(
        select(Review.verdict).where(Review.annotation_id == review.annotation_id,
                                     Review.verdict.is_not(None), Review.created < review.created)
        .order_by(Review.created.desc())
    ).first()
    return earlier or Status.PROPOSED.value


# --- reading --------------------------------------------------------------------------------------

def reviews_of(project: Project, annotation_id: str) -> list[ReviewView]:
    """Every review of an annotation, oldest first."""
    with project.read() as s:
        rows = s.execute(
            select(Review, Author.name).join(Author, Author.id == Review.author_id)
            .where(Review.annotation_id == annotation_id).order_by(Review.created, Review.id)
        ).all()
    return [ReviewView(r.id, r.annotation_id, r.author_id, name, r.verdict, r.comment, r.parent_id, r.created)
            for r, name in rows]


def thread(project: Project, annotation_id: str) -> list[ThreadNode]:
    """The discussion as a tree: top-level reviews oldest first, each with its replies nested."""
    reviews = reviews_of(project, annotation_id)
    ids = {r.id for r in reviews}
    children: dict[str | None, list[ReviewView]] = {}
    for r in reviews:
        parent = r.parent_id if r.parent_id in ids else None
        children.setdefault(parent, []).append(r)

    def build(review: ReviewView) -> ThreadNode:
        return ThreadNode(review, tuple(build(c) for c in children.get(review.id, [])))

    return [build(r) for r in children.get(None, [])]


def history(project: Project, annotation_id: str) -> list[HistoryEvent]:
    """Creation, edits, verdicts, withdrawals, adjudications and comments, in time order."""
    with project.read() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise ReviewError("That annotation no longer exists.")
        names = {i: n for i, n in s.execute(select(Author.id, Author.name))}
        entries = list(s.scalars(
            select(JournalEntry).where(JournalEntry.target_type == "annotation",
                                       JournalEntry.target_id == annotation_id)
            .order_by(JournalEntry.id)
        ))
        reviews = list(s.scalars(select(Review).where(Review.annotation_id == annotation_id)))
        payloads = [_loads(entry.payload) for entry in entries]
        referenced = _referenced_names(s, [p.get("fields", {}) for e, p in zip(entries, payloads, strict=True)
                                           if e.action == "update"])

    def name(author_id: int | None) -> str:
        return names.get(author_id, "someone") if author_id is not None else "someone"

    events: list[tuple[str, int, HistoryEvent]] = []
    by_review: dict[str, tuple[str, dict]] = {}
    created_detail = ""
    for seq, (entry, payload) in enumerate(zip(entries, payloads, strict=True)):
        if entry.action == "create" and payload.get("adjudicating"):
            created_detail = " and ".join(f"{n}'s" for n in payload["adjudicating"])
        elif entry.action == "update":
            fields = payload.get("fields", {})
            fields = fields if isinstance(fields, dict) else {}
            journalled = payload.get("names") if isinstance(payload.get("names"), dict) else {}
            source = "undo" if payload.get("undo") else str(payload.get("source") or "")
            events.append((entry.at, seq, HistoryEvent(
                entry.at, name(entry.author_id), "edited", detail=_fields_detail(fields),
                changes=_field_changes(fields, referenced, journalled), source=source)))
        elif entry.action in ("delete", "restore"):
            action = "deleted" if entry.action == "delete" else "restored"
            events.append((entry.at, seq, HistoryEvent(entry.at, name(entry.author_id), action)))
        if "review_id" in payload:
            by_review[payload["review_id"]] = (entry.action, payload)
    events.append((ann.created, -1, HistoryEvent(ann.created, name(ann.author_id), "created",
                                                  detail=created_detail)))
    for r in reviews:
        journal_action, payload = by_review.get(r.id, ("", {}))
        if r.verdict is None:
            action = "reply" if r.parent_id else "comment"
            detail = ""
        elif journal_action == "revert_verdict":
            action, detail = "withdrawn", r.verdict
        elif journal_action == "adjudicate":
            action, detail = "adjudicated", ""
        else:
            action, detail = "verdict", ""
        events.append((r.created, len(entries), HistoryEvent(
            r.created, name(r.author_id), action, r.verdict, r.comment, r.id, r.parent_id, detail)))
    events.sort(key=lambda e: (e[0], e[1]))
    return [e for _, _, e in events]


def describe(event: HistoryEvent, tz: tzinfo | None = None) -> str:
    """One line for people: "proposed by Giulia 10:12", "rejected by Marco 11:03: 'the 29B is ...'".

    Times are shown in ``tz`` (default: the computer's time zone), with the date unless it is today.
    """
    when = _when(event.at, tz)
    who = f"{event.author_name} {when}"
    quoted = f": '{' '.join(plain_markdown(event.comment).split())}'" if event.comment else ""
    if event.action == "created":
        if event.detail:
            return f"created in adjudication by {who} (from {event.detail})"
        return f"proposed by {who}"
    if event.action == "edited":
        said = describe_changes(event.changes)
        by = f" by {who}" + (" (from a colleague's file)" if event.source in ("import", "conflict") else "")
        if event.source == "undo":
            by += " (undo)"
        if said:
            return said + by
        return f"edited{by}" + (f": {event.detail}" if event.detail and not event.changes else "")
    if event.action in ("deleted", "restored"):
        return f"{event.action} by {who}"
    if event.action == "withdrawn":
        return f"verdict withdrawn by {who} (back to {event.detail})"
    if event.action == "comment":
        return f"comment by {who}{quoted}"
    if event.action == "reply":
        return f"reply by {who}{quoted}"
    verdict = "set back to proposed" if event.verdict == Status.PROPOSED else event.verdict
    suffix = " in adjudication" if event.action == "adjudicated" else ""
    return f"{verdict} by {who}{suffix}{quoted}"


def next_pending(project: Project, after_annotation_id: str | None = None, author_ids: list[int] | None = None,
                 document_ids: list[int] | None = None) -> str | None:
    """The next proposed annotation after the given one, by document then position, wrapping around.

    ``author_ids`` and ``document_ids`` narrow the search (e.g. only a colleague's annotations).
    Returns None when nothing is left to review.
    """
    stmt = (select(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
            .where(Annotation.status == Status.PROPOSED.value)
            .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id))
    if author_ids is not None:
        stmt = stmt.where(Annotation.author_id.in_(author_ids))
    if document_ids is not None:
        stmt = stmt.where(Annotation.document_id.in_(document_ids))
    with project.read() as s:
        pending = [tuple(r) for r in s.execute(stmt)]
        current = None
        if after_annotation_id is not None:
            row = s.execute(select(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
                            .where(Annotation.id == after_annotation_id)).first()
            current = tuple(row) if row is not None else None
    if not pending:
        return None
    if current is not None:
        for key in pending:
            if key > current:
                return key[3]
    return pending[0][3]


# --- helpers --------------------------------------------------------------------------------------

def _checked_verdict(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise ReviewError(f"{verdict!r} is not a verdict (use one of {', '.join(VERDICTS)}).")
    return verdict


def _annotation(s, annotation_id: str) -> Annotation:  # noqa: ANN001
    ann = s.get(Annotation, annotation_id)
    if ann is None:
        raise ReviewError("That annotation no longer exists.")
    return ann


def _journal_payloads(s, annotation_id: str) -> dict[int, dict]:  # noqa: ANN001
    entries = s.scalars(select(JournalEntry).where(JournalEntry.target_type == "annotation",
                                                   JournalEntry.target_id == annotation_id))
    return {e.id: _loads(e.payload) for e in entries}


def _loads(payload: str) -> dict:
    try:
        data = json.loads(payload or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _fields_detail(fields: dict) -> str:
    parts = []
    for key in sorted(fields):
        if key == "status":
            parts.append(f"status → {fields[key]}")
        elif key != "modified":
            parts.append(key.replace("_", " "))
    return ", ".join(parts)


# --- edits in the analyst's words ------------------------------------------------------------------

# Every stored column of an annotation (desktop.services.annotations.SNAPSHOT_FIELDS), as analysts call it.
FIELD_WORDS = {
    "id": "identifier", "document_id": "document", "start": "start", "end": "end", "quote": "quote",
    "prefix": "text before the quote", "suffix": "text after the quote", "kind": "kind", "author_id": "author",
    "created": "creation time", "modified": "last change time", "status": "status", "note": "note",
    "entity_id": "entity", "value": "value", "value_max": "upper value", "unit": "unit", "bound": "bound",
    "measure_id": "measure", "machine_read": "machine-read mark", "proposition_id": "proposition",
    "stance": "stance", "speaker_id": "speaker", "attributed_to": "attribution", "credibility": "credibility",
    "exchanged_modified": "last exchange time",
}
# Which table an id field points into (resolved to a name when the history is read).
_ID_FIELDS = {"entity_id": Entity, "speaker_id": Entity, "measure_id": Measure, "proposition_id": Proposition,
              "author_id": Author, "document_id": Document}
_FIGURE_FIELDS = ("value", "value_max", "unit", "bound")
_SPAN_FIELDS = ("start", "end", "quote", "prefix", "suffix")
_BOOKKEEPING = ("id", "created", "modified", "exchanged_modified")
BOUND_WORDS = {"exact": "exact", "about": "about", "at_least": "at least", "at_most": "at most", "range": "range"}
NOTE_LIMIT = 60


def _name_of(row: Any) -> str:
    for attribute in ("name", "label", "title"):
        value = getattr(row, attribute, None)
        if value:
            return str(value)
    return ""


def _referenced_names(s, field_sets: list[dict]) -> dict[tuple[str, Any], str]:  # noqa: ANN001
    """{(field, id): name} for every id the edits point at that still exists."""
    names: dict[tuple[str, Any], str] = {}
    for fields in field_sets:
        for field, model in _ID_FIELDS.items():
            value = fields.get(field) if isinstance(fields, dict) else None
            if value is None or (field, value) in names:
                continue
            try:
                row = s.get(model, int(value))
            except (TypeError, ValueError):
                row = None
            if row is not None:
                names[(field, value)] = _name_of(row)
    return names


def _field_changes(fields: dict, names: dict[tuple[str, Any], str],
                   journalled: dict | None = None) -> tuple[FieldChange, ...]:
    """The changes of one edit; an id's name is what the journal recorded at the time (it survives the
    thing's deletion), else what the project calls it now."""
    order = {f: i for i, f in enumerate(FIELD_WORDS)}
    journalled = journalled or {}

    def change(field: str, value: Any) -> FieldChange:
        if field not in _ID_FIELDS:
            return FieldChange(field, value)
        current = names.get((field, value))
        if current is not None or value is None:
            return FieldChange(field, value, current)
        recorded = journalled.get(field)
        return FieldChange(field, value, str(recorded) if recorded else None, gone=True)

    return tuple(change(f, v)
                 for f, v in sorted(fields.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def format_amount(value: Any) -> str:
    """ "14000000000" -> "14 000 000 000"; "1.5" stays "1.5"; "-2500.75" -> "-2 500.75"."""
    text = str(value)
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    if whole.isdigit() and len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", " ")
    return f"{sign}{whole}{dot}{fraction}"


def plain_markdown(text: str) -> str:
    """A comment or note as one plain line reads it: Markdown rendered, then the tags dropped
    ("**ends**" -> "ends"), as the discussion shows it but without the formatting."""
    if not any(c in text for c in "*_`[#>~<&"):
        return text
    import html

    import markdown  # loaded when a history is first described, not at start-up
    import nh3

    rendered = markdown.markdown(text, output_format="html")
    return html.unescape(nh3.clean(rendered, tags=set())).strip()


def _short(text: str, limit: int = NOTE_LIMIT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _figure_phrase(values: dict[str, Any]) -> list[str]:
    """ "value 14 000 000 000 USD (about)"; the parts an edit left alone are not repeated."""
    unit, bound = values.get("unit"), values.get("bound")
    if "value" in values:
        if values["value"] is None:
            return ["value cleared"]
        amount = format_amount(values["value"])
        if values.get("value_max") is not None:
            amount += f"–{format_amount(values['value_max'])}"
        amount += "%" if unit == "%" else (f" {unit}" if unit else "")
        if bound and bound != "exact":
            amount += f" ({BOUND_WORDS.get(bound, bound)})"
        return [f"value {amount}"]
    phrases = []
    if "value_max" in values:
        upper = values["value_max"]
        phrases.append(f"upper value set to {format_amount(upper)}" if upper is not None else "upper value removed")
    if "unit" in values:
        phrases.append(f"unit set to {unit}" if unit else "unit removed")
    if "bound" in values:
        phrases.append(f"read as {BOUND_WORDS.get(bound, bound)}" if bound else "bound removed")
    return phrases


def _named(change: FieldChange) -> str:
    word = FIELD_WORDS[change.field]
    if change.value is None:
        return f"{word} removed"
    if change.name is None:
        return f"{word} set (to a {word} deleted since)"
    if change.gone:
        return f"{word} set to “{change.name}” (deleted since)"
    return f"{word} set to “{change.name}”"


def _phrase(change: FieldChange) -> str | None:
    field, value = change.field, change.value
    if field in _ID_FIELDS:
        if field == "author_id":
            return f"author set to {change.name}" if change.name else "author changed"
        if field == "document_id":
            return f"moved to “{change.name}”" if change.name else "moved to a document deleted since"
        return _named(change)
    if field == "status":
        return f"status set to {value}"
    if field == "kind":
        return f"kind set to {value}"
    if field == "stance":
        return f"stance set to {value}" if value else "stance removed"
    if field == "note":
        return f"note set to “{_short(plain_markdown(str(value)))}”" if value else "note removed"
    if field == "attributed_to":
        return f"attributed to “{value}”" if value else "attribution removed"
    if field == "credibility":
        if value in (None, ""):
            return "credibility grade removed"
        label = CREDIBILITY_LABELS.get(int(value), "")
        return f"credibility set to {value}" + (f" ({label.lower()})" if label else "")
    if field == "machine_read":
        return "value marked as machine-read" if value else "value confirmed by hand"
    if field in FIELD_WORDS:
        return f"{FIELD_WORDS[field]} set to {value}"
    return f"{field.replace('_', ' ')} changed"  # a column newer than this code


def _span_phrase(values: dict[str, Any]) -> list[str]:
    if "start" in values or "end" in values or "quote" in values:
        where = ""
        if "start" in values and "end" in values:
            where = f" to characters {values['start']}–{values['end']}"
        quote = f": “{_short(values['quote'])}”" if values.get("quote") else ""
        return [f"span moved{where}{quote}"]
    return ["context around the quote updated"]


def describe_changes(changes: tuple[FieldChange, ...]) -> str:
    """An edit in the analyst's words: "measure set to “Meta's investment in Scale AI”",
    "entity set to “Meta”", "value 14 000 000 000 USD (about)"; parts joined by "; ". "" for nothing.
    """
    by_field = {c.field: c.value for c in changes}
    phrases: list[str] = []
    done: set[str] = set()
    for change in changes:
        if change.field in done or change.field in _BOOKKEEPING:
            continue
        if change.field in _FIGURE_FIELDS:
            group = {f: by_field[f] for f in _FIGURE_FIELDS if f in by_field}
            phrases += _figure_phrase(group)
            done |= set(group)
        elif change.field in _SPAN_FIELDS:
            group = {f: by_field[f] for f in _SPAN_FIELDS if f in by_field}
            phrases += _span_phrase(group)
            done |= set(group)
        else:
            phrase = _phrase(change)
            if phrase:
                phrases.append(phrase)
    if not phrases and any(c.field in _BOOKKEEPING for c in changes):
        phrases.append("times updated")
    return "; ".join(phrases)


def _when(at: str, tz: tzinfo | None) -> str:
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(tz)
    except ValueError:
        return at
    today = datetime.now(moment.tzinfo).date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")

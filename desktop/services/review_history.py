"""An annotation's history in the analyst's words: creation, edits, verdicts, withdrawals, adjudications
and comments, read from the journal and the review trail (``history``), and one line per event
(``describe``). Writing reviews is ``desktop.services.review``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.figures.wording import BOUND_WORDS, figure_text, group_digits
from desktop.domain.kinds import CREDIBILITY_LABELS, Status
from desktop.domain.words import status_word
from desktop.i18n import Context
from desktop.services.read_models import ReviewView, reviews_of_in
from desktop.services.review import ReviewError, ThreadNode, loads_payload, thread_of
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

History = Context("History")


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


def history(project: Project, annotation_id: str) -> list[HistoryEvent]:
    """Creation, edits, verdicts, withdrawals, adjudications and comments, in time order."""
    with project.read() as s:
        return _history(s, annotation_id, list(s.scalars(select(Review).where(Review.annotation_id == annotation_id))))


def history_and_thread(project: Project, annotation_id: str) -> tuple[list[HistoryEvent], list[ThreadNode]]:
    """:func:`history` and ``review.thread`` of an annotation, read together (the Review dock shows both)."""
    with project.read() as s:
        reviews = reviews_of_in(s, annotation_id)
        return _history(s, annotation_id, reviews), thread_of(reviews)


def _history(s: Session, annotation_id: str, reviews: Sequence[Review | ReviewView]) -> list[HistoryEvent]:
    ann = s.execute(select(Annotation.created, Annotation.author_id).where(Annotation.id == annotation_id)).first()
    if ann is None:
        raise ReviewError(History.tr("That annotation no longer exists."))
    names = {i: n for i, n in s.execute(select(Author.id, Author.name))}
    entries = list(s.scalars(
        select(JournalEntry).where(JournalEntry.target_type == "annotation",
                                   JournalEntry.target_id == annotation_id)
        .order_by(JournalEntry.id)
    ))
    payloads = [loads_payload(entry.payload) for entry in entries]
    referenced = _referenced_names(s, [p["fields"] for e, p in zip(entries, payloads, strict=True)
                                       if e.action == "update" and isinstance(p.get("fields"), dict)])

    def name(author_id: int | None) -> str:
        return names.get(author_id, "someone") if author_id is not None else "someone"

    events: list[tuple[str, int, HistoryEvent]] = []
    by_review: dict[str, tuple[str, dict[str, Any]]] = {}
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
            return History.tr("created in adjudication by {who} (from {sources})").format(who=who, sources=event.detail)
        return History.tr("proposed by {who}").format(who=who)
    if event.action == "edited":
        said = describe_changes(event.changes)
        by = (History.tr(" by {who} (from a colleague's file)") if event.source in ("import", "conflict")
              else History.tr(" by {who}")).format(who=who)
        if event.source == "undo":
            by += History.tr(" (undo)")
        if said:
            return said + by
        return History.tr("edited{by}").format(by=by) + (f": {event.detail}" if event.detail and not event.changes
                                                          else "")
    if event.action == "deleted":
        return History.tr("deleted by {who}").format(who=who)
    if event.action == "restored":
        return History.tr("restored by {who}").format(who=who)
    if event.action == "withdrawn":
        return History.tr("verdict withdrawn by {who} (back to {status})").format(
            who=who, status=status_word(event.detail) if event.detail else "")
    if event.action == "comment":
        return History.tr("comment by {who}{comment}").format(who=who, comment=quoted)
    if event.action == "reply":
        return History.tr("reply by {who}{comment}").format(who=who, comment=quoted)
    adjudicated = event.action == "adjudicated"
    if event.verdict == Status.PROPOSED:
        text = (History.tr("set back to proposed by {who} in adjudication{comment}") if adjudicated
                else History.tr("set back to proposed by {who}{comment}"))
    elif event.verdict == Status.ACCEPTED:
        text = (History.tr("accepted by {who} in adjudication{comment}") if adjudicated
                else History.tr("accepted by {who}{comment}"))
    elif event.verdict == Status.REJECTED:
        text = (History.tr("rejected by {who} in adjudication{comment}") if adjudicated
                else History.tr("rejected by {who}{comment}"))
    elif event.verdict == Status.DISPUTED:
        text = (History.tr("disputed by {who} in adjudication{comment}") if adjudicated
                else History.tr("disputed by {who}{comment}"))
    else:
        suffix = " in adjudication" if adjudicated else ""
        return f"{event.verdict} by {who}{suffix}{quoted}"
    return text.format(who=who, comment=quoted)


def _fields_detail(fields: dict[str, Any]) -> str:
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
NOTE_LIMIT = 60


def _name_of(row: Any) -> str:
    for attribute in ("name", "label", "title"):
        value = getattr(row, attribute, None)
        if value:
            return str(value)
    return ""


def _referenced_names(s: Session, field_sets: list[dict[str, Any]]) -> dict[tuple[str, Any], str]:
    """{(field, id): name} for every id the edits point at that still exists."""
    names: dict[tuple[str, Any], str] = {}
    for fields in field_sets:
        for field, model in _ID_FIELDS.items():
            value = fields.get(field)
            if value is None or (field, value) in names:
                continue
            try:
                row = s.get(model, int(value))
            except (TypeError, ValueError):
                row = None
            if row is not None:
                names[(field, value)] = _name_of(row)
    return names


def _field_changes(fields: dict[str, Any], names: dict[tuple[str, Any], str],
                   journalled: dict[str, Any] | None = None) -> tuple[FieldChange, ...]:
    """The changes of one edit; an id's name is what the journal recorded at the time (it survives the
    thing's deletion), else what the project calls it now."""
    order = {f: i for i, f in enumerate(FIELD_WORDS)}
    recorded_names = journalled or {}

    def change(field: str, value: Any) -> FieldChange:
        if field not in _ID_FIELDS:
            return FieldChange(field, value)
        current = names.get((field, value))
        if current is not None or value is None:
            return FieldChange(field, value, current)
        recorded = recorded_names.get(field)
        return FieldChange(field, value, str(recorded) if recorded else None, gone=True)

    return tuple(change(f, v)
                 for f, v in sorted(fields.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


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
        return [f"value {figure_text(values['value'], values.get('value_max'), unit, bound)}"]
    phrases = []
    if "value_max" in values:
        upper = values["value_max"]
        phrases.append(f"upper value set to {group_digits(upper)}" if upper is not None else "upper value removed")
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

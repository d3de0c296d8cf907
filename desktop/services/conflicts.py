"""Conflicts: a colleague's version of an annotation that BOTH of you changed since your last exchange.

An import records them (``services.exchange``: the local annotation is left untouched, their version is kept
in a ``Conflict`` row as JSON). Here they are listed side by side and resolved:

- ``resolve_conflict(..., "mine")`` keeps yours; ``"theirs"`` writes their version over yours;
- either way ``exchanged_modified`` becomes the later of both ``modified`` values (so importing the same file
  again does not raise the conflict again), the conflict is marked resolved and the decision is journaled;
- keeping yours also makes yours the newest version (``modified`` = now): it is a decision taken after seeing
  theirs, so your next export updates the colleague's copy instead of looking older than theirs;
- the returned :class:`Resolution` is what ``undo_resolution`` needs to put everything back (the conflict
  open again, your version exactly as it was).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.i18n import Context
from desktop.services.annotations import SNAPSHOT_FIELDS
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.services.queries import AnnotationView, get_annotation
from desktop.storage.models import Annotation, Conflict, Document
from desktop.storage.project import Project

if TYPE_CHECKING:  # the exchange's parts load when a conflict is read or resolved, not with the window
    from desktop.services.incoming import IncomingAnnotation

CHOICES = ("mine", "theirs")
# The rows of the side-by-side view, in order.
FIELDS = (("quote", "Quote"), ("kind", "Kind"), ("what", "Value / entity / proposition"), ("status", "Status"),
          ("note", "Note"), ("modified", "Modified"))

Reviewing = Context("Reviewing")


class ConflictError(ValueError):
    """A conflict that cannot be resolved (or un-resolved); the message is for the user."""


@dataclass(frozen=True)
class Side:
    """One version of the annotation, as the side-by-side view shows it."""

    quote: str
    kind: str
    what: str
    status: str
    note: str
    modified: str
    author: str = ""

    def value(self, name: str) -> str:
        return str(getattr(self, name))


@dataclass(frozen=True)
class ConflictView:
    id: int
    annotation_id: str
    detected: str
    document_title: str
    mine: Side | None  # None: you deleted your annotation since
    theirs: Side
    their_author: str

    def differing(self) -> list[str]:
        """The names of the fields (see FIELDS) on which the two versions differ."""
        if self.mine is None:
            return [name for name, _ in FIELDS]
        return [name for name, _ in FIELDS if self.mine.value(name) != self.theirs.value(name)]


@dataclass(frozen=True)
class Resolution:
    """What a resolution did, enough to undo it."""

    conflict_id: int
    annotation_id: str
    choice: str
    before: dict[str, Any] | None = field(default=None)  # your annotation before (None: it did not exist)


# --- reading ------------------------------------------------------------------------------------------------


def open_conflict_count(project: Project) -> int:
    with project.read() as s:
        return int(s.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved.is_(False))) or 0)


def list_open_conflicts(project: Project) -> list[ConflictView]:
    """Open conflicts, oldest first."""
    with project.read() as s:
        rows = list(s.scalars(select(Conflict).where(Conflict.resolved.is_(False))
                              .order_by(Conflict.detected, Conflict.id)))
        titles = {d_id: title for d_id, title in s.execute(select(Document.id, Document.title))}
        by_sha = {sha: title for sha, title in s.execute(select(Document.sha256, Document.title))}
    from desktop.services.incoming import incoming_from_json

    views = []
    for conflict in rows:
        item = incoming_from_json(conflict.theirs)
        mine = get_annotation(project, conflict.annotation_id)
        title = titles.get(mine.document_id, "") if mine is not None else by_sha.get((item.sha256 or "").lower(), "")
        views.append(ConflictView(
            id=conflict.id, annotation_id=conflict.annotation_id, detected=conflict.detected,
            document_title=title, mine=None if mine is None else _my_side(mine), theirs=_their_side(item),
            their_author=item.creator_name,
        ))
    return views


def get_conflict(project: Project, conflict_id: int) -> ConflictView | None:
    return next((c for c in list_open_conflicts(project) if c.id == conflict_id), None)


def _my_side(view: AnnotationView) -> Side:
    if view.kind == "entity":
        what = view.entity_name or ""
    elif view.kind == "figure":
        what = _figure(view.value, view.value_max, view.unit, view.bound, view.measure_label)
    else:
        what = _claim(view.proposition_label, view.stance, view.speaker_name)
    return Side(quote=view.quote, kind=view.kind, what=what, status=view.status, note=view.note or "",
                modified=view.modified, author=view.author_name)


def _their_side(item: IncomingAnnotation) -> Side:
    if item.kind == "entity":
        what = (item.entity.label or item.entity.key) if item.entity else ""
    elif item.kind == "figure":
        if item.has_quantity:
            what = _figure(item.value, item.value_max, item.unit, item.bound, _label(item.measure))
        else:
            what = "(to be read from the quote)"
    else:
        what = _claim(_label(item.proposition), item.stance, _label(item.speaker))
    return Side(quote=item.exact or "", kind=item.kind, what=what, status=item.status, note=item.note or "",
                modified=_stored(item.modified), author=item.creator_name)


def _label(ref: Any) -> str | None:
    return None if ref is None else (ref.label or ref.key)


def _figure(value: str | None, value_max: str | None, unit: str | None, bound: str | None,
            measure: str | None) -> str:
    amount = value or "?"
    if bound == "range" and value_max:
        amount = f"{amount}–{value_max}"
    elif bound and bound != "exact":
        amount = f"{bound.replace('_', ' ')} {amount}"
    text = f"{amount} {unit}".strip() if unit else amount
    return f"{text} · {measure}" if measure else text


def _claim(proposition: str | None, stance: str | None, speaker: str | None) -> str:
    text = proposition or "(no proposition)"
    if stance == "denies":
        text = f"denies: {text}"
    return f"{text} · said by {speaker}" if speaker else text


# --- resolving ----------------------------------------------------------------------------------------------


def resolve_conflict(project: Project, conflict_id: int, choice: str = "mine",
                     author_id: int | None = None) -> Outcome[Resolution]:
    """Keep mine or take theirs, in one transaction. The Resolution undoes it (``undo_resolution``)."""
    if choice not in CHOICES:
        raise ConflictError(Reviewing.tr("Choose {items}, not {choice!r}.").format(items=' or '.join(CHOICES), choice=choice))
    from desktop.services.exchange import apply_their_version
    from desktop.services.incoming import incoming_from_json

    with project.transaction() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            raise ConflictError(Reviewing.tr("That conflict no longer exists."))
        if conflict.resolved:
            raise ConflictError(Reviewing.tr("That conflict has been resolved already."))
        theirs = incoming_from_json(conflict.theirs)
        ann = s.get(Annotation, conflict.annotation_id)
        before = None if ann is None else {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}
        changes = Changes(annotations=frozenset({conflict.annotation_id}))
        if choice == "theirs":
            fields, applied = apply_their_version(s, theirs)
            changes |= applied
            record(s, "update", "annotation", conflict.annotation_id, author_id, source="conflict", fields=fields)
            ann = s.get(Annotation, conflict.annotation_id)
        if ann is not None:
            versions = [_stored(theirs.modified)] + ([before["modified"]] if before else [])
            ann.exchanged_modified = max(versions, key=_instant)
            if choice == "mine":  # keeping yours after seeing theirs is a decision: the colleague gets it next
                ann.modified = now_iso()
        conflict.resolved = True
        record(s, "resolve_conflict", "annotation", conflict.annotation_id, author_id, conflict=conflict.id,
               choice=choice, mine=before["modified"] if before else None, theirs=theirs.modified)
        return Outcome(Resolution(conflict.id, conflict.annotation_id, choice, before), changes)


def undo_resolution(project: Project, resolution: Resolution, author_id: int | None = None) -> Outcome[int]:
    """Open the conflict again and put your annotation back exactly as it was before the resolution."""
    with project.transaction() as s:
        conflict = s.get(Conflict, resolution.conflict_id)
        if conflict is None:
            raise ConflictError(Reviewing.tr("That conflict no longer exists."))
        if not conflict.resolved:
            raise ConflictError(Reviewing.tr("That conflict is open already."))
        ann = s.get(Annotation, resolution.annotation_id)
        if resolution.before is None:
            if ann is not None:
                s.delete(ann)
        elif ann is None:
            s.add(Annotation(**resolution.before))
        else:
            for name, value in resolution.before.items():
                if getattr(ann, name) != value:
                    setattr(ann, name, value)
        conflict.resolved = False
        record(s, "reopen_conflict", "annotation", resolution.annotation_id, author_id, conflict=conflict.id,
               undone=resolution.choice)
        return Outcome(conflict.id, Changes(annotations=frozenset({resolution.annotation_id})))


def _instant(timestamp: str) -> datetime:
    moment = datetime.fromisoformat(timestamp)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stored(timestamp: str) -> str:
    return _instant(timestamp).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

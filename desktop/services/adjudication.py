"""Adjudication: settling two authors' versions of the same passage. One transaction per decision.

What each choice does (A and B are the two annotations, X the adjudicator):

- ``"a"``: A is accepted in place, B is rejected.        ``"b"``: the reverse.
- ``"both"``: both are accepted in place (two distinct, valid annotations).
- ``"edited"``: X's corrected version becomes a *new* annotation authored by X, accepted; A and B are
  both rejected. It starts as a copy of ``base`` ("a" or "b") with ``edited_fields`` applied (any
  editable annotation field, the ``*_name``/``*_label`` conveniences, and ``start``/``end``).

Accepting in place keeps authorship truthful (the words tagged are still the colleague's work) and
never leaves two accepted copies of one annotation; only an edited result is new work by X.
Every source annotation gets a verdict review by X whose comment names both authors, e.g.
"Took Giulia's version over Marco's.", and the journal marks it ``adjudicate``, so
:func:`desktop.services.review_history.history` shows "accepted by Anna 12:00 in adjudication: '...'".
An edited result's creation is journalled with the authors it settles ("created in adjudication by
Anna 12:00 (from Giulia's and Marco's)") and it carries an accepted review as well.

:func:`undo_take` reverses a decision: it appends reviews restoring the sources' previous statuses
and deletes the edited result, if any.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.anchoring import anchor_for
from desktop.domain.kinds import Status
from desktop.services.annotations import SNAPSHOT_FIELDS, apply_fields
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.services.review import append_verdict
from desktop.storage.models import Annotation, Author, Document
from desktop.storage.project import Project

CHOICES = ("a", "b", "both", "edited")
# Copied from the base annotation into an edited result; the rest is the adjudicator's.
_COPIED_FIELDS = tuple(f for f in SNAPSHOT_FIELDS if f not in {
    "id", "author_id", "created", "modified", "status", "quote", "prefix", "suffix", "exchanged_modified",
})


class AdjudicationError(ValueError):
    """An adjudication that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class Adjudication:
    """What a decision did, enough to undo it."""

    choice: str
    accepted: tuple[str, ...]  # annotation ids that now stand as accepted
    created_id: str | None  # the adjudicator's new annotation ("edited"), else None
    review_ids: Mapping[str, str] = field(default_factory=dict)  # annotation id -> review recording it
    previous_status: Mapping[str, str] = field(default_factory=dict)  # source id -> status before


def take(project: Project, a_id: str, b_id: str, choice: str, adjudicator_id: int,
         edited_fields: Mapping[str, Any] | None = None, *, base: str = "a", comment: str = "",
         ) -> Outcome[Adjudication]:
    """Settle A's and B's versions (see the module docstring). ``comment`` is added to every review."""
    if choice not in CHOICES:
        raise AdjudicationError(f"{choice!r} is not a choice (use one of {', '.join(CHOICES)}).")
    if choice == "edited" and base not in ("a", "b"):
        raise AdjudicationError("Start the edited version from A's or B's (base 'a' or 'b').")
    if a_id == b_id:
        raise AdjudicationError("Choose two different annotations to adjudicate.")
    with project.transaction() as s:
        a, b = s.get(Annotation, a_id), s.get(Annotation, b_id)
        if a is None or b is None:
            raise AdjudicationError("One of the two annotations no longer exists.")
        if a.document_id != b.document_id:
            raise AdjudicationError("The two annotations are in different documents.")
        name_a, name_b = _name(s, a.author_id), _name(s, b.author_id)
        extra = f" {comment.strip()}" if comment.strip() else ""
        if choice == "a":
            plan = [(a, Status.ACCEPTED, f"Took {name_a}'s version over {name_b}'s."),
                    (b, Status.REJECTED, f"Took {name_a}'s version instead.")]
        elif choice == "b":
            plan = [(a, Status.REJECTED, f"Took {name_b}'s version instead."),
                    (b, Status.ACCEPTED, f"Took {name_b}'s version over {name_a}'s.")]
        elif choice == "both":
            plan = [(x, Status.ACCEPTED, f"Took both {name_a}'s and {name_b}'s.") for x in (a, b)]
        else:
            plan = [(x, Status.REJECTED, f"Replaced by {_name(s, adjudicator_id)}'s edited version.")
                    for x in (a, b)]

        changes = Changes(annotations=frozenset({a.id, b.id}))
        created_id = None
        if choice == "edited":
            created, extra_changes = _edited_copy(s, a if base == "a" else b, adjudicator_id,
                                                  dict(edited_fields or {}), (name_a, name_b), (a.id, b.id))
            created_id = created.id
            plan.append((created, Status.ACCEPTED, f"Edited from {name_a}'s and {name_b}'s versions."))
            changes |= extra_changes | Changes(annotations=frozenset({created.id}))

        review_ids: dict[str, str] = {}
        previous: dict[str, str] = {}
        for ann, status, note in plan:
            review_id, before = append_verdict(s, ann, adjudicator_id, status.value, f"{note}{extra}")
            review_ids[ann.id] = review_id
            if ann.id != created_id:
                previous[ann.id] = before
            record(s, "adjudicate", "annotation", ann.id, adjudicator_id, review_id=review_id,
                   verdict=status.value, previous=before, choice=choice, sources=[a.id, b.id])
        accepted = tuple(ann.id for ann, status, _ in plan if status == Status.ACCEPTED)
        result = Adjudication(choice, accepted, created_id, review_ids, previous)
        return Outcome(result, changes | Changes(reviews=frozenset(review_ids.values())))


def undo_take(project: Project, adjudication: Adjudication, author_id: int) -> Outcome[None]:
    """Reverse a decision: restore the sources' statuses (appending reviews) and delete an edited result."""
    with project.transaction() as s:
        new_reviews = set()
        touched = set(adjudication.previous_status)
        for ann_id, status in adjudication.previous_status.items():
            ann = s.get(Annotation, ann_id)
            if ann is None:
                continue
            review_id, before = append_verdict(s, ann, author_id, status)
            new_reviews.add(review_id)
            record(s, "revert_verdict", "annotation", ann.id, author_id, review_id=review_id,
                   reverts=adjudication.review_ids.get(ann_id), verdict=status, previous=before)
        if adjudication.created_id is not None:
            created = s.get(Annotation, adjudication.created_id)
            if created is not None:
                s.delete(created)
                record(s, "delete", "annotation", created.id, author_id, quote=created.quote)
                touched.add(created.id)
        return Outcome(None, Changes(annotations=frozenset(touched), reviews=frozenset(new_reviews)))


def _edited_copy(s: Session, source: Annotation, adjudicator_id: int, fields: dict[str, Any],
                 names: tuple[str, str], sources: tuple[str, str]) -> tuple[Annotation, Changes]:
    if "status" in fields:
        raise AdjudicationError("An adjudicated version is accepted; its status cannot be edited.")
    doc = s.get(Document, source.document_id)
    if doc is None:
        raise AdjudicationError("That document no longer exists.")
    start = int(fields.pop("start", source.start))
    end = int(fields.pop("end", source.end))
    if not (0 <= start < end <= doc.char_count):
        raise AdjudicationError(f"The span {start}-{end} is outside the document.")
    anchor = anchor_for(doc.text, start, end)
    if not anchor.exact.strip():
        raise AdjudicationError("The edited span is only white space.")
    now = now_iso()
    copied = {name: getattr(source, name) for name in _COPIED_FIELDS}
    copied.update(start=start, end=end)
    ann = Annotation(**copied, id=str(uuid.uuid4()), author_id=adjudicator_id, created=now, modified=now,
                     status=Status.PROPOSED.value, quote=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix)
    s.add(ann)
    changes = apply_fields(s, ann, fields)
    s.flush()
    record(s, "create", "annotation", ann.id, adjudicator_id, kind=ann.kind, start=start, end=end,
           adjudicating=list(names), sources=list(sources))
    return ann, changes


def _name(s: Session, author_id: int) -> str:
    author = s.get(Author, author_id)
    return author.name if author is not None else "someone"

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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.kinds import Status
from desktop.i18n import Context
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.services.read_models import ReviewView, list_reviews
from desktop.storage.models import Annotation, JournalEntry, Review
from desktop.storage.project import Project

VERDICTS = tuple(s.value for s in Status)  # proposed (= back to proposed), accepted, rejected, disputed

Reviewing = Context("Reviewing")


class ReviewError(ValueError):
    """A review action that cannot be done; the message is for the user."""


@dataclass(frozen=True)
class ThreadNode:
    review: ReviewView
    replies: tuple[ThreadNode, ...] = ()


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


def append_verdict(session: Session, ann: Annotation, author_id: int, verdict: str,
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
        raise ReviewError(Reviewing.tr("Write something to comment."))
    with project.transaction() as s:
        ann = _annotation(s, annotation_id)
        if parent_id is not None:
            parent = s.get(Review, parent_id)
            if parent is None or parent.annotation_id != ann.id:
                raise ReviewError(Reviewing.tr("The comment being answered is not on this annotation."))
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
            raise ReviewError(Reviewing.tr("That is not a verdict, so there is nothing to withdraw."))
        ann = _annotation(s, old.annotation_id)
        restored = _status_before(s, old)
        new_id, previous = append_verdict(s, ann, author_id, restored)
        record(s, "revert_verdict", "annotation", ann.id, author_id, review_id=new_id, reverts=review_id,
               verdict=restored, previous=previous)
        return Outcome(new_id, Changes(annotations=frozenset({ann.id}), reviews=frozenset({new_id})))


def _status_before(s: Session, review: Review) -> str:
    """The status an annotation had just before ``review``: journalled, else the verdict before it."""
    for payload in journal_payloads(s, review.annotation_id).values():
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
    return list_reviews(project, [annotation_id])


def thread(project: Project, annotation_id: str) -> list[ThreadNode]:
    """The discussion as a tree: top-level reviews oldest first, each with its replies nested."""
    return thread_of(reviews_of(project, annotation_id))


def thread_of(reviews: list[ReviewView]) -> list[ThreadNode]:
    """:func:`thread` of an annotation's reviews, oldest first."""
    ids = {r.id for r in reviews}
    children: dict[str | None, list[ReviewView]] = {}
    for r in reviews:
        parent = r.parent_id if r.parent_id in ids else None
        children.setdefault(parent, []).append(r)

    def build(review: ReviewView) -> ThreadNode:
        return ThreadNode(review, tuple(build(c) for c in children.get(review.id, [])))

    return [build(r) for r in children.get(None, [])]


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
        pending = [(doc, start, end, ident) for doc, start, end, ident in s.execute(stmt)]
        current: tuple[int, int, int, str] | None = None
        if after_annotation_id is not None:
            row = s.execute(select(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
                            .where(Annotation.id == after_annotation_id)).first()
            if row is not None:
                doc, start, end, ident = row
                current = (doc, start, end, ident)
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
        raise ReviewError(Reviewing.tr("{verdict!r} is not a verdict (use one of {items}).").format(verdict=verdict, items=', '.join(VERDICTS)))
    return verdict


def _annotation(s: Session, annotation_id: str) -> Annotation:
    ann = s.get(Annotation, annotation_id)
    if ann is None:
        raise ReviewError(Reviewing.tr("That annotation no longer exists."))
    return ann


def journal_payloads(s: Session, annotation_id: str) -> dict[int, dict[str, Any]]:
    entries = s.scalars(select(JournalEntry).where(JournalEntry.target_type == "annotation",
                                                   JournalEntry.target_id == annotation_id))
    return {e.id: loads_payload(e.payload) for e in entries}


def loads_payload(payload: str) -> dict[str, Any]:
    try:
        data = json.loads(payload or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}

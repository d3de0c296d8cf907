"""Working alone: what review and export do for the person who is actually there.

An analyst is *alone* in a project when no other author has an annotation in it. Then:

- **Self-review.** Review › Next Pending (N) walks colleagues' proposed annotations first; when no
  colleague's annotation waits (or there is no colleague), it walks your own: a second reading of your
  work, each verdict recorded as yours like any other (the history says "accepted by Giulia").
- **Export scope.** A dossier of accepted annotations only would leave a solo analyst's unreviewed work
  out ("3 of 63 annotations · no figures"): alone, the export includes pending annotations by default,
  each marked "(pending)", and says so; in a team it stays accepted-only. Either way the dossier says
  what it leaves out and why (``desktop.dossier``'s ``left_out``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.kinds import Status
from desktop.storage.models import Annotation
from desktop.storage.project import Project


def other_authors(project: Project, author_id: int) -> list[int]:
    """The authors besides ``author_id`` who have at least one annotation in the project."""
    with project.read() as s:
        return sorted(s.scalars(select(Annotation.author_id).where(Annotation.author_id != author_id).distinct()))


def is_alone(project: Project, author_id: int) -> bool:
    return not other_authors(project, author_id)


def pending_count(project: Project, author_ids: list[int] | None = None) -> int:
    """Proposed annotations (of these authors, or of everyone)."""
    stmt = select(func.count()).select_from(Annotation).where(Annotation.status == Status.PROPOSED.value)
    if author_ids is not None:
        stmt = stmt.where(Annotation.author_id.in_(author_ids))
    with project.read() as s:
        return int(s.scalar(stmt) or 0)


@dataclass(frozen=True)
class ReviewStep:
    """The next annotation N goes to: ``own`` when it is the reviewer's own (self-review); ``waiting``
    counts the proposed annotations of that queue, this one included."""

    annotation_id: str
    own: bool
    waiting: int

    def status_text(self, description: str, author_name: str) -> str:
        keys = "(A accept · R reject · D dispute · N next)"
        if self.own:
            return (f"Self-review ({self.waiting} of your own proposed): {description} {keys}. "
                    "No colleague's annotation waits for review.")
        return f"To review: {description} by {author_name} {keys}"


def next_to_review(project: Project, author_id: int, after: str | None = None,
                   shown: frozenset[int] | None = None) -> ReviewStep | None:
    """Colleagues' proposed annotations first (among the authors ``shown``, None: all), then your own."""
    from desktop.services import review  # the review trail's reader

    colleagues = [a for a in other_authors(project, author_id) if shown is None or a in shown]
    if colleagues:
        target = review.next_pending(project, after, author_ids=colleagues)
        if target is not None:
            return ReviewStep(target, False, pending_count(project, colleagues))
    if shown is not None and author_id not in shown:
        return None
    target = review.next_pending(project, after, author_ids=[author_id])
    if target is None:
        return None
    return ReviewStep(target, True, pending_count(project, [author_id]))


def export_includes_pending(project: Project, author_id: int) -> bool:
    """The dossier's default: alone, your unreviewed work is included (marked pending); in a team, not."""
    return is_alone(project, author_id) and pending_count(project, [author_id]) > 0

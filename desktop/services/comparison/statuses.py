"""Which annotations the line-up counts (by status), and what the chosen statuses leave out for review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import func, or_, select

from desktop.domain.kinds import Kind, Status
from desktop.i18n import Context
from desktop.storage import tables
from desktop.storage.project import Project

Comparison = Context("Comparison")

ALL_STATUSES = frozenset(s.value for s in Status)
PENDING_STATUSES = frozenset({Status.PROPOSED.value, Status.DISPUTED.value})
DEFAULT_STATUSES = ALL_STATUSES - {Status.REJECTED.value}


def statuses_for(include_pending: bool = True, include_rejected: bool = False) -> frozenset[str]:
    """Which annotations the line-up counts: accepted always, pending (proposed, disputed) and rejected
    when asked. The register and Compare both count with the statuses made here (one rule)."""
    shown = {Status.ACCEPTED.value}
    if include_pending:
        shown |= PENDING_STATUSES
    if include_rejected:
        shown.add(Status.REJECTED.value)
    return frozenset(shown)


@dataclass(frozen=True)
class HiddenForReview:
    """What the line-up leaves out with the chosen statuses: figures with a measure and claims with a
    proposition, by status. ``text()``: "9 figures and 2 claims wait for review"."""

    figures: dict[str, int]
    claims: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.figures.values()) + sum(self.claims.values())

    def text(self) -> str:
        figures, claims = sum(self.figures.values()), sum(self.claims.values())
        parts = ([Comparison.tr("%n figure(s)", "", figures)] if figures else []) + (
            [Comparison.tr("%n claim(s)", "", claims)] if claims else [])
        if not parts:
            return ""
        things = parts[0] if len(parts) == 1 else Comparison.tr("{first} and {second}").format(
            first=parts[0], second=parts[1])
        pending = sum(self.figures.get(s, 0) + self.claims.get(s, 0) for s in PENDING_STATUSES)
        rejected = self.figures.get(Status.REJECTED.value, 0) + self.claims.get(Status.REJECTED.value, 0)
        if rejected and not pending:
            return Comparison.tr("{things} was/were rejected", "", self.total).format(things=things)
        text = Comparison.tr("{things} wait(s) for review", "", self.total).format(things=things)
        if rejected:
            text += Comparison.tr(" (%n rejected)", "", rejected)
        return text


def hidden_for_review(project: Project, statuses: frozenset[str]) -> HiddenForReview:
    """What Compare would show with every status but hides with ``statuses`` (see ``HiddenForReview``)."""
    hidden = sorted(ALL_STATUSES - statuses)
    figures: dict[str, int] = {}
    claims: dict[str, int] = {}
    if not hidden:
        return HiddenForReview(figures, claims)
    a = tables.annotations.c
    with project.read_core() as s:
        for kind, status, n in cast("Iterable[tuple[str, str, int]]", s.execute(
            select(a.kind, a.status, func.count())
            .where(a.status.in_(hidden),
                   or_((a.kind == Kind.FIGURE.value) & a.measure_id.is_not(None)
                       & or_(a.unit.is_(None), a.unit != "date"),
                       (a.kind == Kind.CLAIM.value) & a.proposition_id.is_not(None)))
            .group_by(a.kind, a.status)
        )):
            (figures if kind == Kind.FIGURE.value else claims)[status] = n
    return HiddenForReview(figures, claims)

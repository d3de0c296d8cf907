"""Typed change sets: what an action changed, so each view decides what to refresh."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    documents: frozenset[int] = frozenset()
    annotations: frozenset[str] = frozenset()
    entities: frozenset[int] = frozenset()
    measures: frozenset[int] = frozenset()
    propositions: frozenset[int] = frozenset()
    authors: frozenset[int] = frozenset()
    reviews: frozenset[str] = frozenset()
    settings: bool = False
    # Of ``annotations``, those this action created (a tag): a view counting annotations adds them instead of
    # counting again. Left empty where unknown (a colleague's change, an import): then views count.
    created: frozenset[str] = frozenset()
    # The documents that hold every one of ``annotations`` now, where known (a background step's change set,
    # found in its worker: ``desktop.services.change_places``); None: unknown, a view reads what it needs.
    # A view showing a document outside it, and none of the changed annotations, has nothing to do.
    holding: frozenset[int] | None = None

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            documents=self.documents | other.documents,
            annotations=self.annotations | other.annotations,
            entities=self.entities | other.entities,
            measures=self.measures | other.measures,
            propositions=self.propositions | other.propositions,
            authors=self.authors | other.authors,
            reviews=self.reviews | other.reviews,
            settings=self.settings or other.settings,
            created=self.created | other.created,
            holding=_holding(self, other),
        )

    @property
    def empty(self) -> bool:
        return not (
            self.documents or self.annotations or self.entities or self.measures
            or self.propositions or self.authors or self.reviews or self.settings
        )


def _holding(a: Changes, b: Changes) -> frozenset[int] | None:
    """What holds the annotations of both: known only if known for each side that changed annotations."""
    if not b.annotations:
        return a.holding
    if not a.annotations:
        return b.holding
    return None if a.holding is None or b.holding is None else a.holding | b.holding


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of one user action: its value and what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)
    # Of the annotations it created, each as a read of it now gives it (``AnnotationView`` by id), where the
    # step knows that without reading (a plain tag): the window shows these instead of reading them back.
    views: Mapping[str, Any] = field(default_factory=dict)

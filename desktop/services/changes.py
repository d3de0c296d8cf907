"""Typed change sets: what an action changed, so each view decides what to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

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
        )

    @property
    def empty(self) -> bool:
        return not (
            self.documents or self.annotations or self.entities or self.measures
            or self.propositions or self.authors or self.reviews or self.settings
        )


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of one user action: its value and what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)

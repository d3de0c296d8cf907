"""What a pane needs to paint an annotation or a suggestion: where it is and what it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """An annotation as painted: code-point offsets into the document text, end exclusive."""

    id: str
    start: int
    end: int
    kind: str  # entity | figure | claim
    author_id: int


@dataclass(frozen=True, slots=True)
class SuggestedSpan:
    """A span the app proposes (a possible mention, a figure the parser found); not an annotation."""

    id: str
    start: int
    end: int
    kind: str
    label: str  # what accepting it would record, e.g. "OpenAI (0.86)" or "14000000000 USD, about"
    score: float = 1.0

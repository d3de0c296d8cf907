"""Lining up two authors' annotations of one document: which spans correspond, and how they differ.

Each side is a list of :class:`CodedSpan` (code-point offsets, end exclusive). ``align`` pairs them
one-to-one, greedily, best pair first:

1. same boundaries, same kind, same label and value  -> ``exact``
2. same boundaries, same kind, label or value differ  -> ``disagree``
3. same kind, boundaries differ but overlap           -> ``overlap`` (best intersection-over-union first)
4. same boundaries, different kind                    -> ``disagree``

Spans of different kinds whose boundaries differ are never paired (a name inside a claim is not the
claim). Whatever is left over is ``only_a`` or ``only_b``. The overlapping candidates are found with a
sweep line, so the cost is O((n + k) log(n + k)) for n spans and k overlapping pairs (k is O(n) for
ordinary annotation, where a span overlaps only a few others).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class CodedSpan:
    """An annotation reduced to what agreement looks at.

    ``label`` is what the span refers to (entity key, measure key, proposition key) and ``value`` what
    it says about it (a figure's value/value_max/unit/bound, a claim's stance); either may be None.
    """

    id: str
    start: int
    end: int
    kind: str
    label: str | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span {self.start}-{self.end} is empty or negative")

    @property
    def length(self) -> int:
        return self.end - self.start

    def same_bounds(self, other: CodedSpan) -> bool:
        return self.start == other.start and self.end == other.end

    def intersection(self, other: CodedSpan) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


class Match(StrEnum):
    EXACT = "exact"
    DISAGREE = "disagree"
    OVERLAP = "overlap"
    ONLY_A = "only_a"
    ONLY_B = "only_b"


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One row of an alignment: A's span, B's span, or both, and how they relate."""

    match: Match
    a: CodedSpan | None
    b: CodedSpan | None

    @property
    def start(self) -> int:
        return min(s.start for s in (self.a, self.b) if s is not None)

    @property
    def end(self) -> int:
        return max(s.end for s in (self.a, self.b) if s is not None)

    @property
    def kind_differs(self) -> bool:
        return self.a is not None and self.b is not None and self.a.kind != self.b.kind

    @property
    def label_differs(self) -> bool:
        return self.a is not None and self.b is not None and (
            self.a.label != self.b.label or self.a.value != self.b.value
        )


def overlapping_pairs(a: Sequence[CodedSpan], b: Sequence[CodedSpan]) -> Iterator[tuple[int, int]]:
    """Every (i, j) with a[i] and b[j] sharing at least one character, each pair once (sweep line)."""
    events = sorted(
        [(s.start, 0, i) for i, s in enumerate(a)] + [(s.start, 1, j) for j, s in enumerate(b)]
    )
    sides = (a, b)
    active: tuple[dict[int, None], dict[int, None]] = ({}, {})
    ends: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for start, side, index in events:
        for heap, live in zip(ends, active, strict=True):
            while heap and heap[0][0] <= start:
                live.pop(heapq.heappop(heap)[1], None)
        for other in active[1 - side]:
            yield (index, other) if side == 0 else (other, index)
        active[side][index] = None
        heapq.heappush(ends[side], (sides[side][index].end, index))


def greedy_match(
    a: Sequence[CodedSpan], b: Sequence[CodedSpan],
    rank: Callable[[CodedSpan, CodedSpan], tuple[float, ...] | None],
) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans, taking the lowest ``rank`` first (None: never pair).

    Ties are broken by position, so the result does not depend on input order beyond it.
    """
    candidates = []
    for i, j in overlapping_pairs(a, b):
        key = rank(a[i], b[j])
        if key is not None:
            candidates.append((key, a[i].start, b[j].start, a[i].end, b[j].end, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return pairs


def overlap_rank(x: CodedSpan, y: CodedSpan) -> tuple[float, int]:
    """Better overlap first: larger intersection over union, then larger intersection."""
    inter = x.intersection(y)
    union = max(x.end, y.end) - min(x.start, y.start)
    return (-inter / union, -inter)


def _alignment_rank(x: CodedSpan, y: CodedSpan) -> tuple[float, ...] | None:
    if x.same_bounds(y):
        if x.kind == y.kind:
            tier = 0 if (x.label, x.value) == (y.label, y.value) else 1
        else:
            tier = 3
    elif x.kind == y.kind:
        tier = 2
    else:
        return None
    return (tier, *overlap_rank(x, y))


def _same_kind_overlap_rank(x: CodedSpan, y: CodedSpan) -> tuple[float, ...] | None:
    return overlap_rank(x, y) if x.kind == y.kind else None


def match_overlapping(a: Sequence[CodedSpan], b: Sequence[CodedSpan]) -> list[tuple[CodedSpan, CodedSpan]]:
    """One-to-one greedy matching of same-kind spans that share at least one character."""
    return [(a[i], b[j]) for i, j in greedy_match(a, b, _same_kind_overlap_rank)]


def match_exact(a: Sequence[CodedSpan], b: Sequence[CodedSpan]) -> list[tuple[CodedSpan, CodedSpan]]:
    """One-to-one matching of same-kind spans with identical boundaries."""
    waiting: dict[tuple[int, int, str], list[CodedSpan]] = {}
    for span in sorted(b, key=lambda s: (s.start, s.end, s.id)):
        waiting.setdefault((span.start, span.end, span.kind), []).append(span)
    pairs = []
    for span in sorted(a, key=lambda s: (s.start, s.end, s.id)):
        queue = waiting.get((span.start, span.end, span.kind))
        if queue:
            pairs.append((span, queue.pop(0)))
    return pairs


def align(a: Sequence[CodedSpan], b: Sequence[CodedSpan]) -> list[AlignedPair]:
    """Pair A's and B's spans of one document (see the module docstring), sorted by position."""
    rows: list[AlignedPair] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for i, j in greedy_match(a, b, _alignment_rank):
        x, y = a[i], b[j]
        if x.same_bounds(y):
            same = x.kind == y.kind and (x.label, x.value) == (y.label, y.value)
            match = Match.EXACT if same else Match.DISAGREE
        else:
            match = Match.OVERLAP
        rows.append(AlignedPair(match, x, y))
        used_a.add(i)
        used_b.add(j)
    rows.extend(AlignedPair(Match.ONLY_A, x, None) for i, x in enumerate(a) if i not in used_a)
    rows.extend(AlignedPair(Match.ONLY_B, None, y) for j, y in enumerate(b) if j not in used_b)
    # By position; at the same position pairs come first, then A's, then B's leftovers.
    rows.sort(key=lambda r: (r.start, r.end, (r.a is None) * 2 + (r.b is None),
                             r.a.id if r.a else "", r.b.id if r.b else ""))
    return rows

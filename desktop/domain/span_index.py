"""Spans indexed by position, for "which spans touch [a, b)" without looking at every span.

The text is cut into fixed-size buckets of code points. A span is filed in every bucket it covers
(usually one or two; a span covering a whole chapter sits in one bucket per ``bucket_size`` code
points of it). A query visits only the buckets of its range, and reports each span from exactly
one bucket (the first of its buckets inside the range), so no set is needed to drop duplicates.

Costs, with ``n`` spans, a query range covering ``q`` buckets and ``k`` spans in the answer:
``overlapping`` is O(q * spans-per-bucket + k log k); ``add`` and ``remove`` are O(buckets the span
covers), i.e. O(1) for ordinary spans. Nothing ever compares every span with every other.

An empty span (``start == end``) is treated as occupying its start position, so it is found
by a query covering that position.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar


class SpanLike(Protocol):
    """What the index needs from a span: ``Span`` and ``SuggestedSpan`` both qualify."""

    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=SpanLike)

DEFAULT_BUCKET_SIZE = 512


def _sort_key(span: SpanLike) -> tuple[int, int, str]:
    return (span.start, -span.end, span.id)


class SpanIndex(Generic[S]):
    """Spans (``desktop.domain.spans.Span`` or ``SuggestedSpan``) indexed by code-point position."""

    def __init__(self, spans: Iterable[S] = (), bucket_size: int = DEFAULT_BUCKET_SIZE) -> None:
        if bucket_size < 1:
            raise ValueError("bucket_size must be positive")
        self._size = bucket_size
        self._by_id: dict[str, S] = {}
        self._buckets: dict[int, dict[str, S]] = {}
        self._add_all(spans)

    # -- changes -------------------------------------------------------------------------------

    def add(self, span: S) -> None:
        """Add a span; a span with the same id is replaced."""
        if span.start < 0 or span.end < span.start:
            raise ValueError(f"Invalid span {span.id}: {span.start}-{span.end}")
        if span.id in self._by_id:
            self.remove(span.id)
        self._by_id[span.id] = span
        buckets = self._buckets
        for b in self._bucket_range(span):
            bucket = buckets.get(b)
            if bucket is None:
                buckets[b] = {span.id: span}
            else:
                bucket[span.id] = span

    def _add_all(self, spans: Iterable[S]) -> None:
        """``add`` for each span, inlined: a long article opens with 10,000 of them."""
        by_id, buckets, size = self._by_id, self._buckets, self._size
        for span in spans:
            start, end, ident = span.start, span.end, span.id
            if start < 0 or end < start or ident in by_id:
                self.add(span)  # refused, or replacing one: the careful way
                continue
            by_id[ident] = span
            first = start // size
            bucket = buckets.get(first)
            if bucket is None:
                buckets[first] = {ident: span}
            else:
                bucket[ident] = span
            last = (end - 1) // size
            if last > first:  # most spans sit in one bucket: no loop for them
                for b in range(first + 1, last + 1):
                    bucket = buckets.get(b)
                    if bucket is None:
                        buckets[b] = {ident: span}
                    else:
                        bucket[ident] = span

    def remove(self, span_id: str) -> None:
        """Remove a span by id; an unknown id is ignored."""
        span = self._by_id.pop(span_id, None)
        if span is None:
            return
        for b in self._bucket_range(span):
            bucket = self._buckets.get(b)
            if bucket is not None:
                bucket.pop(span_id, None)
                if not bucket:
                    del self._buckets[b]

    def clear(self) -> None:
        self._by_id.clear()
        self._buckets.clear()

    # -- queries -------------------------------------------------------------------------------

    def get(self, span_id: str) -> S | None:
        return self._by_id.get(span_id)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[S]:
        """Every span, sorted by (start, -end)."""
        return iter(sorted(self._by_id.values(), key=_sort_key))

    def overlapping(self, start: int, end: int) -> list[S]:
        """Spans sharing at least one position with [start, end), sorted by (start, -end)."""
        if end <= start or not self._by_id:
            return []
        size = self._size
        first = max(start, 0) // size
        last = (end - 1) // size
        found: list[S] = []
        buckets = self._buckets
        if last - first + 1 > len(buckets):
            # a range wider than the filled buckets: walk the filled ones instead of the empty ones
            numbers = sorted(b for b in buckets if first <= b <= last)
        else:
            numbers = [b for b in range(first, last + 1) if b in buckets]
        for b in numbers:
            for span in buckets[b].values():
                s_start = span.start
                s_end = span.end if span.end > s_start else s_start + 1
                # report a span only from its first bucket inside the query range
                if s_start < end and s_end > start and max(s_start // size, first) == b:
                    found.append(span)
        found.sort(key=_sort_key)
        return found

    def at(self, pos: int) -> list[S]:
        """Spans containing position ``pos``, innermost (shortest) first."""
        spans = self.overlapping(pos, pos + 1)
        spans.sort(key=lambda s: (s.end - s.start, -s.start, s.id))
        return spans

    # -- internals -----------------------------------------------------------------------------

    def _bucket_range(self, span: SpanLike) -> range:
        size = self._size
        last_pos = span.end - 1 if span.end > span.start else span.start
        return range(span.start // size, last_pos // size + 1)

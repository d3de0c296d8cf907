"""Spans indexed by position, for "which spans touch [a, b)" without looking at every span.

The text is cut into fixed-size buckets of code points. A span is filed in every bucket it covers
(usually one or two; a span covering a whole chapter sits in one bucket per ``bucket_size`` code
points of it). A query visits only the buckets of its range, and reports each span from exactly
one bucket (the first of its buckets inside the range), so no set is needed to drop duplicates.

Costs, with ``n`` spans, a query range covering ``q`` buckets and ``k`` spans in the answer:
``overlapping`` is O(q * spans-per-bucket + k log k); ``add`` and ``remove`` are O(buckets the span
covers * spans-per-bucket) (a bucket is a tuple of ids, rebuilt), i.e. O(1) for ordinary spans. Nothing
ever compares every span with every other.

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
        # bucket number -> ids of its spans, in the order they came. Tuples of strings, not dicts: the
        # cycle collector stops tracking them at once, so an index of 10,000 spans adds thousands fewer
        # objects to the heap it walks (a full walk came with nearly every article opened)
        self._buckets: dict[int, tuple[str, ...]] = {}
        self._add_all(spans)

    # -- changes -------------------------------------------------------------------------------

    def add(self, span: S) -> None:
        """Add a span; a span with the same id is replaced."""
        if span.start < 0 or span.end < span.start:
            raise ValueError(f"Invalid span {span.id}: {span.start}-{span.end}")
        ident = span.id
        if ident in self._by_id:
            self.remove(ident)
        self._by_id[ident] = span
        buckets = self._buckets
        for b in self._bucket_range(span):
            bucket = buckets.get(b)
            buckets[b] = (ident,) if bucket is None else bucket + (ident,)

    def _add_all(self, spans: Iterable[S]) -> None:
        """``add`` for each span into the empty index, inlined: a long article opens with 10,000 of them."""
        by_id, size = self._by_id, self._size
        lists: dict[int, list[str]] = {}
        for span in spans:
            start, end, ident = span.start, span.end, span.id
            if start < 0 or end < start:
                raise ValueError(f"Invalid span {ident}: {start}-{end}")
            old = by_id.get(ident)
            if old is not None:  # the same id again: it replaces the earlier span, as with add
                for b in self._bucket_range(old):
                    lists[b].remove(ident)
            by_id[ident] = span
            first = start // size
            ids = lists.get(first)
            if ids is None:
                lists[first] = [ident]
            else:
                ids.append(ident)
            last = (end - 1) // size
            if last > first:  # most spans sit in one bucket: no loop for them
                for b in range(first + 1, last + 1):
                    ids = lists.get(b)
                    if ids is None:
                        lists[b] = [ident]
                    else:
                        ids.append(ident)
        self._buckets.update((b, tuple(ids)) for b, ids in lists.items() if ids)

    def remove(self, span_id: str) -> None:
        """Remove a span by id; an unknown id is ignored."""
        span = self._by_id.pop(span_id, None)
        if span is None:
            return
        buckets = self._buckets
        for b in self._bucket_range(span):
            bucket = buckets.get(b)
            if bucket is not None:
                rest = tuple(i for i in bucket if i != span_id)
                if rest:
                    buckets[b] = rest
                else:
                    del buckets[b]

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
        by_id = self._by_id
        for b in numbers:
            for ident in buckets[b]:
                span = by_id[ident]
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

"""The matches of a find: sorted, never overlapping ranges, looked up by position in O(log n).

A find over a 3 MB article can return tens of thousands of matches; the pane paints only those on
screen (``overlapping``), and next / previous are a bisection from the caret.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class MatchList:
    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def overlapping(self, start: int, end: int) -> range:
        """Indexes of the matches sharing a position with [start, end)."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end)
        return range(first, max(first, last))

    def index_of(self, start: int, end: int) -> int | None:
        """The index of the match exactly [start, end), if there is one."""
        i = bisect_left(self.starts, start)
        return i if i < len(self.starts) and self.starts[i] == start and self.ends[i] == end else None

    def first_from(self, position: int) -> int | None:
        """The first match starting at or after ``position`` (wrapping to the first); None if empty."""
        if not self.starts:
            return None
        i = bisect_left(self.starts, position)
        return i if i < len(self.starts) else 0

    def last_before(self, position: int) -> int | None:
        """The last match ending at or before ``position`` (wrapping to the last); None if empty."""
        if not self.starts:
            return None
        i = bisect_right(self.ends, position) - 1
        return i if i >= 0 else len(self.starts) - 1

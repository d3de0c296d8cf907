"""The disagreement rule: each figure stands for the closed interval of values it allows.

    exact v      -> [v, v]
    about v      -> [v(1-t), v(1+t)]      t = the project's tolerance (0.10 means ±10%)
    at_least v   -> [v, +inf)
    at_most v    -> (-inf, v]
    range lo..hi -> [lo, hi]

Two figures *disagree* (cannot both be true) when their intervals do not intersect. Plain Python
and Decimal only: no float ever decides whether two sources agree.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import compress
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

Number = Decimal | int | str


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of Decimals; ``None`` stands for an infinite end."""

    low: Decimal | None
    high: Decimal | None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"An interval cannot start above its end ({self.low} > {self.high}).")

    def contains(self, x: Decimal) -> bool:
        return (self.low is None or self.low <= x) and (self.high is None or x <= self.high)

    def intersects(self, other: Interval) -> bool:
        """Closed intervals: touching ends ([1, 2] and [2, 3]) intersect."""
        if self.high is not None and other.low is not None and self.high < other.low:
            return False
        if other.high is not None and self.low is not None and other.high < self.low:
            return False
        return True


def _decimal(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def interval_for(value: Number | None, value_max: Number | None, bound: str | None,
                 tolerance: Number) -> Interval:
    """The interval a figure allows. ``bound`` None is read as exact; a range without a maximum too."""
    if value is None:
        raise ValueError("A figure without a value has no interval.")
    v = _decimal(value)
    t = _decimal(tolerance)
    if t < 0:
        raise ValueError("The tolerance cannot be negative.")
    bound = bound or "exact"
    if bound == "exact":
        return Interval(v, v)
    if bound == "about":
        a, b = v * (1 - t), v * (1 + t)
        return Interval(min(a, b), max(a, b))  # a negative value flips the ends
    if bound == "at_least":
        return Interval(v, None)
    if bound == "at_most":
        return Interval(None, v)
    if bound == "range":
        if value_max is None:
            return Interval(v, v)
        w = _decimal(value_max)
        return Interval(min(v, w), max(v, w))
    raise ValueError(f"Unknown bound {bound!r}.")


def intervals_conflict(a: Interval, b: Interval) -> bool:
    """True when the two figures cannot both be true: their closed intervals do not intersect."""
    return not a.intersects(b)


def conflict_positions(intervals: Sequence[Interval]) -> list[list[int]]:
    """For each interval (by position), the ascending positions of the intervals it conflicts with.

    Sorted once by low end and once by high end: the intervals starting above ``i``'s high end are a tail
    of the first order, those ending below its low end a head of the second, found by bisection; so the
    work is O(n log n) plus the size of the answer, never a comparison of every pair. Equal intervals
    (the same figure in several sources) share ONE list: do not change the lists returned.
    """
    with_low = sorted((low, i) for i, interval in enumerate(intervals) if (low := interval.low) is not None)
    by_low, lows = [i for _, i in with_low], [low for low, _ in with_low]
    with_high = sorted((high, i) for i, interval in enumerate(intervals) if (high := interval.high) is not None)
    by_high, highs = [i for _, i in with_high], [high for high, _ in with_high]
    result: list[list[int]] = []
    same: dict[tuple[Decimal | None, Decimal | None], list[int]] = {}  # equal intervals share one answer
    for interval in intervals:
        found = same.get((interval.low, interval.high))
        if found is None:
            high, low = interval.high, interval.low
            above = by_low[bisect_right(lows, high):] if high is not None else []
            below = by_high[:bisect_left(highs, low)] if low is not None else []
            found = same[(interval.low, interval.high)] = above + below
            found.sort()
        result.append(found)
    return result


def conflicting(intervals: Sequence[Interval], ids: Sequence[T]) -> list[tuple[T, ...]]:
    """For each interval (by position), the ``ids`` (one per position) of the intervals it conflicts with, in
    position order: ``conflict_positions`` with each position named by its id. Equal intervals share ONE tuple.

    The work is per DISTINCT interval, not per pair: each gets a rank by low end and one by high end, and the
    intervals a class conflicts with are those ranked above a bisection point by low end or below one by high
    end. With at most 256 distinct intervals (a measure's sources repeat a few figures) a class is one byte, so
    the positions of each class are one mask (a byte per position, 1 where the class is: one ``bytes.translate``),
    held as an integer; the masks of the classes from each rank on by low end and up to each rank by high end
    are ORed once, and a class's answer is one OR of two of them and one ``compress`` of the ids, all in C. More
    distinct intervals take ``conflict_positions``."""
    classes: dict[tuple[Decimal | None, Decimal | None], int] = {}
    distinct: list[Interval] = []
    class_at: list[int] = []  # the class of each position
    for interval in intervals:
        key = (interval.low, interval.high)
        found = classes.get(key)
        if found is None:
            found = classes[key] = len(distinct)
            distinct.append(interval)
        class_at.append(found)
    if len(distinct) > 256:
        return _conflicting_by_positions(intervals, ids)
    count = len(distinct)
    # ranks by low end (unbounded first) and by high end (unbounded last)
    by_low = sorted(range(count), key=lambda c: (distinct[c].low is not None, distinct[c].low or 0))
    by_high = sorted(range(count), key=lambda c: (distinct[c].high is None, distinct[c].high or 0))
    unbounded_lows = sum(1 for i in distinct if i.low is None)
    lows = [low for c in by_low if (low := distinct[c].low) is not None]
    highs = [high for c in by_high if (high := distinct[c].high) is not None]
    classes_at = bytes(class_at)  # one byte per position: its class
    masks = [int.from_bytes(classes_at.translate(_ZEROS[:c] + b"\x01" + _ZEROS[c + 1:]), "little")
             for c in range(count)]  # per class: a byte per position, 1 where the class is
    from_low = [0] * (count + 1)  # [rank]: the positions of the classes ranked from ``rank`` on by low end
    for rank in range(count - 1, -1, -1):
        from_low[rank] = from_low[rank + 1] | masks[by_low[rank]]
    below_high = [0] * (count + 1)  # [rank]: the positions of the classes ranked below ``rank`` by high end
    for rank in range(count):
        below_high[rank + 1] = below_high[rank] | masks[by_high[rank]]
    size = len(class_at)
    answers: list[tuple[T, ...]] = []
    for interval in distinct:
        # ranked from ``above`` on by low end: starting above this high end; below ``below`` by high end:
        # ending below this low end
        above = count if interval.high is None else unbounded_lows + bisect_right(lows, interval.high)
        below = 0 if interval.low is None else bisect_left(highs, interval.low)
        if above >= count and not below:
            answers.append(())
            continue
        mask = (from_low[above] | below_high[below]).to_bytes(size, "little")
        answers.append(tuple(compress(ids, mask)))
    return list(map(answers.__getitem__, class_at))


_ZEROS = bytes(256)


def _conflicting_by_positions(intervals: Sequence[Interval], ids: Sequence[T]) -> list[tuple[T, ...]]:
    named: dict[int, tuple[T, ...]] = {}  # equal intervals share their list of positions, and its ids
    id_at = ids.__getitem__
    result = []
    for found in conflict_positions(intervals):
        answer = named.get(id(found))
        if answer is None:
            answer = named[id(found)] = tuple(map(id_at, found))
        result.append(answer)
    return result


def conflicts(figures: Mapping[K, Interval] | Iterable[tuple[K, Interval]]) -> dict[K, set[K]]:
    """For every figure id, the ids of the figures it conflicts with (every id is a key)."""
    items = list(figures.items()) if isinstance(figures, Mapping) else list(figures)
    result: dict[K, set[K]] = {key: set() for key, _ in items}
    positions = conflict_positions([interval for _, interval in items])
    for (key_a, _), found in zip(items, positions, strict=True):
        result[key_a].update(items[j][0] for j in found if items[j][0] != key_a)
    return result

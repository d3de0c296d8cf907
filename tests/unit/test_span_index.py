"""SpanIndex answers "which spans touch [a, b)" exactly like a brute-force scan, without being one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.span_index import SpanIndex
from desktop.domain.spans import Span, SuggestedSpan


def span(sid: str, start: int, end: int, kind: str = "entity", author: int = 1) -> Span:
    return Span(sid, start, end, kind, author)


def brute_overlapping(spans, start: int, end: int):
    if end <= start:
        return []
    hits = [s for s in spans if s.start < end and max(s.end, s.start + 1) > start]
    return sorted(hits, key=lambda s: (s.start, -s.end, s.id))


def test_overlapping_finds_touching_spans_in_order():
    index = SpanIndex([span("a", 0, 5), span("b", 3, 10), span("c", 10, 12), span("d", 2, 20)])
    assert [s.id for s in index.overlapping(4, 10)] == ["a", "d", "b"]
    # end is exclusive on both sides: [10, 12) does not touch [0, 10)
    assert [s.id for s in index.overlapping(0, 10)] == ["a", "d", "b"]
    assert [s.id for s in index.overlapping(10, 11)] == ["d", "c"]
    assert index.overlapping(20, 30) == []
    assert index.overlapping(5, 5) == []


def test_at_returns_innermost_first():
    index = SpanIndex([span("outer", 0, 100), span("mid", 10, 50), span("inner", 20, 25)])
    assert [s.id for s in index.at(22)] == ["inner", "mid", "outer"]
    assert [s.id for s in index.at(30)] == ["mid", "outer"]
    assert [s.id for s in index.at(100)] == []


def test_add_remove_get_len_iter():
    index = SpanIndex(bucket_size=8)
    index.add(span("x", 5, 40))  # covers several buckets
    index.add(span("y", 1, 2))
    assert len(index) == 2
    assert index.get("x") == span("x", 5, 40)
    assert [s.id for s in index] == ["y", "x"]
    assert [s.id for s in index.overlapping(30, 31)] == ["x"]
    index.remove("x")
    assert index.get("x") is None
    assert index.overlapping(0, 100) == [span("y", 1, 2)]
    index.remove("nope")  # unknown ids are ignored
    assert len(index) == 1


def test_adding_same_id_replaces_the_span():
    index = SpanIndex([span("a", 0, 5)], bucket_size=4)
    index.add(span("a", 50, 60, "claim"))
    assert len(index) == 1
    assert index.overlapping(0, 10) == []
    assert index.overlapping(55, 56) == [span("a", 50, 60, "claim")]


def test_long_span_is_reported_once():
    index = SpanIndex([span("long", 0, 10_000)], bucket_size=16)
    assert [s.id for s in index.overlapping(100, 5_000)] == ["long"]


def test_suggestions_are_indexed_too():
    index = SpanIndex([SuggestedSpan("s1", 3, 9, "figure", "14 miliardi")])
    assert [s.id for s in index.at(4)] == ["s1"]


def test_rejects_inverted_span():
    with pytest.raises(ValueError):
        SpanIndex([span("bad", 10, 5)])


def test_query_visits_only_nearby_buckets():
    """A small query in a big index must not scan every span (it would be slow on 10k spans)."""
    spans = [span(f"s{i}", i * 300, i * 300 + 40) for i in range(10_000)]
    index = SpanIndex(spans)
    visited = 0

    class CountingDict(dict):
        def __getitem__(self, key):
            nonlocal visited
            visited += 1
            return super().__getitem__(key)

    index._by_id = CountingDict(index._by_id)  # every span a query looks at is looked up by id
    assert [s.id for s in index.overlapping(150_000, 151_000)] == ["s500", "s501", "s502", "s503"]
    assert visited < 20


spans_strategy = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 80)), max_size=60,
).map(lambda pairs: [span(f"s{i}", a, a + length) for i, (a, length) in enumerate(pairs)])


@settings(max_examples=300, deadline=None)
@given(spans=spans_strategy, start=st.integers(-5, 400), length=st.integers(0, 120),
       bucket_size=st.sampled_from([1, 3, 16, 512]), removed=st.lists(st.integers(0, 59), max_size=10))
def test_overlapping_equals_brute_force(spans, start, length, bucket_size, removed):
    index = SpanIndex(spans, bucket_size=bucket_size)
    gone = {f"s{i}" for i in removed}
    for sid in gone:
        index.remove(sid)
    alive = [s for s in spans if s.id not in gone]
    assert index.overlapping(start, start + length) == brute_overlapping(alive, start, start + length)
    assert len(index) == len(alive)
    assert list(index) == sorted(alive, key=lambda s: (s.start, -s.end, s.id))


@settings(max_examples=200, deadline=None)
@given(spans=spans_strategy, pos=st.integers(0, 400))
def test_at_equals_brute_force(spans, pos):
    index = SpanIndex(spans, bucket_size=7)
    expected = [s for s in spans if s.start <= pos < max(s.end, s.start + 1)]
    got = index.at(pos)
    assert sorted(got, key=lambda s: s.id) == sorted(expected, key=lambda s: s.id)
    lengths = [s.end - s.start for s in got]
    assert lengths == sorted(lengths)


@settings(max_examples=200, deadline=None)
@given(spans=spans_strategy, again=st.lists(st.tuples(st.integers(0, 59), st.integers(0, 300), st.integers(0, 80)),
                                            max_size=10),
       bucket_size=st.sampled_from([1, 3, 16, 512]))
def test_an_id_given_twice_keeps_its_later_span_built_or_added(spans, again, bucket_size):
    """The same id twice (in the list the index is built from, or added later): the later span wins."""
    later = [span(f"s{i}", a, a + length) for i, a, length in again]
    built = SpanIndex(spans + later, bucket_size=bucket_size)
    added = SpanIndex(spans, bucket_size=bucket_size)
    for s in later:
        added.add(s)
    final = {s.id: s for s in spans + later}
    for index in (built, added):
        assert len(index) == len(final)
        assert index.overlapping(0, 500) == brute_overlapping(list(final.values()), 0, 500)
        for s in final.values():
            assert s in index.at(s.start)

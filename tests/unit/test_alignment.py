"""Aligning two authors' spans of one document."""


from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.alignment import (
    CodedSpan,
    Match,
    align,
    match_exact,
    match_overlapping,
    overlapping_pairs,
)


def test_every_kind_of_correspondence_is_told_apart_and_sorted_by_position():
    a = [
        CodedSpan("a-meta", 0, 4, "entity", "org:meta"),
        CodedSpan("a-fig", 10, 20, "figure", "inv", "14000000000 USD about"),
        CodedSpan("a-claim", 30, 50, "claim", "p:openai-stays", "asserts"),
        CodedSpan("a-scale", 60, 68, "entity", "org:scale-ai"),
        CodedSpan("a-only", 80, 85, "entity", "org:openai"),
    ]
    b = [
        CodedSpan("b-only", 90, 95, "figure"),
        CodedSpan("b-scale", 60, 68, "claim", "p:x", "asserts"),  # same span, different kind
        CodedSpan("b-claim", 28, 45, "claim", "p:openai-stays", "asserts"),  # overlapping boundaries
        CodedSpan("b-fig", 10, 20, "figure", "inv", "29000000000 USD about"),  # same span, other value
        CodedSpan("b-meta", 0, 4, "entity", "org:meta"),
    ]
    rows = align(a, b)
    assert [(r.match, r.a.id if r.a else None, r.b.id if r.b else None) for r in rows] == [
        (Match.EXACT, "a-meta", "b-meta"),
        (Match.DISAGREE, "a-fig", "b-fig"),
        (Match.OVERLAP, "a-claim", "b-claim"),
        (Match.DISAGREE, "a-scale", "b-scale"),
        (Match.ONLY_A, "a-only", None),
        (Match.ONLY_B, None, "b-only"),
    ]
    assert rows[1].label_differs and not rows[1].kind_differs
    assert rows[3].kind_differs
    assert (rows[2].start, rows[2].end) == (28, 50)


def test_the_best_overlap_wins_and_matching_is_one_to_one():
    a = [CodedSpan("a", 0, 10, "entity")]
    b = [CodedSpan("wide", 0, 100, "entity"), CodedSpan("close", 1, 10, "entity")]
    rows = align(a, b)
    assert [(r.match, r.a and r.a.id, r.b and r.b.id) for r in rows] == [
        (Match.OVERLAP, "a", "close"), (Match.ONLY_B, None, "wide"),
    ]


def test_an_exact_partner_beats_an_overlapping_one():
    a = [CodedSpan("a1", 0, 10, "entity", "x"), CodedSpan("a2", 5, 15, "entity", "x")]
    b = [CodedSpan("b1", 5, 15, "entity", "x")]
    assert [(r.match, r.a.id) for r in align(a, b) if r.b] == [(Match.EXACT, "a2")]


def test_same_kind_overlap_is_preferred_to_same_span_of_another_kind():
    a = [CodedSpan("a-ent", 0, 5, "entity")]
    b = [CodedSpan("b-claim", 0, 5, "claim"), CodedSpan("b-ent", 0, 4, "entity")]
    rows = align(a, b)
    assert (rows[0].match, rows[0].b.id) == (Match.OVERLAP, "b-ent")
    assert rows[1].match == Match.ONLY_B and rows[1].b.id == "b-claim"


def test_spans_of_different_kinds_with_different_bounds_are_not_paired():
    a = [CodedSpan("claim", 0, 40, "claim")]
    b = [CodedSpan("name", 5, 9, "entity")]
    assert [r.match for r in align(a, b)] == [Match.ONLY_A, Match.ONLY_B]


def test_exact_matching_pairs_duplicates_once():
    a = [CodedSpan("a1", 0, 3, "entity"), CodedSpan("a2", 0, 3, "entity")]
    b = [CodedSpan("b1", 0, 3, "entity"), CodedSpan("b2", 0, 3, "figure")]
    assert [(x.id, y.id) for x, y in match_exact(a, b)] == [("a1", "b1")]
    assert len(match_overlapping(a, b)) == 1


def test_touching_spans_do_not_overlap():
    assert list(overlapping_pairs([CodedSpan("a", 0, 5, "entity")], [CodedSpan("b", 5, 9, "entity")])) == []


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(["entity", "figure", "claim"]),
              st.sampled_from([None, "x", "y"])),
    max_size=12,
)


def _coded(prefix, raw):
    return [CodedSpan(f"{prefix}{i}", s, s + n, kind, label) for i, (s, n, kind, label) in enumerate(raw)]


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_sweep_finds_exactly_the_overlapping_pairs(raw_a, raw_b):
    a, b = _coded("a", raw_a), _coded("b", raw_b)
    expected = {(i, j) for i, x in enumerate(a) for j, y in enumerate(b) if x.intersection(y) > 0}
    found = list(overlapping_pairs(a, b))
    assert len(found) == len(set(found))
    assert set(found) == expected


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_every_span_appears_exactly_once_in_the_alignment(raw_a, raw_b):
    a, b = _coded("a", raw_a), _coded("b", raw_b)
    rows = align(a, b)
    assert sorted(r.a.id for r in rows if r.a) == sorted(x.id for x in a)
    assert sorted(r.b.id for r in rows if r.b) == sorted(y.id for y in b)
    for r in rows:
        if r.match == Match.OVERLAP:
            assert r.a.kind == r.b.kind and r.a.intersection(r.b) > 0 and not r.a.same_bounds(r.b)
        if r.match in (Match.EXACT, Match.DISAGREE):
            assert r.a.same_bounds(r.b)
    assert [(r.start, r.end) for r in rows] == sorted((r.start, r.end) for r in rows)


def test_aligning_thousands_of_spans_pairs_each_with_its_neighbour():
    # how fast it is belongs to `make bench`, not to a unit test
    a = [CodedSpan(f"a{i}", i * 10, i * 10 + 6, "entity", "x") for i in range(20_000)]
    b = [CodedSpan(f"b{i}", i * 10 + 2, i * 10 + 8, "entity", "x") for i in range(20_000)]
    rows = align(a, b)
    assert len(rows) == 20_000 and all(r.match == Match.OVERLAP for r in rows)
    assert all(r.a.id[1:] == r.b.id[1:] for r in rows)  # a{i} with b{i}, never a farther one

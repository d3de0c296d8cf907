"""The disagreement rule: properties that must hold for any figures, plus the seed's own numbers."""

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.domain.intervals import Interval, conflicting, conflicts, interval_for, intervals_conflict

BOUNDS = ("exact", "about", "at_least", "at_most", "range")

values = st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False, allow_infinity=False, places=2)
positive = st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False, places=2)
tolerances = st.decimals(min_value=0, max_value=Decimal("0.99"), allow_nan=False, allow_infinity=False,
                         places=3)


@st.composite
def figures(draw):
    bound = draw(st.sampled_from(BOUNDS))
    value = draw(values)
    value_max = draw(values) if bound == "range" else None
    return value, value_max, bound


@given(figures(), figures(), tolerances)
def test_conflict_is_symmetric(f, g, t):
    a, b = interval_for(*f, t), interval_for(*g, t)
    assert intervals_conflict(a, b) == intervals_conflict(b, a)
    table = conflicts({"f": a, "g": b})
    assert ("g" in table["f"]) == ("f" in table["g"])


@given(figures(), tolerances)
def test_a_figure_never_conflicts_with_itself(f, t):
    a = interval_for(*f, t)
    assert not intervals_conflict(a, a)
    # the same figure read twice (two annotations with the same value) does not conflict either
    assert conflicts({"x": a, "y": interval_for(*f, t)}) == {"x": set(), "y": set()}


@given(values, values, tolerances)
def test_exact_values_conflict_iff_they_differ(v, w, t):
    assert intervals_conflict(interval_for(v, None, "exact", t), interval_for(w, None, "exact", t)) == (v != w)


@given(positive, positive, tolerances, tolerances)
def test_about_only_widens_with_tolerance(v, w, t1, t2):
    t, wider = min(t1, t2), max(t1, t2)
    agree_at_t = not intervals_conflict(interval_for(v, None, "about", t), interval_for(w, None, "about", t))
    if agree_at_t:
        assert not intervals_conflict(interval_for(v, None, "about", wider),
                                      interval_for(w, None, "about", wider))


@given(values, tolerances)
def test_about_contains_its_value_and_widens_for_negative_values_too(v, t):
    a = interval_for(v, None, "about", t)
    assert a.contains(v)
    wider = interval_for(v, None, "about", t + Decimal("0.005"))
    assert (wider.low is not None and wider.high is not None and wider.low <= a.low and a.high <= wider.high)


@given(values, figures(), tolerances)
def test_at_least_agrees_with_anything_at_or_above(v, f, t):
    other = interval_for(*f, t)
    assume(other.high is None or other.high >= v)
    assert not intervals_conflict(interval_for(v, None, "at_least", t), other)


@given(values, values, tolerances)
def test_at_least_conflicts_with_an_exact_value_below(v, w, t):
    assert intervals_conflict(interval_for(v, None, "at_least", t), interval_for(w, None, "exact", t)) == (w < v)


@given(values, values, tolerances)
def test_at_most_conflicts_with_an_exact_value_above(v, w, t):
    assert intervals_conflict(interval_for(v, None, "at_most", t), interval_for(w, None, "exact", t)) == (w > v)


@given(values, values, values, tolerances)
def test_range_agrees_with_exact_iff_inside(lo, hi, x, t):
    assume(lo <= hi)
    rng = interval_for(lo, hi, "range", t)
    assert (not intervals_conflict(rng, interval_for(x, None, "exact", t))) == (lo <= x <= hi)


@given(values, figures())
def test_tolerance_zero_makes_about_exact(v, f):
    about = interval_for(v, None, "about", 0)
    exact = interval_for(v, None, "exact", 0)
    assert about == exact
    other = interval_for(*f, 0)
    assert intervals_conflict(about, other) == intervals_conflict(exact, other)


def test_the_seed_investment_figures():
    t = Decimal("0.10")
    ten_plus = interval_for("10000000000", None, "at_least", t)
    about_14 = interval_for("14000000000", None, "about", t)
    about_15 = interval_for("15000000000", None, "about", t)
    exact_29 = interval_for("29000000000", None, "exact", t)
    assert about_14 == Interval(Decimal("12600000000"), Decimal("15400000000"))
    table = conflicts({"002": ten_plus, "000": about_14, "004": about_15, "003": exact_29})
    assert table == {"002": set(), "000": {"003"}, "004": {"003"}, "003": {"000", "004"}}


def test_touching_ends_do_not_conflict_and_bad_input_is_refused():
    assert not intervals_conflict(Interval(Decimal(1), Decimal(2)), Interval(Decimal(2), Decimal(3)))
    assert intervals_conflict(Interval(None, Decimal(1)), Interval(Decimal("1.01"), None))
    assert interval_for(5, 3, "range", 0) == Interval(Decimal(3), Decimal(5))
    assert interval_for(7, None, None, 0) == Interval(Decimal(7), Decimal(7))
    with pytest.raises(ValueError):
        interval_for(None, None, "exact", 0)
    with pytest.raises(ValueError):
        interval_for(1, None, "roughly", 0)


# a few values, so that figures repeat and ranges overlap, touch and nest
few = st.sampled_from([Decimal(v) for v in ("-5", "0", "1", "1.0", "2", "3.5", "10", "100")])


@st.composite
def repeated_figures(draw):
    bound = draw(st.sampled_from(BOUNDS))
    value = draw(st.one_of(few, values))
    return value, (draw(st.one_of(few, values)) if bound == "range" else None), bound


def pairwise(intervals, ids):
    return [tuple(ids[j] for j, other in enumerate(intervals) if intervals_conflict(interval, other))
            for interval in intervals]


@given(st.lists(repeated_figures(), max_size=40), tolerances)
def test_conflicting_names_the_figures_each_cannot_agree_with_in_order(fs, t):
    intervals = [interval_for(*f, t) for f in fs]
    ids = [f"a{n}" for n in range(len(fs))]
    assert conflicting(intervals, ids) == pairwise(intervals, ids)


def test_conflicting_with_more_distinct_figures_than_fit_a_byte():
    """A measure whose sources give hundreds of different figures: the same answer as figure by figure."""
    intervals = [interval_for(Decimal(n % 310), None, "exact", 0) for n in range(330)] + [
        interval_for(Decimal(150), None, "at_least", 0), interval_for(Decimal(10), Decimal(20), "range", 0),
        interval_for(Decimal(5), None, "at_most", 0), interval_for(Decimal(100), None, "about", Decimal("0.5"))]
    ids = [f"a{n}" for n in range(len(intervals))]
    found = conflicting(intervals, ids)
    assert found == pairwise(intervals, ids)
    assert found[0] is found[310]  # the same figure twice: one answer
    assert "a3" not in found[-2] and "a6" in found[-2]  # at most 5: 3 agrees, 6 does not

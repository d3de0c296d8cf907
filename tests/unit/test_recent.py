"""Recent: the small least-recently-used caches of texts and indexes."""

from desktop.domain.recent import Recent


def test_at_most_keep_values_the_least_recently_used_going_first():
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "a" used last: "b" goes when a third comes
    recent.put("c", 3)
    assert (recent.get("a"), recent.get("b"), recent.get("c")) == (1, None, 3)
    recent.pop("a")
    assert recent.get("a") is None and len(recent) == 1


def test_by_weight_the_value_just_put_is_kept_even_alone_over_the_limit():
    recent: Recent[str, str] = Recent(weight_limit=10, weight=len)
    recent.put("a", "x" * 6)
    recent.put("b", "y" * 4)
    assert len(recent) == 2
    recent.put("a", "z" * 5)  # replacing a value counts only its new weight: 4 + 5
    assert (recent.get("a"), recent.get("b")) == ("z" * 5, "y" * 4)
    recent.put("c", "w" * 30)
    assert (recent.get("a"), recent.get("b"), recent.get("c")) == (None, None, "w" * 30)

"""The labels a figure's "conflicts with" prints: each source once, sorted, whether the value conflicts with a few
of the values shown or with nearly all of them (found from those it does not conflict with)."""

from __future__ import annotations

from desktop.dossier.conflict_labels import ConflictLabels


def _expected(labels: dict[str, str], conflicts: list[str]) -> tuple[str, ...]:
    return tuple(sorted({labels[i] for i in conflicts if i in labels}))


def test_a_source_is_named_once_and_only_while_one_of_its_values_conflicts():
    # twenty values, two of them from source "B" and two from "K"
    labels = {f"a{n}": label for n, label in enumerate("ABBCDEFGHIJLMNOPQRKK")}
    conflict_labels = ConflictLabels(labels)
    nearly_all = [f"a{n}" for n in range(20) if n not in (0, 1, 18, 19)]  # not A, one B, neither K
    assert conflict_labels(nearly_all) == _expected(labels, nearly_all) == tuple("BCDEFGHIJLMNOPQR")
    few = ["a19", "a2", "a1"]
    assert conflict_labels(few) == _expected(labels, few) == ("B", "K")
    assert conflict_labels([]) == ()


def test_values_not_shown_are_passed_over():
    labels = {f"a{n}": f"{n:03}" for n in range(8)}
    conflict_labels = ConflictLabels(labels)
    named = ["hidden-1", *[f"a{n}" for n in range(1, 8)], "hidden-2"]
    assert conflict_labels(named) == tuple(f"{n:03}" for n in range(1, 8))
    assert conflict_labels(["hidden-1"]) == ()


def test_the_same_list_is_answered_once():
    labels = {"a": "001", "b": "002"}
    conflict_labels = ConflictLabels(labels)
    shared = ["b"]
    first = conflict_labels(shared)
    assert conflict_labels(shared) is first == ("002",)

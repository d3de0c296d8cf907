"""The source labels of the values a figure cannot agree with, as the dossier prints them: each once, sorted.

A desk's measures compare some 250 values each, and most values conflict with nearly all the others: a value's
labels are found from the few values it does NOT conflict with (one set difference in C), not by looking up each
of the hundreds it does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence


class ConflictLabels:
    """For the values of one measure the dossier shows (``labels``: annotation id -> its source's label): the
    labels of the values a conflict list names, each label once, sorted; ids of values not shown are passed over.
    Made once per list: equal figures share one list (held by the comparison meanwhile)."""

    def __init__(self, labels: dict[str, str]) -> None:
        self._labels = labels
        self._shown = frozenset(labels)
        self._sorted = sorted(set(labels.values()))
        ids_of: defaultdict[str, list[str]] = defaultdict(list)
        for annotation_id, label in labels.items():
            ids_of[label].append(annotation_id)
        self._ids_of = dict(ids_of)
        self._made: dict[int, tuple[str, ...]] = {}

    def __call__(self, conflicts: Sequence[str]) -> tuple[str, ...]:
        made = self._made.get(id(conflicts))
        if made is None:
            made = self._made[id(conflicts)] = self._make(conflicts)
        return made

    def _make(self, conflicts: Sequence[str]) -> tuple[str, ...]:
        apart = self._shown.difference(conflicts)  # the values shown that this list does not name
        if len(apart) * 4 > len(self._shown):  # a short list: its labels looked up
            found = dict.fromkeys(map(self._labels.get, conflicts))
            found.pop(None, None)
            return tuple(sorted(found))  # type: ignore[arg-type]
        labels = list(self._sorted)
        for label in {self._labels[i] for i in apart}:
            if apart.issuperset(self._ids_of[label]):  # no value of this source is named
                del labels[bisect_left(labels, label)]
        return tuple(labels)

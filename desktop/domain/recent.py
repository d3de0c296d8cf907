"""The last few values used, by key: the small caches of texts and indexes that a long document's work keeps
between two actions (a tag's quote, the mentions' token index, the search's folded texts)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """At most ``keep`` values, or as many as weigh at most ``weight_limit`` together (``weight`` of each; the
    value just put is always kept); the least recently used goes first. Safe to share between threads."""

    def __init__(self, keep: int | None = None, *, weight_limit: int | None = None,
                 weight: Callable[[V], int] | None = None) -> None:
        self._keep = keep
        self._limit = weight_limit
        self._weight = weight or (lambda _value: 0)
        self._values: OrderedDict[K, V] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._drop(key)
            self._values[key] = value
            self._total += self._weight(value)
            while len(self._values) > 1 and (
                    (self._keep is not None and len(self._values) > self._keep)
                    or (self._limit is not None and self._total > self._limit)):
                self._drop(next(iter(self._values)))

    def pop(self, key: K) -> None:
        with self._lock:
            self._drop(key)

    def __len__(self) -> int:
        return len(self._values)

    def _drop(self, key: K) -> None:
        value = self._values.pop(key, None)
        if value is not None:
            self._total -= self._weight(value)

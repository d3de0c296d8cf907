"""A process-wide setting changed for blocks of work that may overlap in several threads: changed as the first
block begins, put back as the last one ends (the cycle collector in ``quiet_gc``, Python's switch interval in
``quick_switch``)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")


class NestedSetting(Generic[T]):
    """``change()`` returns what ``restore(previous)`` puts back once no block is under way any more."""

    def __init__(self, change: Callable[[], T], restore: Callable[[T], None]) -> None:
        self._change, self._restore = change, restore
        self._lock = threading.Lock()
        self._blocks = 0  # blocks under way, in any thread
        self._previous: T | None = None

    @contextmanager
    def block(self) -> Iterator[None]:
        with self._lock:
            if self._blocks == 0:
                self._previous = self._change()
            self._blocks += 1
        try:
            yield
        finally:
            with self._lock:
                self._blocks -= 1
                if self._blocks == 0:
                    self._restore(self._previous)  # type: ignore[arg-type]  # set by the first block

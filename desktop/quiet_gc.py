"""Work that makes many objects and no garbage, done without Python's cycle collector running through it.

A desk's dossier or comparison makes hundreds of thousands of small objects (quotes, citations, rows,
dictionaries) and keeps them until it is written; building the window makes objects and frees none. None of
them form cycles, so reference counting frees them all; the cycle collector would only walk them again and
again as they accumulate (a third of a dossier's CPU time on 50,000 annotations). ``no_cycle_collection()``
switches it off for the block and back on after (if it was on). Used by the dossier, ``compare`` and the
window's build (``desktop.ui.settled_heap``), and the export for a colleague, which runs in a worker thread
beside the window: a full collection holds the GIL throughout (over 0.1 s with a desk's rows in memory) and the
window's event loop waits for it. ``let_go(items)`` frees a long list a slice at a time, for the same reason:
freeing 60,000 rows at once is one C call.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


LET_GO_EVERY = 2048  # items freed in one C call: a millisecond or two


def let_go(items: list[Any]) -> None:
    """Empty ``items`` (the caller's last reference to what it holds) a slice at a time from the end, so that
    another thread gets the GIL between two slices."""
    while items:
        del items[-LET_GO_EVERY:]

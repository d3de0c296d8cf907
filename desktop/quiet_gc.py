"""Work that makes many objects and no garbage, done without Python's cycle collector running through it.

A desk's dossier or comparison makes hundreds of thousands of small objects (quotes, citations, rows,
dictionaries) and keeps them until it is written; building the window makes objects and frees none. None of
them form cycles, so reference counting frees them all; the cycle collector would only walk them again and
again as they accumulate (a third of a dossier's CPU time on 50,000 annotations). ``no_cycle_collection()``
switches it off for the block and back on after (if it was on). Used by the dossier, ``compare`` and the
window's build (``desktop.ui.settled_heap``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

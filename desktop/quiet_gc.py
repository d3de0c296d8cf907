"""Work that makes many objects and no garbage, done without Python's cycle collector running through it.

A desk's dossier or comparison makes hundreds of thousands of small objects (quotes, citations, rows,
dictionaries) and keeps them until it is written; building the window makes objects and frees none. None of
them form cycles, so reference counting frees them all; the cycle collector would only walk them again and
again as they accumulate (a third of a dossier's CPU time on 50,000 annotations). ``no_cycle_collection()``
switches it off for the block and back on after (if it was on; blocks in several threads: after the last),
freezing what is alive then (``settle``). Used by the dossier, ``compare``, the window's build
(``desktop.ui.settled_heap``) and every step the window runs in a worker thread (``Operations.run_in_background``:
an import, an export for a colleague): there a full collection holds the GIL throughout (over 0.1 s with a
desk's rows in memory) and the window's event loop waits for it. ``let_go(items)`` frees a long list a slice
at a time, for the same reason: freeing 60,000 rows at once is one C call.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager
from typing import Any

from desktop.nested_setting import NestedSetting


def _switch_off() -> bool:
    was_enabled = gc.isenabled()
    gc.disable()
    return was_enabled


def _switch_back(was_enabled: bool) -> None:
    if was_enabled:
        settle()
        gc.enable()


_collector_off = NestedSetting(_switch_off, _switch_back)  # back on when the last block, in any thread, ends


def no_cycle_collection() -> AbstractContextManager[None]:
    return _collector_off.block()


def settle() -> None:
    """What is alive now leaves the collector's generations (``gc.freeze``), instead of being walked by the next
    collection. Switched back on after a block, the collector would find every object made meanwhile (by any
    thread: the window's comparison computed during an export, say) in its youngest generation, and walk them
    all in one collection: 40-60 ms with the GIL held, the window's event loop waiting. Reference counting
    still frees what was frozen when it is no longer used; only a reference cycle among those objects would
    stay until the process ends (the desk's window session leaves none: ``gc.collect()`` finds 0)."""
    gc.freeze()


LET_GO_EVERY = 2048  # items freed in one C call: a millisecond or two


def let_go(items: list[Any]) -> None:
    """Empty ``items`` (the caller's last reference to what it holds) a slice at a time from the end, so that
    another thread gets the GIL between two slices."""
    while items:
        del items[-LET_GO_EVERY:]

"""The window's start-up imports, done without Python's cycle collector running through them.

Importing the window's code (SQLAlchemy, the models, the services, the UI modules) makes some 300,000
objects and frees almost none: the collector ran about 190 times during those imports, walking the same
modules, classes and functions again and again, for a tenth of the start's CPU time. ``desktop.ui.app``
imports this module before its heavy imports (importing it switches the collector off) and calls
``resume()`` after them, which freezes what they made and switches it back on if it was on. The window's build
then runs inside ``desktop.quiet_gc.no_cycle_collection()`` and ``desktop.ui.settled_heap`` freezes what the
build and the first paint left.
"""

from __future__ import annotations

import gc

_was_enabled = gc.isenabled()
gc.disable()


def resume() -> None:
    """The collector back on, as it was before this module was imported; what the imports made is frozen
    first (``gc.freeze``: out of the collector's walks, as ``desktop.ui.settled_heap`` does after the first
    paint). Otherwise the first collections after the imports walk all of it: a desk's launch spent some 80 ms
    of CPU in three of them (the youngest generation, holding every import-time object, then the next)."""
    gc.freeze()
    if _was_enabled:
        gc.enable()

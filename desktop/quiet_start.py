"""The window's start-up imports, done without Python's cycle collector running through them.

Importing the window's code (SQLAlchemy, the models, the services, the UI modules) makes some 300,000
objects and frees almost none: the collector ran about 190 times during those imports, walking the same
modules, classes and functions again and again, for a tenth of the start's CPU time. ``desktop.ui.app``
imports this module before its heavy imports (importing it switches the collector off) and calls
``resume()`` after them, which switches it back on if it was on. The window's build then runs inside
``desktop.quiet_gc.no_cycle_collection()`` and ``desktop.ui.settled_heap`` freezes what start-up left.
"""

from __future__ import annotations

import gc

_was_enabled = gc.isenabled()
gc.disable()


def resume() -> None:
    """The collector back on, as it was before this module was imported."""
    if _was_enabled:
        gc.enable()

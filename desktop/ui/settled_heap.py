"""Start-up's objects kept out of the cycle collector's way, once the window has painted.

Start-up (the imports, the window, its docks and features) leaves about 100,000 objects that live as long as
the process: modules, classes, functions, widgets' wrappers. Python's cycle collector walks every one of them
at each full collection, and a full collection comes whenever something makes many objects: opening an
article with 10,000 annotations (its spans, its list rows) paid 90-150 ms for it, a third to a half of the open.

- the window is built inside ``desktop.quiet_gc.no_cycle_collection()`` (it makes objects and frees none);
- ``settle_after_first_paint(owner)``: ``gc.freeze()`` right after the build, and again once the event loop
  runs (the window has painted), moves what exists then into a generation the collector does not walk
  (``desktop.quiet_start`` does it for the imports). Reference counting still frees those
  objects; only a reference cycle among them would now stay until the process ends. Only the first window
  of a process does it: what later windows leave behind is collected as usual.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_settled = False


def settle_after_first_paint(owner: QObject) -> None:
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()  # what the build made (before a collection walks it all, as the first paint's would)
        QTimer.singleShot(0, owner, gc.freeze)  # and what the first paint made

"""A worker thread beside the window, with the GIL handed to the window's thread within a millisecond.

CPython's GIL: a thread that wants it while another runs Python waits a *switch interval* (5 ms by default)
before it asks the holder to let go. The window's GUI thread lets go of the GIL each time it returns to Qt and
takes it again at each Python callback (a timer's tick, a queued progress signal, a ``paintEvent`` override),
so while a worker thread is busy (an import of 10,000 annotations) every one of those callbacks waited about
5 ms: sixteen of them between two ticks of the event loop made a stall of 80 ms in which the GUI thread itself
ran 2 ms. ``quick_switching()`` sets the interval to ``SWITCH_S`` for the block (blocks in several threads: until
the last ends) and back after. A thread alone with the GIL is never interrupted, whatever the interval, so a
command-line import runs as before; in the window the worker lets go at most every millisecond while the GUI
thread waits, and not otherwise.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_S = 0.001

_lock = threading.Lock()
_blocks = 0
_was = 0.005


@contextmanager
def quick_switching() -> Iterator[None]:
    global _blocks, _was
    with _lock:
        if _blocks == 0:
            _was = sys.getswitchinterval()
            sys.setswitchinterval(min(_was, SWITCH_S))
        _blocks += 1
    try:
        yield
    finally:
        with _lock:
            _blocks -= 1
            if _blocks == 0:
                sys.setswitchinterval(_was)

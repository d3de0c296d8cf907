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
from contextlib import AbstractContextManager

from desktop.nested_setting import NestedSetting

SWITCH_S = 0.001

def _quicken() -> float:
    was = sys.getswitchinterval()
    sys.setswitchinterval(min(was, SWITCH_S))
    return was


_quick = NestedSetting(_quicken, sys.setswitchinterval)  # back to what it was when the last block ends


def quick_switching() -> AbstractContextManager[None]:
    return _quick.block()

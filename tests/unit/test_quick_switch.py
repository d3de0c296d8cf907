"""The GIL's switch interval short for a block of work, in one thread or several, and back after the last."""

from __future__ import annotations

import sys
import threading

from desktop.quick_switch import SWITCH_S, quick_switching


def test_the_interval_is_back_after_blocks_in_two_threads_overlapping():
    before = sys.getswitchinterval()
    assert before > SWITCH_S
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with quick_switching():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=worker)
    with quick_switching():
        assert sys.getswitchinterval() == SWITCH_S
        thread.start()
        assert inside.wait(10)
    assert sys.getswitchinterval() == SWITCH_S  # the worker's block is still under way
    leave.set()
    thread.join()
    assert sys.getswitchinterval() == before


def test_the_interval_is_back_after_a_block_that_raised():
    before = sys.getswitchinterval()
    try:
        with quick_switching():
            raise ValueError("refused")
    except ValueError:
        pass
    assert sys.getswitchinterval() == before

"""The cycle collector off for a block of work, in one thread or several, and back on after the last."""

from __future__ import annotations

import gc
import threading

from desktop.quiet_gc import no_cycle_collection


def test_the_collector_is_back_on_after_blocks_in_two_threads_overlapping():
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with no_cycle_collection():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=worker)
    with no_cycle_collection():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the worker's block is still under way
    leave.set()
    thread.join()
    assert gc.isenabled()


def test_what_a_block_leaves_alive_is_frozen_and_still_freed_when_let_go():
    frozen = gc.get_freeze_count()
    try:
        with no_cycle_collection():
            kept = [[i] for i in range(1000)]
        assert gc.isenabled()
        after = gc.get_freeze_count()
        assert after >= frozen + 1000  # not walked again by the next collections
        del kept  # reference counting frees them as usual
        assert gc.get_freeze_count() <= after - 1000
    finally:
        gc.unfreeze()

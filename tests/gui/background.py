"""Waiting for the window's background steps (``ops.run_in_background``) in GUI tests: an event loop
runs until the step is over and its result is shown, never a fixed sleep."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow

TIMEOUT_MS = 30_000


def wait_for_background(qtbot, window: MainWindow) -> None:
    """Until no background step runs (one started from another's end, like an import asked again with a
    kind, is waited for too)."""
    qtbot.waitUntil(lambda: window.ops.background is None, timeout=TIMEOUT_MS)


def import_and_wait(qtbot, window: MainWindow, exchange, path, **kwargs):
    """``exchange.import_path`` and wait until it is over; returns the report shown (None if refused)."""
    previous = exchange.last_report_dialog
    exchange.import_path(path, **kwargs)
    wait_for_background(qtbot, window)
    dialog = exchange.last_report_dialog
    return None if dialog is None or dialog is previous else dialog.report

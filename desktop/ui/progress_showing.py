"""A background step started and its progress dialog shown with the worker resting while the window repaints.

A modal progress dialog that appears turns the window inactive, and a file dialog that closes makes it
active again: Qt then sends every widget an event and repaints the views, hundreds of calls into Python.
Beside a worker busy in Python each of those calls waits for the GIL, and that moment alone stalled the
event loop 150-350 ms during a desk import (20-30 ms with the worker resting). So:

- ``start_settled`` starts the step held (``BackgroundOp.hold``) and lets it go ``SETTLE_MS`` later, when
  the window has handled what started it (the click, the file dialog closing, its repaint);
- ``show_when_due`` shows the dialog itself, not by the dialog's own estimate
  (``QProgressDialog.minimumDuration``): after ``after_ms`` the worker is held at its next progress
  report, the dialog appears, and the worker goes on ``SETTLE_MS`` later, once the window has repainted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from desktop.services.changes import Outcome
from desktop.ui.operation_support import BackgroundOp, Progress

NEVER_BY_ITSELF_MS = 2**31 - 1  # the dialog's own minimumDuration: it never decides to show itself
REACH_REPORT_S = 0.03  # how long the window waits for the worker to reach its next report before showing anyway
SETTLE_MS = 120  # the worker rests this long after it started or its dialog appeared: the window repaints meanwhile


def start_settled(op: BackgroundOp, step: Callable[[Progress], Outcome[Any]]) -> None:
    """Start ``op`` running ``step`` in its worker thread, which waits ``SETTLE_MS`` before it begins."""
    op.hold()
    op.start(step)
    QTimer.singleShot(SETTLE_MS, op, op.release)


def show_when_due(dialog: QProgressDialog, op: BackgroundOp, after_ms: int) -> None:
    """Show ``dialog`` (not shown yet) once ``op`` has run ``after_ms`` (at once for 0 or less) unless it
    has ended by then; call it before ``op.start``."""
    dialog.setMinimumDuration(NEVER_BY_ITSELF_MS)

    def release() -> None:
        op.release()

    def show() -> None:
        if op.done or dialog.isVisible() or op.cancel_requested:
            return
        op.hold()
        if op.started:
            op.wait_until_resting(REACH_REPORT_S)  # the step's next report comes every few milliseconds
        dialog.show()
        QTimer.singleShot(SETTLE_MS, dialog, release)

    if after_ms <= 0:
        show()
    else:
        QTimer.singleShot(after_ms, dialog, show)

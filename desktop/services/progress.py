"""Progress and cancel for long actions (imports), without Qt.

A long service takes ``progress: Progress | None``; it calls ``progress(done, total, what)`` after each
piece of work. The caller's callback may raise :class:`Cancelled`; raised inside the service's
transaction it rolls everything back, so a cancelled action writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The analyst cancelled the action; nothing of it was stored."""

    def __init__(self, message: str = "cancelled: nothing was written") -> None:
        super().__init__(message)


def report(progress: Progress | None, done: int, total: int, what: str = "") -> None:
    if progress is not None:
        progress(done, total, what)

"""Kill injection for the durability tests: the process SIGKILLs itself at a chosen instant.

Inactive unless the environment asks for it, so it costs one dictionary look-up per statement:

- ``EVIDENCE_DESK_KILL_AFTER_STATEMENT=N``: die right after the N-th SQL statement run while a project is
  created or upgraded (every DDL statement, the Alembic version row, the header stamps);
- ``EVIDENCE_DESK_KILL_AT=NAME``: die at a named point (``after-backup``, ``before-commit``, ``before-link``,
  ``after-link``).

A test runs a command in a subprocess with one of these set and then checks that the project is the old
one, a complete new one, or absent, and that it opens.
"""

from __future__ import annotations

import os
import signal

_STATEMENT_ENV = "EVIDENCE_DESK_KILL_AFTER_STATEMENT"
_POINT_ENV = "EVIDENCE_DESK_KILL_AT"
_counted = 0


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def after_statement() -> None:
    """Called after each statement of a create or an upgrade."""
    wanted = os.environ.get(_STATEMENT_ENV)
    if not wanted:
        return
    global _counted
    _counted += 1
    if _counted == int(wanted):
        _die()


def at(name: str) -> None:
    if os.environ.get(_POINT_ENV) == name:
        _die()

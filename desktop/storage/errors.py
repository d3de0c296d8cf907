"""Errors the storage layer raises for a write or read the database refused.

Each carries a message written for the user. The window's operation runner and the command line
catch ``StorageError`` (and ``ValueError`` from services) and show that message, never a traceback.
``Project.transaction()`` translates the driver's errors into these.
"""

from __future__ import annotations


class StorageError(Exception):
    """The database refused a read or write; nothing of the action was stored."""


class DatabaseBusy(StorageError):
    """Another writer held the database for longer than we wait ("database is locked")."""


class ReadOnlyProject(StorageError):
    """The project is open read-only (a read-only file or folder, or a role without the right)."""


class ConflictingWrite(StorageError):
    """A constraint refused the write, e.g. two writers creating the same row at once."""


class ConnectionLost(StorageError):
    """The database server went away; the action was not stored."""


class DamagedData(StorageError):
    """A stored row or text is not what Evidence Desk wrote (edited by hand, a broken disk); the message names it."""


class NotAllowed(StorageError):
    """The team's rules (PostgreSQL roles, row-level security) refused the write; the message says which rule."""


class ChangedMeanwhile(StorageError):
    """A row is not at the version the write expected: someone changed (or deleted) it since it was read.

    ``table`` and ``key`` name the row, ``expected`` and ``actual`` its versions (``actual`` None: deleted),
    ``by`` and ``at`` who changed it last and when, as far as the journal knows ("" if it does not)."""

    def __init__(self, message: str, *, table: str, key: str, expected: int | None, actual: int | None,
                 by: str = "", at: str = "") -> None:
        super().__init__(message)
        self.table = table
        self.key = key
        self.expected = expected
        self.actual = actual
        self.by = by
        self.at = at

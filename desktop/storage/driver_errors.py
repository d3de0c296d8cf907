"""The database driver's exceptions (sqlite3, psycopg, through SQLAlchemy) as ``StorageError`` with a user message.

One function, :func:`translate`, used by ``Project.transaction()`` and ``Project.read()``: the window's runner
and the command line then only ever see ``desktop.storage.errors``, never "database is locked".
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc

from desktop.storage.errors import (
    ConflictingWrite,
    ConnectionLost,
    DamagedData,
    DatabaseBusy,
    NotAllowed,
    ReadOnlyProject,
    StorageError,
)

NOT_STORED = "Nothing of it was stored."
BUSY_MESSAGE = (
    "The project is busy: another program or colleague is writing to it. " + NOT_STORED + " Try again in a moment."
)
READ_ONLY_MESSAGE = "The project is open read-only: " + NOT_STORED
CONFLICT_MESSAGE = (
    "Someone else changed the same thing at the same moment. " + NOT_STORED + " Look again and retry."
)
LOST_MESSAGE = "The connection to the database was lost. " + NOT_STORED + " Check the server or network and retry."

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"55P03", "57014"}  # lock_not_available, query_canceled (lock or statement timeout)
_PG_CONFLICT = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_PG_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege


def translate(exc: BaseException) -> StorageError | None:
    """The StorageError for a driver exception, or None when ``exc`` is not one the database raised."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, orm_exc.StaleDataError):  # an UPDATE/DELETE found the row at another version
        return ConflictingWrite(CONFLICT_MESSAGE)
    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    orig = exc.orig
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    lowered = text.lower()
    if exc.connection_invalidated:
        return ConnectionLost(LOST_MESSAGE)
    if isinstance(orig, sqlite3.Error):
        return _translate_sqlite(exc, orig, lowered, text)
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None) or ""
    if state in _PG_BUSY:
        return DatabaseBusy(BUSY_MESSAGE)
    if state in _PG_CONFLICT or state.startswith("23"):
        return ConflictingWrite(CONFLICT_MESSAGE)
    if state == "42501" and orig is not None:
        refused = _team_refusal(orig, text)
        if refused is not None:
            return refused
    if state in _PG_READ_ONLY:
        return ReadOnlyProject("You may read this project but not change it (the database refused the write). "
                               + NOT_STORED)
    if state.startswith("08") or state in {"57P01", "57P02", "57P03"} or (
        not state and isinstance(exc, sa_exc.OperationalError)
    ):
        return ConnectionLost(LOST_MESSAGE)
    if state.startswith("22"):
        return StorageError(f"The database refused a value ({text}). {NOT_STORED}")
    return StorageError(f"The database refused the change ({text}). {NOT_STORED}")


def _translate_sqlite(exc: sa_exc.DBAPIError, orig: sqlite3.Error, lowered: str, text: str) -> StorageError:
    if isinstance(orig, sqlite3.IntegrityError):
        return ConflictingWrite(CONFLICT_MESSAGE)
    if "locked" in lowered or "busy" in lowered:
        return DatabaseBusy(BUSY_MESSAGE)
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return ReadOnlyProject(READ_ONLY_MESSAGE + " (the file or its folder cannot be written).")
    if "malformed" in lowered or "not a database" in lowered:
        return DamagedData(f"The project file is damaged ({text}). {NOT_STORED} "
                           "Run `evidence-desk --project FILE check` to see what is wrong.")
    if "full" in lowered:
        return StorageError(f"The disk is full. {NOT_STORED} Free some space and retry.")
    if "disk i/o" in lowered or "unable to open" in lowered:
        return ConnectionLost(f"The project file could not be read or written ({text}). {NOT_STORED}")
    return StorageError(f"The database refused the change ({text}). {NOT_STORED}")


def _team_refusal(orig: BaseException, text: str) -> NotAllowed | None:
    """A write the team's rules refused (migration 0006): the guard's sentence, or row-level security's."""
    diag = getattr(orig, "diag", None)
    hint = str(getattr(diag, "message_hint", "") or "")
    primary = str(getattr(diag, "message_primary", "") or text)
    if hint.startswith("evidence-desk"):
        return NotAllowed(f"{primary} {NOT_STORED}")
    if "row-level security" in primary:
        table = primary.split('"')[1] if primary.count('"') >= 2 else "the project"
        return NotAllowed(f"Your role in the team does not allow this change to {table}. {NOT_STORED}")
    return None

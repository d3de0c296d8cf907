"""The database driver's exceptions (sqlite3, psycopg, through SQLAlchemy) as ``StorageError`` with a user message.

One function, :func:`translate`, used by ``Project.transaction()`` and ``Project.read()``: the window's runner
and the command line then only ever see ``desktop.storage.errors``, never "database is locked".
"""

from __future__ import annotations

import sqlite3
import sys

from sqlalchemy import exc as sa_exc

from desktop.i18n import Context
from desktop.storage.errors import (
    ConflictingWrite,
    ConnectionLost,
    DamagedData,
    DatabaseBusy,
    NotAllowed,
    ReadOnlyProject,
    StorageError,
)

Storage = Context("Storage")  # the messages are for the user, in the window's language (desktop.i18n)


def not_stored() -> str:
    return Storage.tr("Nothing of it was stored.")


def busy_message() -> str:
    return Storage.tr("The project is busy: another program or colleague is writing to it. Nothing of it was "
                      "stored. Try again in a moment.")


def conflict_message() -> str:
    return Storage.tr("Someone else changed the same thing at the same moment. Nothing of it was stored. Look again "
                      "and retry.")


def lost_message() -> str:
    return Storage.tr("The connection to the database was lost. Nothing of it was stored. Check the server or "
                      "network and retry.")

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"55P03", "57014"}  # lock_not_available, query_canceled (lock or statement timeout)
_PG_CONFLICT = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_PG_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege


def translate(exc: BaseException) -> StorageError | None:
    """The StorageError for a driver exception, or None when ``exc`` is not one the database raised."""
    if isinstance(exc, StorageError):
        return exc
    # an UPDATE/DELETE found the row at another version (only the ORM raises it: not loaded, not raised)
    orm_exc = sys.modules.get("sqlalchemy.orm.exc")
    if orm_exc is not None and isinstance(exc, orm_exc.StaleDataError):
        return ConflictingWrite(conflict_message())
    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    orig = exc.orig
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    lowered = text.lower()
    if exc.connection_invalidated:
        return ConnectionLost(lost_message())
    if isinstance(orig, sqlite3.Error):
        return _translate_sqlite(exc, orig, lowered, text)
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None) or ""
    if state in _PG_BUSY:
        return DatabaseBusy(busy_message())
    if state in _PG_CONFLICT or state.startswith("23"):
        return ConflictingWrite(conflict_message())
    if state == "42501" and orig is not None:
        refused = _team_refusal(orig, text)
        if refused is not None:
            return refused
    if state in _PG_READ_ONLY:
        return ReadOnlyProject(Storage.tr("You may read this project but not change it (the database refused the "
                                          "write). Nothing of it was stored."))
    if state.startswith("08") or state in {"57P01", "57P02", "57P03"} or (
        not state and isinstance(exc, sa_exc.OperationalError)
    ):
        return ConnectionLost(lost_message())
    if state.startswith("22"):
        return StorageError(Storage.tr("The database refused a value ({reason}). Nothing of it was stored.").format(
            reason=text))
    return StorageError(refused_message(text))


def refused_message(text: str) -> str:
    return Storage.tr("The database refused the change ({reason}). Nothing of it was stored.").format(reason=text)


def _translate_sqlite(exc: sa_exc.DBAPIError, orig: sqlite3.Error, lowered: str, text: str) -> StorageError:
    if isinstance(orig, sqlite3.IntegrityError):
        return ConflictingWrite(conflict_message())
    if "locked" in lowered or "busy" in lowered:
        return DatabaseBusy(busy_message())
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return ReadOnlyProject(Storage.tr("The project is open read-only: Nothing of it was stored. (the file or its "
                                          "folder cannot be written)."))
    if "malformed" in lowered or "not a database" in lowered:
        return DamagedData(Storage.tr("The project file is damaged ({reason}). Nothing of it was stored. Run "
                                      "`evidence-desk --project FILE check` to see what is wrong.").format(reason=text))
    if "full" in lowered:
        return StorageError(Storage.tr("The disk is full. Nothing of it was stored. Free some space and retry."))
    if "disk i/o" in lowered or "unable to open" in lowered:
        return ConnectionLost(Storage.tr("The project file could not be read or written ({reason}). Nothing of it "
                                         "was stored.").format(reason=text))
    return StorageError(refused_message(text))


def _team_refusal(orig: BaseException, text: str) -> NotAllowed | None:
    """A write the team's rules refused (migration 0006): the guard's sentence, or row-level security's."""
    diag = getattr(orig, "diag", None)
    hint = str(getattr(diag, "message_hint", "") or "")
    primary = str(getattr(diag, "message_primary", "") or text)
    if hint.startswith("evidence-desk"):
        return NotAllowed(f"{primary} {not_stored()}")  # the database's own sentence (English)
    if "row-level security" in primary:
        table = primary.split('"')[1] if primary.count('"') >= 2 else Storage.tr("the project")
        return NotAllowed(Storage.tr("Your role in the team does not allow this change to {table}. Nothing of it "
                                     "was stored.").format(table=table))
    return None

"""Reading and writing exchange files safely: a size limit before reading, and no half-written output."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.files import staged_file, sync_folder

MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ExchangeFileError(ValueError):
    """A file cannot be read; the message is for the user."""


class ExchangeWriteError(OSError):
    """A file could not be written; the message is for the user. The old file (if any) is left as it was."""


def read_limited(path: str | Path, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """The UTF-8 text of a file, refused (before reading it) when it is larger than ``max_bytes``."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ExchangeFileError(f"{path}: no such file") from exc
    except OSError as exc:
        raise ExchangeFileError(f"{path}: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise ExchangeFileError(f"{path} is a folder, not a file")
    if size > max_bytes:
        raise ExchangeFileError(f"{path.name} is {size:,} bytes, over the import limit of {_megabytes(max_bytes)}: "
                                "nothing was imported")
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ExchangeFileError(f"{path}: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:  # it grew after the check
        raise ExchangeFileError(f"{path.name} is over the import limit of {_megabytes(max_bytes)}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(f"{path.name} is not UTF-8 text (byte {exc.start})") from exc


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path`` in one step.

    Same rules as ``desktop.dossier.files.write_atomically``: an existing file keeps its permissions, a new
    one gets what the user's umask allows; the data and the folder entry are synced; any failure is an
    ``ExchangeWriteError`` (an ``OSError``) and leaves the old file and no temporary file behind.
    """
    path = Path(path)
    tmp: str | None = None
    try:
        tmp = staged_file(path, data)
        os.replace(tmp, path)
        tmp = None
        sync_folder(path.parent)
    except OSError as exc:
        if isinstance(exc, ExchangeWriteError):
            raise
        raise ExchangeWriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:g} MB" if megabytes >= 1 else f"{size:,} bytes"

"""Reading and writing exchange files safely: a size limit before reading, and no half-written output."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ExchangeFileError(ValueError):
    """A file cannot be read or written; the message is for the user."""


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
    """Write ``data`` to a temporary file next to ``path``, then rename it over ``path`` in one step."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExchangeFileError(f"cannot write {path}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new one gets what the user's umask allows."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:g} MB" if megabytes >= 1 else f"{size:,} bytes"

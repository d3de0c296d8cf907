"""Reading exchange files safely: a size limit before reading, strict UTF-8 (writing: ``services.files``).

Two limits, both guards against hostile input rather than caps on real desks: a file read as a stream
(``w3c_stream``: every file Evidence Desk writes) may be up to :data:`MAX_IMPORT_BYTES`; a file that has to be
read whole (a shape that cannot be streamed) up to :data:`MAX_WHOLE_FILE_BYTES`.
"""

from __future__ import annotations

from pathlib import Path

MAX_IMPORT_BYTES = 4 * 1024 * 1024 * 1024
MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024


class ExchangeFileError(ValueError):
    """A file cannot be read; the message is for the user."""


def file_size(path: str | Path, max_bytes: int = MAX_IMPORT_BYTES) -> int:
    """The size of a file to import, refused (before reading it) when it is over ``max_bytes``."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ExchangeFileError(f"{path}: no such file") from exc
    except OSError as exc:
        raise ExchangeFileError(f"{path}: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise ExchangeFileError(f"{path} is a folder, not a file")
    if not path.is_file():
        raise ExchangeFileError(f"{path.name} is not a regular file")
    if size > max_bytes:
        raise ExchangeFileError(f"{path.name} is {size:,} bytes, over the import limit of {_megabytes(max_bytes)}: "
                                "nothing was imported")
    return size


def read_limited(path: str | Path, max_bytes: int = MAX_WHOLE_FILE_BYTES) -> str:
    """The UTF-8 text of a file, refused (before reading it) when it is larger than ``max_bytes``."""
    path = Path(path)
    file_size(path, max_bytes)
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


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    if megabytes >= 1024:
        return f"{megabytes / 1024:g} GB"
    return f"{megabytes:g} MB" if megabytes >= 1 else f"{size:,} bytes"

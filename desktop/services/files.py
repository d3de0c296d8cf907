"""Writing a file so that it is never half-written: stage beside it, sync, rename, sync the folder.

Shared by the dossier and the interchange writers (each wraps ``OSError`` in its own error type).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def staged_file(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` holding ``data``, synced, with the mode ``path`` should have."""
    folder = path.parent
    if not folder.is_dir():
        raise OSError(f"the folder {folder} does not exist")
    mode = mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new one gets what the user's umask allows."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sync_folder(folder: Path) -> None:
    """Make renames durable: sync the folder's entry list (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

"""Writing files so that they are never half-written: stage beside, sync, rename, sync the folder.

The ONE atomic writer of the project, used by the dossier and the interchange writers: an existing file
keeps its permissions, a new one gets what the user's umask allows; any failure is a :class:`WriteError`
(an ``OSError`` whose message is for the user) and leaves the old files and no temporary file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class WriteError(OSError):
    """A file could not be written; the message is for the user. The old file (if any) is left as it was."""


def target_path(path: str | Path) -> Path:
    """Where writing ``path`` goes: through a symbolic link to the file it points to (renaming over the link would
    replace the link with a plain file and leave its file as it was)."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path`` in one step."""
    write_all_atomically([(Path(path), data)])


def write_all_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files, all or none as far as a file system allows: each is first written in full to a
    temporary file beside its target; only once every one is written are they renamed over their targets.
    A failure while writing (a full disk, a missing folder, no permission) changes none of the targets; a
    failure while renaming removes the files this call had newly created.
    """
    pending: list[tuple[str, Path]] = []
    renamed_new: list[Path] = []
    current = Path(files[0][0]) if files else Path()
    try:
        for path, data in files:
            current = target_path(path)
            pending.append((staged_file(current, data), current))
        is_new = {target: not target.exists() for _, target in pending}
        while pending:
            tmp, current = pending[0]
            os.replace(tmp, current)
            pending.pop(0)
            if is_new[current]:
                renamed_new.append(current)
        for folder in dict.fromkeys(Path(p).parent for p, _ in files):
            sync_folder(folder)
    except OSError as exc:
        if pending:  # a rename failed: take back the files that did not exist before
            for created in renamed_new:
                created.unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(f"cannot write {current}: {exc.strerror or exc}") from exc
    finally:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)


def check_target(path: Path) -> None:
    """Refuse a target that exists and is not a regular file: renaming over a folder fails, and renaming over
    a device or a named pipe (``/dev/null``, a FIFO) would put a plain file in its place."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there yet (or unreadable: the write itself says why)
    if stat.S_ISDIR(mode):
        raise OSError("it is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise OSError("it is not a regular file (a device, pipe or socket); give a file name")


def refuse_odd_target(path: Path) -> None:
    """``check_target`` for a writer that stages its own file: a :class:`WriteError` naming ``path``."""
    try:
        check_target(path)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc}") from exc


def staged_file(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` holding ``data``, synced, with the mode ``path`` should have."""
    folder = path.parent
    if not folder.is_dir():
        raise OSError(f"the folder {folder} does not exist")
    check_target(path)
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


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[BinaryIO]:
    """A file to write a large output into piece by piece (a W3C export of 80 MB, a PDF page by page),
    staged beside ``path`` and renamed over it only when the block ends without an exception. A failure,
    a cancel (``Cancelled``) or an interrupt removes the staged file: no ``.part`` and no half file is left,
    and an existing ``path`` keeps its old content."""
    path = target_path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist")
    refuse_odd_target(path)
    mode = mode_for(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(folder)

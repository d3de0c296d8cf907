"""What a colleague's file is, told by its first bytes: the window asks before it imports (a REFI-QDA project's
code mapping is confirmed first), without loading the readers of every format on the GUI thread
(``desktop.interchange.colleague`` loads them, in the import's worker thread)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from desktop.storage.project import SQLITE_MAGIC

ZIP_MAGIC = b"PK\x03\x04"


class ColleagueFormat(Enum):
    """What a colleague's file is, read from its first bytes."""

    PROJECT = "project"  # an Evidence Desk project file (SQLite)
    QDPX = "qdpx"  # a REFI-QDA project (a zip archive)
    W3C = "w3c"  # anything else: read as W3C Web Annotation JSON-LD


def format_of(path: str | Path) -> ColleagueFormat:
    """The format of a colleague's file, by its content (an unreadable file reads as W3C: its import says why)."""
    try:
        with Path(path).expanduser().open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return ColleagueFormat.W3C
    if head == SQLITE_MAGIC:
        return ColleagueFormat.PROJECT
    if head.startswith(ZIP_MAGIC):
        return ColleagueFormat.QDPX
    return ColleagueFormat.W3C

"""A colleague's whole project file (.evidence) -> their documents and annotations, merged into ours.

Their file is never opened for writing, migrated or locked: it is copied (with its write-ahead log, so what
their copy of Evidence Desk shows is what we read) into a temporary folder, and the COPY goes through
``open_project`` and its checks. A file that is not a project, is damaged, or comes from a newer version of
Evidence Desk raises a :class:`~desktop.storage.project.ProjectError` with a message for the user, and
nothing is written to either project. Use it through ``desktop.interchange.colleague`` (chosen by content). An older project is upgraded in the temporary copy only.

What comes in: their documents that we do not have (by SHA-256, with title, language, outlet, URL, date and
reliability), then all their annotations and reviews, through the same W3C path as a JSON-LD file
(``w3c_io.w3c_collection`` on their project, ``import_w3c_text`` into ours): ONE transaction, the same merge
rules (unchanged / updated / kept yours / conflict) and the same report.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from desktop.interchange.w3c_export import dumps
from desktop.interchange.w3c_io import import_w3c_text, w3c_collection
from desktop.services.documents import list_documents
from desktop.services.incoming import IncomingDocument
from desktop.services.read_models import documents_with_text
from desktop.storage.errors import DamagedData, StorageError
from desktop.storage.project import SQLITE_MAGIC, NotAProjectError, ProjectError, open_project

if TYPE_CHECKING:
    from desktop.services.changes import Outcome
    from desktop.services.merge_report import MergeReport
    from desktop.services.progress import Progress
    from desktop.storage.project import Project

PROJECT_SUFFIX = ".evidence"
# What reading a damaged project raises (a row with text where a number belongs, a missing table...).
_DAMAGE = (SQLAlchemyError, StorageError, TypeError, ValueError, ArithmeticError, KeyError, AttributeError,
           UnicodeError)


def import_project_file(project: Project, path: str | Path, *,
                        progress: Progress | None = None) -> Outcome[MergeReport]:
    """Merge a colleague's project file into ``project``; raises ProjectError (nothing written) if it cannot."""
    source = Path(path).expanduser()
    if not source.exists():
        raise ProjectError(f"There is no file at {source}; nothing was imported.")
    if source.is_dir():
        raise NotAProjectError(f"{source} is a folder, not a project file; nothing was imported.")
    if project.path is not None and source.resolve() == project.path.resolve():
        raise ProjectError(f"{source.name} is the project you have open; choose your colleague's file.")
    with tempfile.TemporaryDirectory(prefix="evidence-desk-colleague-") as folder:
        copy = Path(folder) / source.name
        _copy_with_log(source, copy)
        _refuse_empty(copy)
        try:
            theirs = open_project(copy, create=False)
        except ProjectError as exc:
            raise type(exc)(f"{exc} Nothing was imported.") from exc
        except _DAMAGE as exc:  # a damaged file that the checks of open_project let through
            raise NotAProjectError(f"{source.name} is damaged and cannot be opened ({_first_line(exc)}); "
                                   "nothing was imported.") from exc
        try:
            text = dumps(w3c_collection(theirs))
            documents = _their_documents(theirs, source.name)
        except DamagedData as exc:  # a text altered after it was stored: its message names the document whole
            raise NotAProjectError(f"{source.name} is damaged: {exc}") from exc
        except _DAMAGE as exc:
            raise NotAProjectError(f"{source.name} is damaged and cannot be read ({_first_line(exc)}); "
                                   "nothing was imported.") from exc
        finally:
            theirs.close()
    return import_w3c_text(project, text, documents=documents, progress=progress)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _copy_with_log(source: Path, copy: Path) -> None:
    try:
        shutil.copyfile(source, copy)
        log = source.with_name(source.name + "-wal")
        if log.is_file():
            shutil.copyfile(log, copy.with_name(copy.name + "-wal"))
    except OSError as exc:
        raise ProjectError(f"Cannot read {source}: {exc.strerror or exc}; nothing was imported.") from exc


def _refuse_empty(copy: Path) -> None:
    """open_project would make an empty file (or an empty database) a NEW project: for an import, refuse it."""
    with copy.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if not header:
        raise NotAProjectError(f"{copy.name} is empty, not an Evidence Desk project; nothing was imported.")
    if header != SQLITE_MAGIC:
        return  # open_project names what it is not
    try:
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # damaged: open_project says so
    if not tables:
        raise NotAProjectError(f"{copy.name} is an empty database, not an Evidence Desk project; "
                               "nothing was imported.")


def _their_documents(theirs: Project, origin: str) -> list[IncomingDocument]:
    """Their documents with metadata; ``source_name`` says which project file they came from."""
    reliability = {d.id: d.reliability for d in list_documents(theirs)}
    return [
        IncomingDocument(text=d.text, title=d.title, language=d.language, outlet=d.outlet, url=d.url,
                         published=d.published, source_name=origin, reliability=reliability.get(d.id))
        for d in documents_with_text(theirs)
    ]

"""Importing a colleague's file: ONE service, used by ``annotations import`` and File › Import Colleague's
Annotations.

    import_colleague_file(project, path, *, as_kind=None, mapping=None, progress=None) -> Outcome[MergeReport]

- What the file is, is read from its CONTENT, never from its name (:func:`format_of`): a file starting with
  the SQLite header is an Evidence Desk project file (``project_file_import``), a zip archive is a REFI-QDA
  project (``qdpx_import``: QualCoder, MAXQDA, NVivo, ATLAS.ti; its codes map through ``mapping``, by default
  :func:`~desktop.interchange.qdpx_import.default_mapping` with ``as_kind``), anything else is W3C Web
  Annotation JSON-LD (``w3c_io``). All end in the same merge (``services.exchange.apply_import``): one
  transaction, the same rules, the same :class:`~desktop.services.merge_report.MergeReport`.
- A file that cannot be imported (missing, unreadable, damaged, not annotations, duplicate ids, a lone
  surrogate, a project from a newer version...) raises :class:`ColleagueFileError`: one message that names
  the file (and the item, when one item is at fault), and nothing is written to either project. A refusal
  of OUR project (database busy, read-only) is a ``StorageError`` and passes through unchanged.
- Items that are well formed but cannot be applied are skipped, each with a typed ``SkipReason``; the
  report names every skipped and every re-anchored annotation.
- ``progress(done, total, what)`` is called as the merge goes; raising ``Cancelled`` from it writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from desktop.interchange.colleague_format import ZIP_MAGIC, ColleagueFormat, format_of  # noqa: F401 (also from here)
from desktop.interchange.files import ExchangeFileError
from desktop.interchange.qdpx_read import QdpxError
from desktop.interchange.w3c_import import W3CImportError
from desktop.services.exchange import DuplicateIdsError, IncomingDocumentError
from desktop.services.progress import Cancelled, Progress
from desktop.storage.errors import StorageError
from desktop.storage.project import SQLITE_MAGIC, ProjectError

if TYPE_CHECKING:
    from desktop.interchange.qdpx_import import CodeMapping
    from desktop.interchange.qdpx_read import QdpxProject
    from desktop.services.changes import Outcome
    from desktop.services.merge_report import MergeReport
    from desktop.storage.project import Project

NOTHING = "nothing was imported"


class ColleagueFileError(ValueError):
    """A colleague's file cannot be imported; the message names the file and says nothing was written."""


def is_project_file(path: str | Path) -> bool:
    """True when the file starts with the SQLite header (a project file, whatever its name)."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def read_qdpx_file(path: str | Path) -> QdpxProject:
    """A REFI-QDA project's codes and sources, for the analyst to confirm its mapping before importing;
    :class:`ColleagueFileError` (naming the file) if it cannot be read."""
    from desktop.interchange.qdpx_import import read_file

    path = Path(path).expanduser()
    try:
        return read_file(path)
    except QdpxError as exc:
        raise ColleagueFileError(_named(path.name or str(path), str(exc))) from exc


def import_colleague_file(project: Project, path: str | Path, *, as_kind: str | None = None,
                          mapping: CodeMapping | None = None,
                          progress: Progress | None = None) -> Outcome[MergeReport]:
    """Merge a colleague's W3C JSON-LD file, project file or REFI-QDA project into ``project`` (see the
    module docstring); ``mapping`` is how a .qdpx's codes map (ignored for the other formats)."""
    path = Path(path).expanduser()
    name = path.name or str(path)
    try:
        found = format_of(path)
        if found is ColleagueFormat.PROJECT:
            from desktop.interchange.project_file_import import import_project_file

            return import_project_file(project, path, progress=progress)
        if found is ColleagueFormat.QDPX:
            from desktop.interchange.qdpx_import import import_qdpx

            return import_qdpx(project, path, mapping=mapping, as_kind=as_kind, progress=progress)
        from desktop.interchange.w3c_io import import_w3c

        return import_w3c(project, path, as_kind=as_kind, progress=progress)
    except (Cancelled, StorageError):
        raise  # the analyst's choice, or our own project refusing: the caller says so
    except (ProjectError, W3CImportError, ExchangeFileError, QdpxError, DuplicateIdsError, IncomingDocumentError,
            ColleagueFileError) as exc:
        raise ColleagueFileError(_named(name, str(exc))) from exc
    except UnicodeError as exc:  # text no database can store (a lone surrogate) that got past the reader
        raise ColleagueFileError(_named(name, f"it holds text that is not valid Unicode ({exc})")) from exc
    except SQLAlchemyError as exc:  # their project file is damaged in a way opening it did not show
        raise ColleagueFileError(_named(name, f"it is damaged ({_first_line(exc)})")) from exc
    except OSError as exc:
        raise ColleagueFileError(_named(name, f"it cannot be read ({exc.strerror or exc})")) from exc


def _named(name: str, message: str) -> str:
    """One sentence naming the file, ending with "Nothing was imported." once."""
    message = message.strip().rstrip(".")
    if not message.startswith(name):
        message = f"{name}: {message}"
    lowered = message.lower()
    if lowered.endswith(NOTHING):
        message = message[: -len(NOTHING)].rstrip(" ;:,.")
    elif NOTHING in lowered:
        return message + "."
    return f"{message}. Nothing was imported."


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0][:200] if text else type(exc).__name__

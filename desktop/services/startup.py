"""Opening the project the user asked for, or the default seed project on first start."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.services.profiles import default_project_path
from desktop.services.seeding import seed_project
from desktop.storage.project import Progress, Project, open_project
from desktop.storage.sqlite_file import link_into_place


def open_or_create(location: str | Path | None, *, create: bool = True, progress: Progress | None = None,
                   check_later: bool = False) -> Project:
    """Open ``location`` (created if missing and ``create``); with none, the default project.
    ``progress(done, total, what)`` hears from an upgrade that takes a while (the search index);
    ``check_later``: SQLite's integrity check runs in a thread, the first write waits for it (``open_project``).

    The default project is built complete under a temporary name and then renamed into place, so a
    first start killed half-way never leaves a project with only some of the seed articles.
    """
    if location:
        return open_project(location, create=create, progress=progress, check_later=check_later)
    path = default_project_path()
    if not path.exists():
        _create_seeded(path)
    return open_project(path, progress=progress, check_later=check_later)


def _create_seeded(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".seeding-", suffix=".evidence", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # open_project creates it (an empty file is refused as "not a project")
    try:
        project = open_project(tmp)
        seed_project(project)
        with project.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        project.close()
        link_into_place(tmp, path)  # never over a default project another first start made meanwhile
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)

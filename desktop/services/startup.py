"""Opening the project the user asked for, or the default seed project on first start."""

from __future__ import annotations

from pathlib import Path

from desktop.services.profiles import default_project_path
from desktop.services.seeding import seed_project
from desktop.storage.project import Project, open_project


def open_or_create(location: str | Path | None) -> Project:
    """Open ``location``; with none, the default project, created with the seed articles on first use."""
    if location:
        return open_project(location)
    path = default_project_path()
    is_new = not path.exists()
    project = open_project(path)
    if is_new:
        seed_project(project)
    return project

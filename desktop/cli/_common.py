"""Shared helpers for the headless commands: opening the project, errors, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any

from desktop.storage.project import Project, ProjectError


class CommandError(Exception):
    """A failure to report in one line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def open_for_command(args: Any, *, create: bool = False) -> Project:
    """The project named by --project (or the default one). A missing file is an error unless the
    command adds to the project (``create``), which then says on stderr that it made a new one."""
    from pathlib import Path

    from desktop.services.startup import open_or_create

    location = args.project
    is_new = bool(location) and "://" not in location and not Path(location).expanduser().exists()
    if is_new and not create:
        raise CommandError(f"There is no project at {location} (nothing was created).")
    try:
        project = open_or_create(location, create=create)
    except ProjectError as exc:
        raise CommandError(str(exc)) from exc
    if is_new:
        print(f"evidence-desk: created a new project at {location}", file=sys.stderr)
    return project


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))
    sys.stdout.write("\n")

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


def open_for_command(args: Any) -> Project:
    from desktop.services.startup import open_or_create

    try:
        return open_or_create(args.project)
    except ProjectError as exc:
        raise CommandError(str(exc)) from exc


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))
    sys.stdout.write("\n")

"""Shared helpers for the headless commands: opening the project, errors, JSON output.

Every failure a user can meet leaves as ONE line on stderr and a non-zero exit (``run_command``):
``CommandError`` (exit code of its own), a project that cannot be opened (``ProjectError``, 2), a refused
read or write (``StorageError``, 1: busy, read-only, damaged, connection lost) and a service's refusal
(``ValueError``, 1). Anything else is a bug: still one line (exit 70), the traceback only with
``EVIDENCE_DESK_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

import orjson

from desktop.storage.errors import StorageError
from desktop.storage.project import BusyWait, Project, ProjectError, open_project

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A failure to report in one line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def fail(message: str, exit_code: int) -> int:
    print(f"evidence-desk: {message}", file=sys.stderr)
    return exit_code


def run_command(args: argparse.Namespace) -> int:
    """Run the sub-command ``args.func``; every failure becomes one line on stderr and an exit code."""
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        return fail(one_line(exc), exc.exit_code)
    except ProjectError as exc:
        return fail(one_line(exc), EXIT_USAGE)
    except StorageError as exc:
        return fail(one_line(exc), EXIT_REFUSED)
    except (ValueError, LookupError) as exc:  # a service's refusal, said for the user
        return fail(one_line(exc), EXIT_REFUSED)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept.", EXIT_INTERRUPTED)
    except Exception as exc:
        if os.environ.get("EVIDENCE_DESK_DEBUG"):
            raise
        return fail(f"unexpected error ({type(exc).__name__}: {one_line(exc)}); nothing half-written was kept. "
                    "Set EVIDENCE_DESK_DEBUG=1 to see the details, and please report it.", EXIT_BUG)


def _say_waiting(project: Project) -> Any:
    said: set[str] = set()

    def on_busy(wait: BusyWait) -> bool:
        if wait.message not in said:
            said.add(wait.message)
            print(f"evidence-desk: {wait.message} (the change waits for it)", file=sys.stderr)
        return True

    return on_busy


def open_for_command(args: Any, *, create: bool = False) -> Project:
    """The project named by --project (or the default one). A missing file is an error unless the
    command adds to the project (``create``), which then says on stderr that it made a new one."""
    from pathlib import Path

    location = args.project
    is_new = bool(location) and "://" not in location and not Path(location).expanduser().exists()
    if is_new and not create:
        raise CommandError(f"There is no project at {location} (nothing was created).")
    try:
        if location:  # what open_or_create does with a location, without loading the first start's seeding
            project = open_project(location, create=create)
        else:
            from desktop.services.startup import open_or_create

            project = open_or_create(location, create=create)
    except ProjectError as exc:
        raise CommandError(one_line(exc)) from exc
    project.on_busy = _say_waiting(project)
    if is_new:
        print(f"evidence-desk: created a new project at {location}", file=sys.stderr)
    if project.read_only and create:
        print(f"evidence-desk: {project.name} is open read-only ({project.read_only_reason})", file=sys.stderr)
    return project


def json_bytes(data: Any) -> bytes:
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except TypeError:  # a value orjson does not take (a subclass of int, an int over 64 bits...)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8", "surrogatepass")


def print_json_list(chunks: Iterable[list[Any]]) -> None:
    """A JSON list given in chunks (lists), written chunk by chunk: the same bytes as ``print_json`` of the
    whole list, without holding all of it (or its text) at once."""
    out = sys.stdout.buffer
    sys.stdout.flush()
    first = True
    for chunk in chunks:
        if not chunk:
            continue
        encoded = json_bytes(chunk)  # b"[\n  item,\n  item\n]": its items, as they sit in the whole list
        out.write(encoded[:-2] if first else b"," + encoded[1:-2])
        first = False
    out.write(b"[]\n" if first else b"\n]\n")
    out.flush()


def print_json(data: Any) -> None:
    """``data`` as indented JSON on standard output (UTF-8), written by orjson's C encoder: the same text as
    ``json.dumps(data, ensure_ascii=False, indent=2)``, at desk sizes (100 MB of comparison) in a second."""
    try:
        encoded = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # a value orjson does not take (a subclass of int, an int over 64 bits...)
        encoded = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "surrogatepass")
    sys.stdout.flush()
    sys.stdout.buffer.write(encoded)
    sys.stdout.buffer.flush()

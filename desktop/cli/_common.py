"""Shared helpers for the headless commands: opening the project, errors, JSON output.

Every failure a user can meet leaves as ONE line on stderr and a non-zero exit (``run_command``):
``CommandError`` (exit code of its own), a project that cannot be opened (``ProjectError``, 2), a refused
read or write (``StorageError``, 1: busy, read-only, damaged, connection lost) and a service's refusal
(``ValueError``, 1). Anything else is a bug: still one line (exit 70), the traceback only with
``EVIDENCE_DESK_DEBUG=1``.

SQLite's integrity check of the project file (``PRAGMA quick_check``, which reads every page) runs in a thread
of its own, begun before the command's imports (``desktop.cli.main``): a command reads meanwhile, and none reports
success, prints its JSON or writes a file before the check has passed (``settle_checks``). A damaged file then
ends the command as it always has: one line saying so, exit 2, no output file (a command with ``--out`` waits for
the check before it begins). Every write waits for it too (``Project.transaction``).
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
from desktop.storage.sqlite_file import UNCHANGED

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130

_opened: list[Project] = []  # the projects this command opened, whose integrity check may still run
_kept: list[object] = []  # a command's large results, left for the process's end (``keep_until_exit``)


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


def settle_checks() -> None:
    """Wait for the integrity check of every project the command opened; a damaged file ends the command with
    the one line it has always had (CommandError, exit 2)."""
    for project in _opened:
        if project.settle_integrity():
            raise CommandError(f"{project.name} is damaged (SQLite's integrity check failed): {UNCHANGED}")


def _damage_found() -> CommandError | None:
    try:
        settle_checks()
    except CommandError as exc:
        return exc
    return None


def run_command(args: argparse.Namespace) -> int:
    """Run the sub-command ``args.func``; every failure becomes one line on stderr and an exit code. Success is
    reported only once the project file has passed its integrity check; a failure on a damaged file (a page
    that cannot be read, a write refused) is reported as the damage."""
    _opened.clear()  # (a caller in a longer-lived process runs several commands)
    try:
        try:
            code = int(args.func(args) or 0)
            settle_checks()
            return code
        except (KeyboardInterrupt, CommandError):
            raise
        except Exception as exc:
            damage = _damage_found()
            if damage is not None:
                raise damage from exc
            raise
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


def keep_until_exit(*results: object) -> None:
    """Leave ``results`` (a desk's comparison: some 100,000 objects) to the process's end instead of freeing them
    one by one when the command returns, which takes a tenth of a second nobody waits for (``leave``)."""
    _kept.extend(results)


def leave(code: int) -> int:
    """End the command's own process at once with ``code``: its output flushed and its projects closed, without
    tearing the interpreter down (freeing every object and module a desk's command made: 0.1 s and more).
    Nothing else is pending then: files are written atomically and synced, commits are durable, temporary
    folders are gone. If the output cannot be flushed (a closed pipe), the process ends the usual way."""
    for project in _opened:
        project.close()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return code
    os._exit(code)


def _say_waiting(project: Project) -> Any:
    said: set[str] = set()

    def on_busy(wait: BusyWait) -> bool:
        if wait.message not in said:
            said.add(wait.message)
            print(f"evidence-desk: {wait.message} (the change waits for it)", file=sys.stderr)
        return True

    return on_busy


def open_for_command(args: Any, *, create: bool = False, check_now: bool = False) -> Project:
    """The project named by --project (or the default one). A missing file is an error unless the
    command adds to the project (``create``), which then says on stderr that it made a new one.

    SQLite's integrity check of the file may still run when it returns (see above); ``check_now``, or an
    ``--out`` file to write, waits for it here."""
    from pathlib import Path

    location = args.project
    if location is not None and not location.strip():  # `--project "$P"` with P unset: not the default project
        raise CommandError("--project is empty: give the path of a project file (or leave --project out for the "
                           "default project)")
    is_new = bool(location) and "://" not in location and not Path(location).expanduser().exists()
    if is_new and not create:
        raise CommandError(f"There is no project at {location} (nothing was created).")
    try:
        if location:  # what open_or_create does with a location, without loading the first start's seeding
            project = open_project(location, create=create, check_later=True)
        else:
            from desktop.services.startup import open_or_create

            project = open_or_create(location, create=create)
    except ProjectError as exc:
        raise CommandError(one_line(exc)) from exc
    _opened.append(project)
    if check_now or getattr(args, "out", None) not in (None, "-"):
        settle_checks()  # no file is written from a damaged project (the check is over by now: it began first)
    project.on_busy = _say_waiting(project)
    if is_new:
        print(f"evidence-desk: created a new project at {location}", file=sys.stderr)
    if project.read_only and create:  # a command that adds: refused at once, in the words of the first write
        from desktop.storage.errors import ReadOnlyProject

        raise ReadOnlyProject(f"{project.name} is open read-only ({project.read_only_reason}): nothing can be "
                              "changed.")
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
        if first:
            settle_checks()
        encoded = json_bytes(chunk)  # b"[\n  item,\n  item\n]": its items, as they sit in the whole list
        out.write(encoded[:-2] if first else b"," + encoded[1:-2])
        first = False
    settle_checks()
    out.write(b"[]\n" if first else b"\n]\n")
    out.flush()


def print_json(data: Any) -> None:
    """``data`` as indented JSON on standard output (UTF-8), written by orjson's C encoder: the same text as
    ``json.dumps(data, ensure_ascii=False, indent=2)``, at desk sizes (100 MB of comparison) in a second."""
    try:
        encoded = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # a value orjson does not take (a subclass of int, an int over 64 bits...)
        encoded = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "surrogatepass")
    settle_checks()
    sys.stdout.flush()
    sys.stdout.buffer.write(encoded)
    sys.stdout.buffer.flush()

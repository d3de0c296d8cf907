"""The one entry point. With no sub-command it opens the window; every sub-command runs headless.

Sub-commands live in the modules of this package: each module with a ``register(subparsers)``
function adds its own, so a new command never edits this file.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from desktop import __version__


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line. Given the ``command`` the arguments name (``named_command``), only that sub-command's
    module is loaded and registered: running one command never imports the others."""
    parser = argparse.ArgumentParser(
        prog="evidence-desk",
        description="Evidence Desk: tag claims, entities and figures across articles; export an evidence dossier.",
    )
    parser.add_argument("--version", action="version", version=f"evidence-desk {__version__}")
    parser.add_argument("--project", metavar="PATH", help="project file (default: the seed project in your data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    if command in names:  # each module registers the command of its own name
        register = getattr(importlib.import_module(f"{__name__}.{command}"), "register", None)
        if register is not None:
            register(subparsers)
            return parser
    for name in names:
        register = getattr(importlib.import_module(f"{__name__}.{name}"), "register", None)
        if register is not None:
            register(subparsers)
    return parser


def named_command(args: Sequence[str]) -> str | None:
    """The sub-command the arguments name when nothing but ``--project PATH`` (or ``--project=PATH``) comes
    before it; None otherwise (then every command is loaded, and argparse says what is wrong)."""
    rest = list(args)
    if rest[:1] == ["--project"]:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--project="):
        rest = rest[1:]
    return rest[0] if rest and not rest[0].startswith("-") else None


def project_option(args: Sequence[str]) -> str | None:
    """The PATH of a leading ``--project PATH`` (or ``--project=PATH``), if the arguments begin with one."""
    if len(args) >= 2 and args[0] == "--project":
        return args[1]
    if args and args[0].startswith("--project="):
        return args[0].removeprefix("--project=")
    return None


def window_project(args: Sequence[str]) -> tuple[bool, str | None]:
    """(whether the arguments only open the window, on which project): no argument at all, or only
    ``--project PATH``. The window then starts without importing the sub-commands' modules."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--project" and args[1] and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--project=") and len(args[0]) > len("--project="):
        return True, args[0].removeprefix("--project=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    opens_window, project = window_project(args_list)
    if opens_window:
        from desktop.storage.deferred_check import check_early

        check_early(project)  # SQLite's check of the project file reads it while the window's modules import
        from desktop.ui.app import run_app  # the window, and Qt, only when asked for

        return run_app(project=project)
    # Importing the commands makes a hundred thousand objects and no garbage: in the process's own run, no
    # collection while they load, and none traverses them again later (frozen). A caller in a longer-lived
    # process (the tests) passes ``argv`` and keeps its collector as it is.
    entry = argv is None
    if entry:
        gc.disable()
    try:
        from desktop.storage.deferred_check import check_early

        # SQLite's check of the project file reads it while the command imports, on the other core (a command
        # waits for it before it reports success: ``desktop.cli._common``)
        check_early(project_option(args_list))
        parser = build_parser(named_command(args_list))
    finally:
        if entry:
            gc.freeze()
            gc.enable()
    args = parser.parse_args(args_list)
    if args.command is None:
        from desktop.ui.app import run_app  # the window, and Qt, only when asked for

        return run_app(project=args.project)
    from desktop.cli._common import leave, run_command

    code = run_command(args)
    return leave(code) if entry else code  # the process's own run ends without the interpreter's tear-down

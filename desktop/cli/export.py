"""`export qdpx --out FILE` (REFI-QDA project for other QDA tools) and `export csv --out FILE`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli._common import CommandError, open_for_command


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("export", help="export the project for other tools (REFI-QDA, CSV)")
    sub = parser.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    qdpx = sub.add_parser("qdpx", help="REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo, QualCoder...")
    qdpx.add_argument("--out", required=True, metavar="FILE")
    qdpx.add_argument("--positions", choices=["codepoints", "utf16"], default="codepoints",
                      help="how selections count characters: codepoints (the REFI-QDA standard; QualCoder's stored "
                           "text) or utf16 (what QualCoder's coding view, NVivo, MAXQDA and ATLAS.ti highlight); "
                           "the same unless a text has emoji or other characters outside the BMP")
    qdpx.set_defaults(func=_qdpx)
    csv = sub.add_parser("csv", help="every annotation as one CSV row (same as `annotations export --format csv`)")
    csv.add_argument("--out", required=True, metavar="FILE")
    csv.add_argument("--author", metavar="NAME_OR_KEY", help="only this analyst's annotations")
    csv.set_defaults(func=_csv)


def _qdpx(args: argparse.Namespace) -> int:
    from desktop.interchange.project_exports import export_qdpx
    from desktop.services.profiles import active_profile

    project = open_for_command(args)
    profile = active_profile()  # the command line exports as the active profile, as the window does
    try:
        count = export_qdpx(project, args.out, creating_user=profile.key if profile is not None else None,
                            positions=args.positions)
    except (ValueError, OSError) as exc:
        raise CommandError(f"export failed, nothing was written: {exc}") from exc
    print(f"{args.out}: {count} coded selection(s) written (REFI-QDA)", file=sys.stderr)
    return 0


def _csv(args: argparse.Namespace) -> int:
    from desktop.interchange.project_exports import export_csv

    project = open_for_command(args)
    try:
        count = export_csv(project, args.out, author=args.author)
    except (LookupError, ValueError, OSError) as exc:
        raise CommandError(f"export failed, nothing was written: {exc}") from exc
    print(f"{args.out}: {count} row(s) written (CSV)", file=sys.stderr)
    return 0

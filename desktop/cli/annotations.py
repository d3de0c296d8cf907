"""`annotations list --json`, `annotations export --format w3c|csv --out FILE`, `annotations import FILE`
(a colleague's W3C JSON-LD file, project file or REFI-QDA project, through ``desktop.interchange.colleague``)."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli._common import CommandError, open_for_command, print_json, print_json_list

KINDS = ["entity", "figure", "claim"]
LIST_CHUNK = 2000  # annotations encoded at a time by `annotations list --json`


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("annotations", help="list, export and import annotations")
    sub = parser.add_subparsers(dest="annotations_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list annotations with every field")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--document", type=int, help="only this document id")
    lst.add_argument("--kind", choices=KINDS)
    lst.set_defaults(func=_list)

    exp = sub.add_parser("export", help="write annotations as W3C Web Annotation JSON-LD or CSV")
    exp.add_argument("--format", choices=["w3c", "csv"], default="w3c")
    exp.add_argument("--out", required=True, metavar="FILE", help="the file to write ('-' for standard output)")
    exp.add_argument("--author", metavar="NAME_OR_KEY", help="only this analyst's annotations")
    exp.set_defaults(func=_export)

    imp = sub.add_parser("import", help="merge a colleague's file: W3C Web Annotations (JSON-LD), an Evidence "
                                        "Desk project or a REFI-QDA project (.qdpx), told apart by content "
                                        "(all of it, or nothing)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--as", dest="as_kind", choices=KINDS,
                     help="the kind for annotations whose tags name none (foreign tools); in a .qdpx, the kind "
                          "of the codes outside Entity / Figure / Claim (default: claim, the code a proposition)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(func=_import)


def _list(args: argparse.Namespace) -> int:
    from desktop.services.queries import annotation_json, annotation_rows, list_annotations

    project = open_for_command(args)
    if args.json:  # the rows written a chunk at a time, as AnnotationView.to_json() gives them
        rows = annotation_rows(project, document_id=args.document, kind=args.kind)
        print_json_list(annotation_json(rows[n:n + LIST_CHUNK]) for n in range(0, len(rows), LIST_CHUNK))
        return 0
    for a in list_annotations(project, document_id=args.document, kind=args.kind):
        print(f"{a.id[:8]}  doc {a.document_id:<3} {a.start:>6}-{a.end:<6} {a.kind:<7} {a.status:<9} {a.quote[:60]!r}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop.interchange.w3c_io import export_w3c, write_w3c
    from desktop.services.files import write_atomically

    project = open_for_command(args)
    to_stdout = args.out == "-"
    try:
        if args.format == "w3c":  # an export for a colleague: marks the exchange once it is out (see w3c_io)
            if to_stdout:
                write_w3c(project, sys.stdout.buffer, author=args.author, mark_exchanged=True)
                return 0
            count = export_w3c(project, args.out, author=args.author, mark_exchanged=True)
        else:
            from desktop.interchange.project_exports import csv_bytes  # (and REFI-QDA): only for a CSV

            data, count = csv_bytes(project, author=args.author)
            if to_stdout:
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
                return 0
            write_atomically(args.out, data)
    except OSError as exc:
        if to_stdout:
            _silence_stdout()
            recorded = "; the exchange was not recorded" if args.format == "w3c" else ""
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise CommandError(f"export incomplete: standard output failed ({reason}){recorded}") from exc
        raise CommandError(f"export failed, nothing was written: {exc}") from exc
    except (LookupError, ValueError) as exc:
        raise CommandError(f"export failed, nothing was written: {exc}") from exc
    print(f"{args.out}: {count} item(s) written ({args.format})", file=sys.stderr)
    return 0


def _silence_stdout() -> None:
    """After a broken pipe, point standard output at /dev/null so Python's exit does not print a second
    error when it flushes it again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _import(args: argparse.Namespace) -> int:
    from desktop.interchange.colleague import import_colleague_file
    from desktop.storage.errors import StorageError

    project = open_for_command(args)
    try:
        report = import_colleague_file(project, args.file, as_kind=args.as_kind).value
    except ValueError as exc:  # the file cannot be imported (ColleagueFileError names it)
        raise CommandError(str(exc)) from exc
    except StorageError as exc:  # the project refused the write (busy, read-only...)
        raise CommandError(f"import failed, nothing was written: {exc}") from exc
    if args.json:
        print_json(report.to_json())
    else:
        print("\n".join(report.lines()))
    return 0

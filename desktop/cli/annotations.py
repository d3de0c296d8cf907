"""`annotations list --json`."""

from __future__ import annotations

import argparse

from desktop.cli._common import open_for_command, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("annotations", help="list, export and import annotations")
    sub = parser.add_subparsers(dest="annotations_command", metavar="ACTION", required=True)
    lst = sub.add_parser("list", help="list annotations with every field")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--document", type=int, help="only this document id")
    lst.add_argument("--kind", choices=["entity", "figure", "claim"])
    lst.set_defaults(func=_list)


def _list(args: argparse.Namespace) -> int:
    from desktop.services.queries import list_annotations

    anns = list_annotations(open_for_command(args), document_id=args.document, kind=args.kind)
    if args.json:
        print_json([a.to_json() for a in anns])
    else:
        for a in anns:
            print(f"{a.id[:8]}  doc {a.document_id:<3} {a.start:>6}-{a.end:<6} {a.kind:<7} {a.status:<9} {a.quote[:60]!r}")
    return 0

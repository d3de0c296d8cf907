"""`docs add FILE...` and `docs list --json`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli._common import CommandError, open_for_command, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    docs = subparsers.add_parser("docs", help="add and list documents")
    sub = docs.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="import .txt, .md or .html files")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--language", help="language code (default: detected)")
    add.add_argument("--title")
    add.add_argument("--outlet")
    add.add_argument("--url")
    add.add_argument("--published", help="publication date, YYYY-MM-DD")
    add.set_defaults(func=_add)

    lst = sub.add_parser("list", help="list documents")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_list)


def _add(args: argparse.Namespace) -> int:
    from desktop.services.importing import ImportRefused, import_document

    if len(args.files) > 1 and (args.title or args.url):
        raise CommandError("--title and --url describe one file; import the files one at a time to give them")
    project = open_for_command(args, create=True)
    failures = 0
    for name in args.files:
        try:
            result = import_document(
                project, name, language=args.language, title=args.title, outlet=args.outlet,
                url=args.url, published=args.published,
            )
        except ImportRefused as exc:
            failures += 1
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        print(f"{name}: {result.outcome_text()}")
    if failures:
        raise CommandError(f"{failures} of {len(args.files)} file(s) not imported", exit_code=1)
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop.services.documents import list_documents

    docs = list_documents(open_for_command(args))
    if args.json:
        print_json([d.to_json() for d in docs])
    else:
        for d in docs:
            print(f"{d.id:>4}  {d.language:<3} {d.char_count:>8}  {d.title}")
    return 0

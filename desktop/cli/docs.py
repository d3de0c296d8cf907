"""`docs add URL|FILE...`, `docs list --json`, `docs original ID --out FILE`, `docs label ID LABEL`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli._common import CommandError, open_for_command, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    docs = subparsers.add_parser("docs", help="add and list documents")
    sub = docs.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add web pages by address, or .html, .pdf, .docx, .eml, .txt, .md files")
    add.add_argument("files", nargs="+", metavar="URL|FILE")
    add.add_argument("--language", help="language code (default: detected)")
    add.add_argument("--title")
    add.add_argument("--outlet")
    add.add_argument("--url")
    add.add_argument("--published", help="publication date, YYYY-MM-DD")
    add.add_argument("--label", help="short source label (default: made from outlet and date)")
    add.add_argument("--full-text", action="store_true",
                     help="for a page with no article in it: add all of its visible text")
    add.set_defaults(func=_add)

    lst = sub.add_parser("list", help="list documents")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_list)

    original = sub.add_parser("original", help="write a document's archived original to a file")
    original.add_argument("id", type=int, metavar="ID")
    original.add_argument("--out", required=True, metavar="FILE",
                          help="the file to write: the original as fetched or read; a name ending in .warc or "
                               ".warc.gz gets the whole archived HTTP exchange (WARC) of a page")
    original.add_argument("--warc", action="store_true", help="write the WARC record of a fetched page")
    original.set_defaults(func=_original)

    label = sub.add_parser("label", help="set a document's short source label")
    label.add_argument("id", type=int, metavar="ID")
    label.add_argument("label", metavar="LABEL")
    label.set_defaults(func=_label)


def _add(args: argparse.Namespace) -> int:
    from desktop.services.importing import ImportRefused, NoArticleFound, import_document
    from desktop.services.web import add_url, is_address

    if len(args.files) > 1 and (args.title or args.url or args.label):
        raise CommandError("--title and --url describe one file (and --label one source); add them one at a "
                           "time to give them")
    project = open_for_command(args, create=True)
    failures = 0
    for name in args.files:
        try:
            if is_address(name):
                if args.url:
                    raise CommandError("--url is for files; a web address is its own URL")
                result = add_url(project, name, full_text=args.full_text, language=args.language,
                                 title=args.title, outlet=args.outlet, published=args.published, label=args.label)
            else:
                result = import_document(
                    project, name, language=args.language, title=args.title, outlet=args.outlet,
                    url=args.url, published=args.published, full_text=args.full_text, label=args.label,
                )
        except NoArticleFound as exc:
            failures += 1
            print(f"{name}: {exc} (add it again with --full-text to keep the whole page)", file=sys.stderr)
            continue
        except ImportRefused as exc:
            failures += 1
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        print(f"{name}: {result.outcome_text()}")
    if failures:
        what = "source(s) not added" if any(is_address(n) for n in args.files) else "file(s) not imported"
        raise CommandError(f"{failures} of {len(args.files)} {what}", exit_code=1)
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop.services.documents import list_documents

    docs = list_documents(open_for_command(args))
    if args.json:
        print_json([d.to_json() for d in docs])
    else:
        for d in docs:
            about = " · ".join(p for p in (d.outlet, d.published, d.author) if p)
            print(f"{d.id:>4}  {d.label:<16} {d.language:<3} {d.char_count:>8}  {d.title}"
                  + (f"  ({about})" if about else ""))
    return 0


def _original(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.services.documents import get_original
    from desktop.services.files import WriteError, write_atomically

    project = open_for_command(args)
    try:
        original = get_original(project, args.id)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    if original is None:
        raise CommandError(f"document {args.id} was added before originals were kept: it has no archived original")
    out = Path(args.out)
    as_warc = args.warc or out.name.lower().endswith((".warc", ".warc.gz"))
    if as_warc and original.kind != "warc":
        raise CommandError(f"document {args.id} was read from a file ({original.filename}), not fetched: "
                           "it has no WARC record")
    if as_warc:
        data = original.data
    elif original.kind == "warc":
        from desktop.sources.warc import read_warc

        data = read_warc(original.data).body
    else:
        data = original.data
    try:
        write_atomically(out, data)
    except WriteError as exc:
        raise CommandError(str(exc)) from exc
    what = "WARC record" if as_warc else f"{original.mime}, SHA-256 {original.sha256}"
    print(f"{out}: archived original of document {args.id} written ({len(data):,} bytes, {what})", file=sys.stderr)
    return 0


def _label(args: argparse.Namespace) -> int:
    from desktop.services.documents import update_document

    project = open_for_command(args)
    try:
        update_document(project, args.id, label=args.label)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    return 0

"""`search QUERY [--in text|notes|all] [--limit N] --json` and `search --batch FILE --json`.

    {"total": N, "hits": [{"document_id", "label", "start", "end", "snippet", ...}]}

``start`` and ``end`` are code points into the stored text the hit was found in: the document's
text (``"in": "text"``), or, with ``--in notes``/``all``, the annotation's note or the review
comment (``"in": "note"``/``"comment"``, with the ``annotation_id``). ``total`` counts every hit;
``hits`` lists the first ``--limit`` (100 unless told), by document then position. The snippet marks
the hit with ``**``. A batch prints one row per line of FILE.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli._common import CommandError, open_for_command, print_json

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it uses
    from desktop.services.search import SearchFilters

DEFAULT_LIMIT = 100
SCOPES_OF = {"text": ("text",), "notes": ("notes", "comments"), "all": ("text", "notes", "comments")}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "search", help="search the documents (and notes): phrases \"…\", prefix*, AND / OR / NOT",
        description="Search every document's text (and, with --in, annotation notes and review comments). "
                    "Case and accents are ignored: societa finds società.")
    cmd.add_argument("query", nargs="?", metavar="QUERY", help='e.g. \'"Scale AI" NOT Google\', \'Wang*\'')
    cmd.add_argument("--batch", metavar="FILE", help="search every line of FILE (one name or query per line)")
    cmd.add_argument("--in", dest="scope", choices=sorted(SCOPES_OF), default="text",
                     help="where to look (default: text)")
    cmd.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                     help=f"list at most N hits (default {DEFAULT_LIMIT}; total counts them all)")
    cmd.add_argument("--language", action="append", metavar="L", help="only documents in this language")
    cmd.add_argument("--outlet", action="append", metavar="O", help="only documents from this outlet")
    cmd.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    cmd.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    cmd.add_argument("--kind", action="append", choices=["entity", "figure", "claim", "untagged"],
                     help="only hits inside annotations of this kind (untagged: outside any)")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(func=_run)


def _filters(args: argparse.Namespace) -> SearchFilters:
    from desktop.services.search import SearchFilters

    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value and not _is_date(value):
            raise CommandError(f"--{name.removeprefix('date_')}: write the date as YYYY-MM-DD (not {value!r})")
    return SearchFilters(languages=frozenset(args.language or ()), outlets=frozenset(args.outlet or ()),
                         published_from=args.date_from or "", published_to=args.date_to or "",
                         kinds=frozenset(args.kind or ()))


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _run(args: argparse.Namespace) -> int:
    if args.batch and args.query:
        raise CommandError("give either a QUERY or --batch FILE, not both")
    if not args.batch and not args.query:
        raise CommandError("what should I search for? give a QUERY, or --batch FILE")
    if args.limit < 0:
        raise CommandError("--limit must be 0 or more")
    filters = _filters(args)
    if args.batch:
        lines = _read_batch(Path(args.batch))
        return _batch(args, lines, filters)
    return _query(args, filters)


def _query(args: argparse.Namespace, filters: SearchFilters) -> int:
    from desktop.services.search import QueryError, search

    project = open_for_command(args)
    try:
        result = search(project, args.query, scopes=SCOPES_OF[args.scope], filters=filters)
    except QueryError as exc:
        raise CommandError(str(exc)) from exc
    listed = result.hits()[:args.limit]
    hits = []
    for group, hit in listed:
        row = {"document_id": hit.document_id, "label": getattr(group, "label", ""), "start": hit.start,
               "end": hit.end, "snippet": result.snippet(hit).marked(), "in": hit.source}
        if hit.annotation_id:
            row["annotation_id"] = hit.annotation_id
        hits.append(row)
    if args.json:
        print_json({"total": result.total, "hits": hits})
        return 0
    for row in hits:
        where = row["label"] if row["in"] == "text" else f"{row['label']} {row['in']}"
        print(f"{where:<12} {row['start']:>7}-{row['end']:<7} {row['snippet']}")
    more = result.total - len(hits)
    print(f"{result.total} hit(s)" + (f", {more} not listed (--limit)" if more > 0 else ""))
    return 0


def _read_batch(path: Path) -> list[str]:
    from desktop.services.search import ListFileError, read_terms_file

    try:
        lines = read_terms_file(path)
    except ListFileError as exc:
        raise CommandError(str(exc).rstrip(".")) from exc
    if not lines:
        raise CommandError(f"{path.name} holds no names to search for")
    return lines


def _batch(args: argparse.Namespace, lines: list[str], filters: SearchFilters) -> int:
    from desktop.services.search import batch_search

    project = open_for_command(args)
    result = batch_search(project, lines, filters)
    labels = {d.document_id: d.label for d in result.documents}
    rows = []
    for row in result.rows:
        documents = [{"document_id": doc_id, "label": labels.get(doc_id, ""), "hits": count}
                     for doc_id, count in sorted(row.counts.items())]
        item: dict[str, Any] = {"term": row.line, "query": row.query, "total": row.total,
                                   "document_count": len(documents), "documents": documents}
        if row.error:
            item["error"] = row.error
        rows.append(item)
    if args.json:
        print_json(rows)
        return 0
    for item in rows:
        mentions = ", ".join(f"{d['label']} ({d['hits']})" for d in item["documents"])
        print(f"{item['term']}: {item.get('error') or mentions or 'no hit'}")
    return 0

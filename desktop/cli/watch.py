"""`watch [--json] [--count N]`: print every change made to the project by anyone, as it happens.

One line per committed change (one write: a tag, an edit, a verdict, an import ...). With ``--json`` each line
is a JSON object: ``kind`` (import, create, update, delete, verdict, comment, ...), ``ids`` (by kind:
documents, annotations, reviews, entities, ...), ``author`` ({id, name, login}), ``actions``, ``at`` (UTC)
and ``seq``. On PostgreSQL the changes come by LISTEN/NOTIFY; on a file, by watching it. When the
connection drops, a line on stderr says so and the watch goes on where it stopped once it is back.
Stops on Ctrl+C (exit 0) or after ``--count`` changes.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli._common import CommandError, open_for_command

WAIT_S = 0.5


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "watch", help="print every change to the project as it happens (one line each; --json for scripts)",
        description="Print one line per change anyone makes to the project, as it happens, until Ctrl+C.",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line: kind, ids, author, at")
    parser.add_argument("--count", type=int, metavar="N", default=0, help="stop after N changes")
    parser.set_defaults(func=_watch)


def _watch(args: argparse.Namespace) -> int:
    from desktop.services.live import Authors, describe
    from desktop.storage.change_feed import ChangeFeed

    if args.count < 0:
        raise CommandError("--count must be 0 or more (0, the default: until Ctrl+C)")
    project = open_for_command(args)
    statuses: list[str] = []
    feed = ChangeFeed(project, own_session=None, on_status=statuses.append)
    authors = Authors(project)
    printed = 0
    said = ""
    try:
        print(f"evidence-desk: watching {project.name} for changes (Ctrl+C stops)", file=sys.stderr, flush=True)
        while not args.count or printed < args.count:
            for entry in feed.wait(WAIT_S):
                line = describe(entry, authors)
                print(json.dumps(line, ensure_ascii=False) if args.json else _human(line), flush=True)
                printed += 1
                if args.count and printed >= args.count:
                    break
            status = feed.status
            if status != said and (said or status == "offline"):
                reason = f" ({feed.offline_reason})" if feed.offline_reason and status == "offline" else ""
                print(f"evidence-desk: {status}{reason}", file=sys.stderr, flush=True)
            said = status
    except KeyboardInterrupt:
        return 0
    finally:
        feed.close()
        project.close()
    return 0


def _human(line: dict) -> str:  # type: ignore[type-arg]
    who = line["author"]["name"] or line["author"]["login"] or "someone"
    what = ", ".join(f"{len(ids)} {kind}" for kind, ids in line["ids"].items())
    return f"{line['at'][11:19]} {who}: {line['kind']} ({what})"

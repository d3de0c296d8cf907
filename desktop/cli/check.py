"""`check [--json]`: is the project whole? Every document's text against its SHA-256, every value against its
column's type, and the database's own checks (SQLite: integrity_check and foreign_key_check; both: the
schema against this version's). Reads only. Exit 0 when all is well, 1 with one line per problem."""

from __future__ import annotations

import argparse
import sys

from desktop.cli._common import EXIT_REFUSED, open_for_command, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="verify the project: texts against their SHA-256, stored values, database integrity",
        description="Verify every stored text against its SHA-256, every stored value against its type, and "
                    "run the database's integrity checks. Nothing is written.",
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from desktop.storage.integrity import damaged_values, database_checks, text_mismatches

    project = open_for_command(args, check_now=True)  # a damaged file: said as at any open, before the rest
    try:
        with project.engine.connect() as conn:
            problems = database_checks(conn) + damaged_values(conn) + text_mismatches(conn)
            documents = conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
            annotations = conn.execute(text("SELECT count(*) FROM annotations")).scalar() or 0
    finally:
        project.close()
    if args.json:
        print_json({"project": project.shown_location, "ok": not problems, "documents": documents,
                    "annotations": annotations,
                    "problems": [{"kind": p.kind, "message": p.message} for p in problems]})
    else:
        for problem in problems:
            print(problem.message)
    summary = f"{documents} document(s), {annotations} annotation(s)"
    if problems:
        print(f"evidence-desk: {project.name}: {len(problems)} problem(s) found in {summary}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"evidence-desk: {project.name}: all well ({summary}; texts match their SHA-256, "
          "database integrity ok)", file=sys.stderr)
    return 0

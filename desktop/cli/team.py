"""`team init URL`, `team add-user NAME --role R`, `team push URL`: a team on one PostgreSQL database.

- ``team init URL`` makes an empty PostgreSQL database an Evidence Desk project and a team (three roles:
  annotator, reviewer, owner; the rules live in the database). Give an administrator's URL. Run again on a
  team database, it brings the privileges up to date. It remembers the URL for ``add-user`` (in your config
  folder, readable by you only).
- ``team add-user NAME --role annotator|reviewer|owner`` gives NAME a login in the team database (``--url``,
  or ``--project`` when it is a postgresql:// URL, or the one ``team init`` remembered) and prints the URL
  they connect with. The password is asked for (Enter: one is generated), or read from stdin with
  ``--password-stdin``, or generated when stdin is not a terminal: it never appears in a command line, so
  never in a shell's history. ``--author`` links the login to an author already in the project (after a
  push); an author with the login's name is linked by itself.
- ``--project FILE team push URL`` copies a project file into a new team database (``team init`` first),
  every id, author, review and journal entry, then compares the two row by row.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.cli._common import EXIT_REFUSED, CommandError, open_for_command

TEAM_URL_ENV = "EVIDENCE_DESK_TEAM_URL"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("team", help="work as a team on one PostgreSQL database: init, add-user, push",
                                   description="Set up a team database, add colleagues, push a project file to it.")
    commands = parser.add_subparsers(dest="team_command", metavar="COMMAND", required=True)

    init = commands.add_parser("init", help="make an empty PostgreSQL database a team project (schema and roles)",
                               description="Create the schema and the team's roles in an empty PostgreSQL "
                                           "database. Give an administrator's URL.")
    init.add_argument("url", metavar="URL", help="postgresql://admin@host:port/database")
    init.set_defaults(func=_init)

    add = commands.add_parser("add-user", help="give a colleague a login with a role; prints their URL",
                              description="Create a database login for a colleague with a role, and print the "
                                          "URL they connect with. The password is asked for or generated.")
    add.add_argument("name", metavar="NAME", help="their login (letters, digits, _ . -)")
    add.add_argument("--role", required=True, choices=("annotator", "reviewer", "owner"))
    add.add_argument("--url", help="the team database (an administrator's or owner's URL); default: --project "
                                   f"if it is a URL, ${TEAM_URL_ENV}, or the one `team init` remembered")
    add.add_argument("--author", help="link the login to this author of the project (name or key)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    add.set_defaults(func=_add_user)

    push = commands.add_parser("push", help="copy the --project file into a new team database, losing nothing",
                               description="Copy every row of the project file given with --project (ids, "
                                           "authors, reviews, journal) into a team database made by `team init`, "
                                           "then compare the two row by row.")
    push.add_argument("url", metavar="URL", help="the team database (an administrator's or owner's URL)")
    push.set_defaults(func=_push)


# --- init ------------------------------------------------------------------------------------------------

def _remembered_file() -> Path:
    from desktop.services.profiles import config_dir

    return config_dir() / "team.json"


def _remember(url: str) -> None:
    path = _remembered_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"url": url}, fh)
    except OSError:
        pass


def _remembered() -> str | None:
    try:
        return str(json.loads(_remembered_file().read_text(encoding="utf-8"))["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _init(args: argparse.Namespace) -> int:
    from desktop.services.team import init_team

    info = init_team(args.url)
    _remember(args.url)
    if info.created:
        print(f"evidence-desk: {info.database} is a team project now (roles {info.roles.annotator}, "
              f"{info.roles.reviewer}, {info.roles.owner}).", file=sys.stderr)
    else:
        print(f"evidence-desk: {info.database} was a team project already; its privileges are up to date.",
              file=sys.stderr)
    print("evidence-desk: next, give each colleague a login: evidence-desk team add-user NAME --role "
          "annotator|reviewer|owner", file=sys.stderr)
    print(info.location)
    return 0


# --- add-user --------------------------------------------------------------------------------------------

def _team_url(args: argparse.Namespace) -> str:
    project = getattr(args, "project", None)
    for candidate in (args.url, project if project and "://" in project else None, os.environ.get(TEAM_URL_ENV)):
        if candidate:
            return str(candidate)
    remembered = _remembered()
    if remembered:
        from desktop.storage.postgres import safe_url

        print(f"evidence-desk: using the team database {safe_url(remembered)} (from `team init`)", file=sys.stderr)
        return remembered
    raise CommandError("Which team database? Give --url URL (or --project URL), or run `team init URL` first.")


def _password(args: argparse.Namespace, login: str) -> tuple[str, bool]:
    """(password, generated)."""
    from desktop.services.team import generate_password

    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CommandError("No password on stdin (give one line, or leave out --password-stdin to generate one).")
        return line, False
    if sys.stdin.isatty():
        import getpass  # only when a password is asked for (it loads the terminal module)

        first = getpass.getpass(f"Password for {login} (Enter: generate one): ")
        if not first:
            return generate_password(), True
        if getpass.getpass("Again: ") != first:
            raise CommandError("The two passwords differ; nothing was changed.")
        return first, False
    return generate_password(), True


def _add_user(args: argparse.Namespace) -> int:
    from desktop.services.team import add_user

    url = _team_url(args)
    password, generated = _password(args, args.name)
    added = add_user(url, args.name, args.role, password, author=args.author)
    author = f"author “{added.author_name}”" + (" (already in the project)" if added.linked else "")
    again = " (the login existed: its password was replaced)" if added.existed else ""
    print(f"evidence-desk: {added.login} is {added.role} in the team, {author}{again}.", file=sys.stderr)
    if generated:
        print("evidence-desk: the password was generated; it is in the URL below. Hand it over privately.",
              file=sys.stderr)
    print("evidence-desk: they open the project with: evidence-desk --project '<the URL below>'", file=sys.stderr)
    print(added.url)
    return 0


# --- push ------------------------------------------------------------------------------------------------

def _push(args: argparse.Namespace) -> int:
    from desktop.services.team_push import differences, push
    from desktop.storage.postgres import safe_url
    from desktop.storage.project import open_project

    if not args.project or "://" in args.project:
        raise CommandError("Give the project file to push with --project FILE.")
    source = open_for_command(args)
    try:
        target = open_project(args.url, create=True)
        try:
            if target.dialect != "postgresql":
                raise CommandError("Push to a team database: give a postgresql:// URL.")
            report = push(source, target)
            problems = differences(source, target)
        finally:
            target.close()
    finally:
        source.close()
    if problems:
        for problem in problems:
            print(f"evidence-desk: {problem}", file=sys.stderr)
        print("evidence-desk: the copy differs from the file (see above); do not delete the file.", file=sys.stderr)
        return EXIT_REFUSED
    print(f"evidence-desk: pushed {source.name} to {safe_url(args.url)}: {report.summary()}; "
          "checked row by row, nothing lost.", file=sys.stderr)
    print(safe_url(args.url))
    return 0

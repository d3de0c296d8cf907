"""Colleagues' changes as they happen: change-log entries as change sets, and as lines for scripts.

- :func:`changes_of` turns entries (``storage.change_log.LoggedChange``) into one ``Changes`` set, which the
  window hands to its views exactly as it does its own changes.
- :func:`describe` is what ``evidence-desk watch --json`` prints for an entry: the kind of change (the
  journal's action: import, create, update, delete, verdict, comment ...; ``change`` when a write left no
  journal entry), the ids by kind, and the author (id, name and, on a team database, login).
- :class:`Authors` remembers author names, reading them again when a new author appears.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from desktop.services.changes import Changes
from desktop.storage.change_log import LoggedChange
from desktop.storage.models import Author
from desktop.storage.project import Project

_INT_KINDS = ("documents", "entities", "measures", "propositions", "authors")
# When a transaction did several things, the one that names it (an import also creates annotations).
_PRECEDENCE = ("import", "push", "adjudicate", "merge", "unmerge", "split", "delete", "restore", "undelete",
               "verdict", "revert_verdict", "comment", "resolve_conflict", "reopen_conflict", "create", "rename",
               "add_alias", "remove_alias", "set_type", "set_unit", "update")


def changes_of(entries: Iterable[LoggedChange]) -> Changes:
    total = Changes()
    for entry in entries:
        rows = entry.rows
        ints = {kind: frozenset(int(i) for i in rows.get(kind, ()) if i.lstrip("-").isdigit()) for kind in _INT_KINDS}
        total |= Changes(
            documents=ints["documents"], annotations=frozenset(rows.get("annotations", ())),
            entities=ints["entities"], measures=ints["measures"], propositions=ints["propositions"],
            authors=ints["authors"], reviews=frozenset(rows.get("reviews", ())), settings=bool(rows.get("settings")),
        )
    return total


def kind_of(entry: LoggedChange) -> str:
    actions = set(entry.actions)
    for action in _PRECEDENCE:
        if action in actions:
            return action
    return sorted(actions)[0] if actions else "change"


class Authors:
    """Author names by id, read once and again when an unknown id turns up."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._names: dict[int, tuple[str, str]] = {}
        self.reload()

    def reload(self) -> None:
        with self._project.read() as s:
            self._names = {a.id: (a.name, a.login or "") for a in s.execute(select(Author.id, Author.name, Author.login))}
        self._by_login = {login: author_id for author_id, (_name, login) in self._names.items() if login}

    def get(self, author_id: int | None) -> tuple[str, str]:
        if author_id is None:
            return "", ""
        if author_id not in self._names:
            self.reload()
        return self._names.get(author_id, ("", ""))

    def of_login(self, login: str) -> int | None:
        """The author a team login writes as (a write that named no author, e.g. a command-line import)."""
        if login and login not in self._by_login:
            self.reload()
        return self._by_login.get(login)

    def name(self, author_id: int | None, login: str = "") -> str:
        return self.get(author_id)[0] or login or "someone"


def describe(entry: LoggedChange, authors: Authors) -> dict[str, Any]:
    """One line of ``watch --json``."""
    author_id = entry.author_id if entry.author_id is not None else authors.of_login(entry.login)
    name, login = authors.get(author_id)
    ids: dict[str, list[Any]] = {}
    for kind, values in sorted(entry.rows.items()):
        ids[kind] = [int(v) if kind in _INT_KINDS and v.lstrip("-").isdigit() else v for v in values]
    return {
        "kind": kind_of(entry),
        "ids": ids,
        "author": {"id": author_id, "name": name or None, "login": login or entry.login or None},
        "actions": list(entry.actions),
        "at": entry.at,
        "seq": entry.seq,
    }

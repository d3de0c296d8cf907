"""Who else has the project open: each window (and ``watch``) notes its session in ``sessions`` while open.

A session whose process is gone (same computer, pid no longer alive) or that has not been seen for a while
(another computer: windows on PostgreSQL beat every ``HEARTBEAT_S``) does not count. Nothing here is part
of the change log: opening a window is not a change to the project.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from desktop.services.clock import now_iso
from desktop.storage.errors import StorageError
from desktop.storage.models import Author, OpenSession
from desktop.storage.project import Project
from desktop.storage.sqlite_file import process_alive

HEARTBEAT_S = 60
STALE_AFTER = timedelta(minutes=3)  # another computer's window on PostgreSQL that stopped beating
STALE_FILE_AFTER = timedelta(hours=12)  # another computer's window on a shared file (no heartbeat there)


@dataclass(frozen=True)
class OtherSession:
    id: str
    who: str  # author name or login ("" if unknown)
    host: str
    pid: int
    kind: str
    opened: str

    def describe(self, here: str) -> str:
        since = self.opened[11:16] if len(self.opened) >= 16 else self.opened
        where = "this computer" if self.host == here else self.host
        what = "Another window" if self.kind == "window" else f"`{self.kind}`"
        who = f" ({self.who})" if self.who else ""
        return f"{what}{who} on {where} has had the project open since {since} UTC"


def join(project: Project, author_id: int | None, kind: str = "window") -> bool:
    """Note this session; False when it cannot be noted (read-only, refused): nothing else depends on it."""
    if project.read_only:
        return False
    now = now_iso()
    try:
        with project.transaction() as s:
            s.merge(OpenSession(id=project.session_id, login=project.login, author_id=author_id or None,
                                host=socket.gethostname(), pid=os.getpid(), kind=kind, opened=now, seen=now))
    except StorageError:
        return False
    return True


def beat(project: Project) -> None:
    with project.transaction() as s:
        row = s.get(OpenSession, project.session_id)
        if row is not None:
            row.seen = now_iso()


def leave(project: Project) -> None:
    if project.read_only:
        return
    try:
        with project.transaction() as s:
            s.execute(delete(OpenSession).where(OpenSession.id == project.session_id))
    except StorageError:
        pass


def others(project: Project) -> list[OtherSession]:
    """The other sessions that are alive, oldest first."""
    here = socket.gethostname()
    now = datetime.now(UTC)
    stale = STALE_AFTER if project.dialect == "postgresql" else STALE_FILE_AFTER
    with project.read() as s:
        rows = s.execute(select(OpenSession, Author.name).outerjoin(Author, Author.id == OpenSession.author_id)
                         .where(OpenSession.id != project.session_id).order_by(OpenSession.opened)).all()
    found = []
    for row, name in rows:
        if row.host == here:
            if not process_alive(row.pid):
                continue
        elif now - _parse(row.seen) > stale:
            continue
        found.append(OtherSession(row.id, name or row.login, row.host, row.pid, row.kind, row.opened))
    return found


def _parse(stamp: str) -> datetime:
    try:
        return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)

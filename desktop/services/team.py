"""A team on one PostgreSQL database: setting it up, adding people, and who I am in it.

- :func:`init_team` makes an empty database a project (the schema) and a team (the roles: see
  ``storage.team_roles``); again on a team database it brings the privileges up to date.
- :func:`add_user` gives a person a login with a role, linked to an author of the project (a new one, or
  the one they already are after a push: ``author=`` or the same name), and says the URL they connect with.
- :func:`membership` says what the connected login may do; :func:`session_author` is the author the window
  works as: on a team database the login's own (a team member cannot write in anyone else's name).
- :class:`Access` answers "may I?" for the window, with the reason when the answer is no.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop.services.authors import PALETTE, ensure_author, new_author_key
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.storage import team_roles
from desktop.storage.models import Author
from desktop.storage.postgres import safe_url
from desktop.storage.project import Project, open_project
from desktop.storage.team_roles import ROLES, TeamSetupError

__all__ = ["ROLES", "Access", "AddedUser", "Membership", "TeamSetupError", "add_user", "generate_password",
           "init_team", "membership", "session_author", "user_url"]


@dataclass(frozen=True)
class TeamInfo:
    location: str  # without the password
    database: str
    roles: team_roles.TeamRoles
    created: bool  # the team was made now (False: it existed; privileges refreshed)


@dataclass(frozen=True)
class AddedUser:
    login: str
    role: str
    url: str  # what they connect with (their password in it)
    author_id: int
    author_name: str
    existed: bool  # the login was there already (its password was replaced)
    linked: bool  # linked to an author already in the project


@dataclass(frozen=True)
class Membership:
    """Who the connection is in the project. ``team``: the database is a team's (``team init``)."""

    team: bool
    role: str  # owner, reviewer, annotator, or none; "owner" outside a team (nothing is restricted)
    login: str
    author_id: int | None
    author_name: str


def _postgres(project: Project) -> None:
    if project.dialect != "postgresql":
        project.close()
        raise TeamSetupError("A team works on a PostgreSQL database: give a postgresql:// URL.")


def init_team(url: str) -> TeamInfo:
    """Create the schema (an empty database) and the team's roles. Raises ProjectError / TeamSetupError."""
    project = open_project(url, create=True)
    try:
        _postgres(project)
        with project.engine.begin() as conn:
            roles, created = team_roles.set_up(conn)
            database = str(conn.execute(text("SELECT current_database()")).scalar())
        return TeamInfo(safe_url(url), database, roles, created)
    finally:
        project.close()


def generate_password() -> str:
    return secrets.token_urlsafe(18)


def user_url(admin_url: str, login: str, password: str) -> str:
    url = make_url(admin_url).set(drivername="postgresql", username=login, password=password)
    return url.render_as_string(hide_password=False)


def add_user(location: str, login: str, role: str, password: str, author: str | None = None) -> AddedUser:
    """Give ``login`` the ``role`` in the team database at ``location`` (an administrator's or owner's URL)."""
    project = open_project(location, create=False)
    try:
        _postgres(project)
        with project.engine.begin() as conn:
            roles = team_roles.stored_roles(conn)
            if roles is None:
                raise TeamSetupError(f"{safe_url(location)} is not a team database yet: run "
                                     "`evidence-desk team init URL` first.")
            existed = team_roles.give_login(conn, roles, login, role, password)
        author_id, author_name, linked = _link_author(project, login, author)
        return AddedUser(login, role, user_url(location, login, password), author_id, author_name, existed, linked)
    finally:
        project.close()


def _link_author(project: Project, login: str, wanted: str | None) -> tuple[int, str, bool]:
    """The author row of ``login``: already linked; the one named by ``wanted`` (key or name); the one
    author with the login as name and no login yet; else a new author."""
    with project.transaction() as s:
        linked = s.scalar(select(Author).where(Author.login == login))
        if linked is not None and wanted is None:
            return linked.id, linked.name, True
        candidates: list[Author] = []
        if wanted is not None:
            candidates = list(s.scalars(select(Author).where((Author.key == wanted) | (Author.name == wanted))))
            if not candidates:
                raise TeamSetupError(f"No author called {wanted!r} in the project (give a name or an author key).")
            if len(candidates) > 1:
                raise TeamSetupError(f"{len(candidates)} authors are called {wanted!r}: give one's key: "
                                     + ", ".join(a.key for a in candidates))
        else:
            candidates = [a for a in s.scalars(select(Author).where(Author.login.is_(None)))
                          if a.name.casefold() == login.casefold()]
        if len(candidates) == 1:
            author = candidates[0]
            if author.login not in (None, login):
                raise TeamSetupError(f"{author.name} is already the author of the login {author.login}.")
            if linked is not None and linked.id != author.id:
                linked.login = None
                s.flush()
            author.login = login
            return author.id, author.name, True
        if linked is not None:
            return linked.id, linked.name, True
        count = len(s.scalars(select(Author.id)).all())
        author = Author(key=new_author_key(login), name=login, colour=PALETTE[count % len(PALETTE)],
                        created=now_iso(), login=login)
        s.add(author)
        s.flush()
        return author.id, author.name, False


def membership(project: Project) -> Membership:
    if project.dialect != "postgresql":
        return Membership(False, "owner", "", None, "")
    with project.read() as s:
        row = s.execute(text("SELECT ed_team_role(), current_user, ed_team_author()")).one()
        team = s.execute(text("SELECT 1 FROM project_info WHERE key = :k"), {"k": team_roles.ROLES_KEY}).scalar()
        name = s.scalar(select(Author.name).where(Author.id == row[2])) if row[2] is not None else None
    return Membership(bool(team), str(row[0]), str(row[1]), row[2], name or "")


def session_author(project: Project, key: str, name: str, colour: str | None = None,
                   member: Membership | None = None) -> Outcome[int]:
    """The author this session writes as: on a team database the login's own author (made from the profile
    if ``add-user`` made none), elsewhere the profile's (``ensure_author``)."""
    member = member or membership(project)
    if not member.team:
        return ensure_author(project, key, name, colour)
    if member.author_id is not None:
        return Outcome(member.author_id, Changes())
    if project.read_only or member.role == "none":
        return Outcome(0, Changes())
    with project.transaction() as s:
        count = len(s.scalars(select(Author.id)).all())
        author = Author(key=key, name=name or member.login, colour=colour or PALETTE[count % len(PALETTE)],
                        created=now_iso(), login=member.login)
        s.add(author)
        s.flush()
        return Outcome(author.id, Changes(authors=frozenset({author.id})))


# --- what a role may do, with the reason when not ------------------------------------------------------

ROLE_WORDS = {"annotator": "an annotator", "reviewer": "a reviewer", "owner": "an owner", "none": "a reader"}
ROLE_SUMMARY = {
    "annotator": "tag, edit and delete your own annotations, answer comments on them, and add documents "
                 "and names to the register",
    "reviewer": "everything an annotator does, and give verdicts and comments on anyone's annotations "
                "(not change their spans or fields), and tidy the register's names",
    "owner": "everything: adjudicate, merge and delete register entries, delete documents, merge a "
             "colleague's file, and change anyone's annotations",
    "none": "read the project",
}
ACTIONS = {  # action -> the lowest role that may do it, and why the others may not
    "verdict": ("reviewer", "Verdicts are given by reviewers and owners."),
    "comment_any": ("reviewer", "Comments on a colleague's annotations are written by reviewers and owners."),
    "adjudicate": ("owner", "Adjudication settles two colleagues' versions: only an owner does it."),
    "register_edit": ("reviewer", "Renaming and retyping register entries is for reviewers and owners."),
    "register_merge": ("owner", "Merging, splitting and deleting register entries changes everyone's "
                                "annotations: only an owner does it."),
    "delete_document": ("owner", "Deleting a document takes every colleague's annotations with it: only an "
                                 "owner does it."),
    "colleague_import": ("owner", "Merging a colleague's file writes annotations in their name: only an "
                                  "owner does it."),
    "settings": ("reviewer", "The project's settings are changed by reviewers and owners."),
    "switch_author": ("none", "On a team database you always work as your own login's author."),
    "tag": ("annotator", "You are not a member of this team: you may read, not write."),
    "import_documents": ("annotator", "You are not a member of this team: you may read, not write."),
}
_RANK = {"none": 0, "annotator": 1, "reviewer": 2, "owner": 3}


@dataclass(frozen=True)
class Access:
    """What the window's user may do. Outside a team everything is allowed."""

    member: Membership

    @property
    def role(self) -> str:
        return self.member.role

    def may(self, action: str) -> bool:
        if not self.member.team:
            return True
        if action == "switch_author":
            return False
        lowest, _ = ACTIONS[action]
        return _RANK.get(self.role, 0) >= _RANK[lowest]

    def why_not(self, action: str) -> str:
        """Why the role may not (the rule, in a sentence); "" when it may."""
        return "" if self.may(action) else ACTIONS[action][1]

    def may_edit(self, author_id: int | None) -> bool:
        """May change the span and fields of an annotation by ``author_id``."""
        if not self.member.team or self.role == "owner":
            return True
        return self.role in ("annotator", "reviewer") and author_id == self.member.author_id

    def why_not_edit(self, author_name: str) -> str:
        if self.role == "reviewer":
            return (f"{author_name}'s annotation: as a reviewer you may give it a verdict or a comment, "
                    "not change its span or fields.")
        if self.role == "annotator":
            return f"{author_name}'s annotation: as an annotator you change only your own."
        return "You are not a member of this team: you may read, not write."

    def summary(self) -> str:
        if not self.member.team:
            return "This project is not a team database: nothing is restricted."
        return (f"You are {self.member.login}, {ROLE_WORDS.get(self.role, self.role)} in this team. "
                f"You may {ROLE_SUMMARY.get(self.role, 'read the project')}.")


def access(project: Project) -> Access:
    return Access(membership(project))

"""A team's PostgreSQL roles: made by ``evidence-desk team init``, given by ``team add-user``.

Roles belong to the whole server, so each team database has its own three group roles, named after it
(``<database>_annotator``, ``_reviewer``, ``_owner``; no login). A person's login is a member of one of them.
Table privileges go to the three roles alike; what each may do to which rows is decided by the rules of
migration 0006 (row-level security and the ``ed_guard_*`` triggers), which ask ``ed_team_role()``: here it
is replaced by one that knows this database's role names.

Passwords never travel in clear: the SCRAM-SHA-256 verifier is computed here (the server stores only
that), so the password is in no statement the server could log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, text

ROLES = ("annotator", "reviewer", "owner")
ROLES_KEY = "team:roles"  # project_info: {"annotator": "<role name>", ...}
# The tables a member writes to (the rules decide which rows); alembic_version stays read-only.
TEAM_TABLES = ("project_info", "authors", "documents", "originals", "entities", "entity_aliases", "measures",
               "propositions", "annotations", "reviews", "conflicts", "journal", "change_log", "sessions")
LOGIN_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")
SCRAM_ITERATIONS = 4096


class TeamSetupError(ValueError):
    """The team cannot be set up as asked; the message is for the user."""


@dataclass(frozen=True)
class TeamRoles:
    annotator: str
    reviewer: str
    owner: str

    def name(self, role: str) -> str:
        return str(getattr(self, role))

    def as_dict(self) -> dict[str, str]:
        return {role: self.name(role) for role in ROLES}


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def role_names(database: str) -> TeamRoles:
    base = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_")[:48] or "evidence"
    return TeamRoles(*(f"{base}_{role}" for role in ROLES))


def stored_roles(conn: Connection) -> TeamRoles | None:
    raw = conn.execute(text("SELECT value FROM project_info WHERE key = :k"), {"k": ROLES_KEY}).scalar()
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return TeamRoles(*(str(data[role]) for role in ROLES))
    except (ValueError, KeyError, TypeError):
        return None


def set_up(conn: Connection) -> tuple[TeamRoles, bool]:
    """Inside the caller's transaction: the roles, privileges and the role-aware ``ed_team_role()``.
    Again on a team database: privileges brought up to date (after an upgrade added a table). Returns
    (roles, made now)."""
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    schema = str(conn.execute(text("SELECT current_schema()")).scalar())
    existing = stored_roles(conn)
    roles = existing or role_names(database)
    for role in ROLES:
        name = roles.name(role)
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
            conn.execute(text(f"CREATE ROLE {quote(name)} NOLOGIN"))
    members = ", ".join(quote(roles.name(r)) for r in ROLES)
    conn.execute(text(f"REVOKE ALL ON DATABASE {quote(database)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {quote(database)} TO {members}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {members}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {quote(schema)} TO {members}"))
    tables = ", ".join(quote(t) for t in TEAM_TABLES)
    conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {members}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {members}"))
    conn.execute(text(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {quote(roles.owner)}"))
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not superuser:  # whoever sets the team up is one of its owners
        conn.execute(text(f"GRANT {quote(roles.owner)} TO current_user"))
    checks = " ".join(f"WHEN pg_has_role(current_user, {literal(roles.name(r))}, 'MEMBER') THEN {literal(r)}"
                      for r in reversed(ROLES))
    conn.exec_driver_sql(f"CREATE OR REPLACE FUNCTION ed_team_role() RETURNS text LANGUAGE sql STABLE AS "
                         f"$$ SELECT CASE {checks} ELSE 'none' END $$")
    if existing is None:
        conn.execute(text("DELETE FROM project_info WHERE key = :k"), {"k": ROLES_KEY})
        conn.execute(text("INSERT INTO project_info (key, value) VALUES (:k, :v)"),
                     {"k": ROLES_KEY, "v": json.dumps(roles.as_dict())})
    return roles, existing is None


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802 / 7677)."""
    normalized = unicodedata.normalize("NFKC", password).encode()
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def give_login(conn: Connection, roles: TeamRoles, login: str, role: str, password: str) -> bool:
    """Create (or update) the login with this password and make it a member of exactly ``role`` in this
    team. Returns True if the login already existed (its password is then replaced)."""
    if role not in ROLES:
        raise TeamSetupError(f"{role!r} is not a team role (use annotator, reviewer or owner).")
    if not LOGIN_PATTERN.match(login):
        raise TeamSetupError(f"{login!r} cannot be a login: use letters, digits, '_', '.' or '-' "
                             "(starting with a letter), at most 63.")
    if login in roles.as_dict().values() or login == conn.execute(text("SELECT current_user")).scalar():
        raise TeamSetupError(f"{login!r} is a name the team itself uses: choose another login.")
    found = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    if found is not None and (found[0] or found[1]):
        raise TeamSetupError(f"{login!r} is an administrator's role on this server: choose another login.")
    verifier = literal(scram_verifier(password))
    if found is None:
        conn.exec_driver_sql(f"CREATE ROLE {quote(login)} LOGIN PASSWORD {verifier}")
    else:
        conn.exec_driver_sql(f"ALTER ROLE {quote(login)} LOGIN PASSWORD {verifier}")
    for other in ROLES:
        conn.execute(text(f"REVOKE {quote(roles.name(other))} FROM {quote(login)}"))
    conn.execute(text(f"GRANT {quote(roles.name(role))} TO {quote(login)}"))
    return found is not None


def drop(conn: Connection, roles: TeamRoles, logins: list[str] | tuple[str, ...] = ()) -> None:
    """Remove a team's roles and the given logins from the server (after its database is dropped)."""
    for name in [*logins, *roles.as_dict().values()]:
        conn.execute(text(f"DROP ROLE IF EXISTS {quote(name)}"))

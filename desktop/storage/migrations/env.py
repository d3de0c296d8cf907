"""Alembic environment: runs on the connection ``open_project()`` hands over (batch mode for SQLite)."""

from alembic import context

from desktop.storage.models import Base
from desktop.storage.search_schema import include_name

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = config.attributes["engine"]
        with engine.begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,  # the search index has no model (migration 0004)
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

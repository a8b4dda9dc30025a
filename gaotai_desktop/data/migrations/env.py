"""Alembic environment: the engine is handed in by ``data.engine.migrate`` (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from gaotai_desktop.data.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()

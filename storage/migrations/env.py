"""Alembic environment: runs on the engine the caller hands over (storage.db.upgrade)."""

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  every model must be imported, or autogenerate drops its table

config = context.config
target_metadata = SQLModel.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # the alembic command line: the URL from storage settings
        import os

        from storage.db import DEFAULT_URL, connect

        engine = connect(os.environ.get("DATABASE_URL", DEFAULT_URL))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()

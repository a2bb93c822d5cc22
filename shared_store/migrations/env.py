"""Alembic environment: runs on the connection handed in by shared_store.migrate."""

from __future__ import annotations

from alembic import context

from shared_store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: use the URL from its options
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()

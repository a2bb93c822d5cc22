"""Alembic environment of the server-only chain: runs on the connection handed in."""

from __future__ import annotations

from alembic import context

from server.tables import ServerBase

VERSION_TABLE = "server_alembic_version"

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: use the URL from its options
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

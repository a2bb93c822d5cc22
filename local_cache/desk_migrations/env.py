"""Alembic environment of the desk's own chain: runs on the connection handed in."""

from __future__ import annotations

from alembic import context

from local_cache.desk_migrations import VERSION_TABLE
from local_cache.desk_tables import DeskBase

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: use the URL from its options
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()


def _own_tables(name: str | None, type_: str, _parent: object) -> bool:
    """Autogenerate compares this chain's tables only: the shared ones are the other chain's."""
    return type_ != "table" or name in DeskBase.metadata.tables


context.configure(
    connection=connection,
    target_metadata=DeskBase.metadata,
    version_table=VERSION_TABLE,
    include_name=_own_tables,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()

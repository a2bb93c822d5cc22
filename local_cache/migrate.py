"""Bring the desk's store to HEAD with Alembic, on start: the shared chain first (the
tables the server holds too), then the desk's own (local_cache/desk_migrations, version
table `alembic_version_desk`: outbox, sync state, search indexes)."""

from __future__ import annotations

from sqlalchemy import Engine

from local_cache import desk_migrations
from shared_store.migrate import SHARED_CHAIN, Chain, upgrade_chains

DESK_CHAIN = Chain(
    "local_cache.desk_migrations", desk_migrations.VERSION_TABLE, desk_migrations.HEADS
)


def migrate_to_head(engine: Engine) -> bool:
    """Upgrade the desk's store when needed, both chains in one transaction (a crash
    leaves the store as it was); returns True when a migration ran."""
    return upgrade_chains(engine, (SHARED_CHAIN, DESK_CHAIN))

"""Alembic chain of the server-only tables (version table `server_alembic_version`).

The shared tables come from the shared chain (shared_store/migrations), run first
on the same database, so one command means the same on both sides. The desk's own
chain (local_cache/desk_migrations: outbox, sync state, search indexes) never runs
here; s002 and s005 drop what older versions of the shared chain left behind.
"""

HEADS: frozenset[str] = frozenset({"s005"})

"""Alembic chain of the server-only tables (version table `server_alembic_version`).

The shared tables come from the workstation store's chain (local_cache/migrations),
run first on the same database, so one command means the same on both sides.
"""

HEADS: frozenset[str] = frozenset({"s001"})

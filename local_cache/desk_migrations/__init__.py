"""Alembic chain of the desk's own tables (version table `alembic_version_desk`).

The outbox, the sync client's state and the name and vacancy search indexes
exist only in a desk's store. They have their own chain, run by the desk after
the shared chain (local_cache/migrate.py), never by the server. HEADS names the
newest revision(s), as in shared_store/migrations (a test keeps it true).
"""

VERSION_TABLE = "alembic_version_desk"
HEADS: frozenset[str] = frozenset({"d001"})

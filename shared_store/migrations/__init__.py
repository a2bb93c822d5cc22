"""The shared Alembic chain: the tables a desk's store and the server both hold.

The server runs it on its own database (server/db.py); a desk runs it and then
the desk's own chain (local_cache/desk_migrations) for what only a desk has.
HEADS names the newest revision(s).

Start-up compares the store's revisions with HEADS and imports Alembic only when
they differ, so a warm start pays nothing for migrations (a test keeps HEADS true).
Parallel work may add a second branch from the same parent; `upgrade heads`
applies every branch, so list each branch's newest revision here.
"""

HEADS: frozenset[str] = frozenset({"0017", "0013", "0009"})

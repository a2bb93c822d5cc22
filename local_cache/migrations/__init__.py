"""Alembic migrations of the workstation store. HEADS names the newest revision(s).

Start-up compares the store's revisions with HEADS and imports Alembic only when
they differ, so a warm start pays nothing for migrations (a test keeps HEADS true).
Parallel work may add a second branch from the same parent; `upgrade heads`
applies every branch, so list each branch's newest revision here.
"""

HEADS: frozenset[str] = frozenset({"0008", "0007"})

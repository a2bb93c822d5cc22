"""sync client state (now in the desk's own chain: nothing here)

This revision created the sync client's tables (sync_state, sync_cursor,
sync_pending, sync_outcome) and gave commands queued before it an empty undo log.
Those tables are the desk's alone, and the server, which runs this shared chain
too, must not get them: the desk's own chain (local_cache/desk_migrations, d001)
creates them now, each only where it is missing, and fills in the empty undo
logs when it creates `sync_pending`. A desk that ran this revision keeps its
tables and rows; an old server's empty copies are dropped by server/migrations
s005. The revision stays, empty, so the chain after it is unchanged.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing: see the docstring."""


def downgrade() -> None:
    """Nothing: see the docstring."""

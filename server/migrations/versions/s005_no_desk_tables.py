"""server: no outbox and no sync client state (they are the desk's alone)

The shared chain used to create the desk's outbox and sync client tables
(outbox, sync_state, sync_cursor, sync_pending, sync_outcome) on the server too,
where nothing ever wrote them. They now come from the desk's own chain
(local_cache/desk_migrations), so a new server never gets them; a server made
before has them empty, and they are dropped here if they exist (on SQLite and
PostgreSQL alike). The desk's search indexes went the same way in s002.

Revision ID: s005
Revises: s004
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "s005"
down_revision = "s004"
branch_labels = None
depends_on = None

_DESK_TABLES = ("sync_outcome", "sync_pending", "sync_cursor", "sync_state", "outbox")


def upgrade() -> None:
    for table in _DESK_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")  # its indexes go with it


def downgrade() -> None:
    """Nothing to restore: no server code reads these tables."""

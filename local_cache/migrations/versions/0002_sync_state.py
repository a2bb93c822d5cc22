"""sync client state: cursors, undo log of unconfirmed commands, outcomes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("stream", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("stream"),
    )
    op.create_table(
        "sync_pending",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("undo_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "sync_outcome",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    # Commands queued before this revision have no undo log: they are recorded with an
    # empty one, and the sync client treats them as already part of the base (see
    # docs/sync-protocol.md, "Upgrading a store with a waiting outbox").
    op.execute(
        "INSERT INTO sync_pending (seq, hlc, undo_json) "
        "SELECT seq, '0000000000000.00000', 'null' FROM outbox WHERE state = 'pending'"
    )


def downgrade() -> None:
    op.drop_table("sync_outcome")
    op.drop_table("sync_pending")
    op.drop_table("sync_cursor")
    op.drop_table("sync_state")

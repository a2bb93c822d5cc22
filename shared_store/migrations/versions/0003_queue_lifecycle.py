"""queue lifecycle columns on ticket: queue time, counter, call, recalls, service times

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("queued_at", sa.String(length=32), nullable=True),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("called_at", sa.String(length=32), nullable=True),
        sa.Column("called_by", sa.String(length=40), nullable=True),
        sa.Column("recall_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("serving_at", sa.String(length=32), nullable=True),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        for column in _columns():
            batch_op.add_column(column)
        batch_op.create_index("ix_ticket_queue", ["site_code", "service_day", "status"])


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_queue")
        for column in reversed(_columns()):
            batch_op.drop_column(column.name)

"""ticket target (a counter or a staff member), first call time; a counter's services per day

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("target_counter", sa.Integer(), nullable=True),
        sa.Column("target_staff", sa.String(length=40), nullable=True),
        sa.Column("first_called_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        for column in _columns():
            batch_op.add_column(column)
    op.create_table(
        "counter_service",
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.String(length=32), nullable=False),
        sa.Column("changed_by", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("site_code", "service_day", "counter_number", "service_code"),
    )


def downgrade() -> None:
    op.drop_table("counter_service")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        for column in reversed(_columns()):
            batch_op.drop_column(column.name)

"""callbacks in the queue: a ticket's channel, the phone number to ring, calls not answered

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("channel", sa.String(length=12), nullable=False, server_default="walk_in"),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("no_answers", sa.Integer(), nullable=False, server_default="0"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        for column in _columns():
            batch_op.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        for column in reversed(_columns()):
            batch_op.drop_column(column.name)

"""job orders distributed by trade area: a vacancy's channel, responsible site and pickup;
a call's job order or kvikservice request

Revision ID: 0016
Revises: 0015, 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
# Joins the job shop's branch (the vacancy table) with the phone call's.
down_revision = ("0015", "0007")
branch_labels = None
depends_on = None


def _vacancy_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("channel", sa.String(length=12), nullable=False, server_default="skranke"),
        sa.Column("responsible_site", sa.String(length=8), nullable=False, server_default=""),
        sa.Column("picked_up_at", sa.String(length=32), nullable=True),
        sa.Column("picked_up_by", sa.String(length=40), nullable=False, server_default=""),
    ]


def _call_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("vacancy_id", sa.String(length=36), nullable=True),
        sa.Column("kvik_request_id", sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        for column in _vacancy_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        for column in _call_columns():
            batch_op.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        for column in reversed(_call_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        for column in reversed(_vacancy_columns()):
            batch_op.drop_column(column.name)

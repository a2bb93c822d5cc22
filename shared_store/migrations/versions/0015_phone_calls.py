"""phone calls: the phone entrance's call log

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_call",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.Column("caller_kind", sa.String(length=12), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=True),
        sa.Column("cvr", sa.String(length=8), nullable=False),
        sa.Column("phone", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("to_site", sa.String(length=8), nullable=False),
        sa.Column("callback_ticket_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizen.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_phone_call_taken", "phone_call", ["taken_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_phone_call_taken", table_name="phone_call")
    op.drop_table("phone_call")

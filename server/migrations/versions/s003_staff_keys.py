"""server: staff keys, the proofs on every change are checked with them

Revision ID: s003
Revises: s002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s003"
down_revision = "s002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_key",
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.String(length=32), nullable=False),
        sa.Column("previous_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("staff_id"),
    )


def downgrade() -> None:
    op.drop_table("staff_key")

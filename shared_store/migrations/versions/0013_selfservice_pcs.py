"""selfservice pcs: a citizen's slot at one of the job shop's self-service PCs

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "selfservice_slot",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("pc_code", sa.String(length=40), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("released_at", sa.String(length=32), nullable=True),
        sa.Column("released_by", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizen.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_selfservice_slot_site_pc", "selfservice_slot", ["site_code", "pc_code"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_selfservice_slot_site_pc", table_name="selfservice_slot")
    op.drop_table("selfservice_slot")

"""course exemption: a citizen exempted from the reform's contact course, with the reason

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "course_exemption",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("course_start", sa.Date(), nullable=False),
        sa.Column("reason_code", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("scheme_code", sa.String(length=40), nullable=False),
        sa.Column("scheme_version", sa.Integer(), nullable=False),
        sa.Column("granted_by", sa.String(length=40), nullable=False),
        sa.Column("granted_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizen.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("course_exemption", schema=None) as batch_op:
        batch_op.create_index(
            "uq_course_exemption_course", ["citizen_id", "course_start"], unique=True
        )
        batch_op.create_index(
            "ix_course_exemption_site", ["site_code", "course_start"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("course_exemption", schema=None) as batch_op:
        batch_op.drop_index("ix_course_exemption_site")
        batch_op.drop_index("uq_course_exemption_course")
    op.drop_table("course_exemption")

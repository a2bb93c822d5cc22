"""a call's group-meeting booking (the phone desk's «Booket på møde»)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.add_column(sa.Column("booking_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.drop_column("booking_id")

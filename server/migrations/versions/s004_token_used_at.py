"""server: when a workstation's token was first used (an enrolment reply lost on the way)

A workstation whose enrolment reply was lost is enrolled on the server and not on
the desk. It may present the same code again, and gets a fresh token in place of
the old one, only while that old token has never been presented: the column says
when it first was. Workstations enrolled before this revision count as used.

Revision ID: s004
Revises: s003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s004"
down_revision = "s003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workstation", sa.Column("token_used_at", sa.String(length=32), nullable=True))
    op.execute("UPDATE workstation SET token_used_at = enrolled_at")


def downgrade() -> None:
    with op.batch_alter_table("workstation") as batch:
        batch.drop_column("token_used_at")

"""server tables: workstations, enrolment codes, mutation results, change log, heads, reviews

Revision ID: s001
Revises: (none)
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "workstation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=False),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=True),
        sa.Column("last_mutation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "uq_workstation_series",
        "workstation",
        ["site_code", "series"],
        unique=True,
        sqlite_where=sa.text("revoked_at IS NULL"),
        postgresql_where=sa.text("revoked_at IS NULL"),
    )
    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=False),
        sa.Column("replace", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("used_at", sa.String(length=32), nullable=True),
        sa.Column("used_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "mutation_result",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("mutation", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.Column("positions_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id", "mutation"),
    )
    op.create_table(
        "stream_head",
        sa.Column("stream", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("stream"),
    )
    op.create_table(
        "change_log",
        sa.Column("stream", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("row_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("stream", "seq"),
    )
    op.create_table(
        "duplicate_review",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("mutation", sa.Integer(), nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("existing_citizen_id", sa.String(length=36), nullable=True),
        sa.Column("submitted_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("duplicate_review")
    op.drop_table("change_log")
    op.drop_table("stream_head")
    op.drop_table("mutation_result")
    op.drop_table("enrolment_code")
    op.drop_index("uq_workstation_series", table_name="workstation")
    op.drop_table("workstation")
    op.drop_table("server_meta")

"""visitation: schemes, decisions, orientation, anchors, referrals, group meetings, follow-ups

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "categorisation_scheme",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("label_da", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("code", "version"),
    )
    op.create_table(
        "referral_target",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "visitation_rule",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "anchor",
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("since", sa.String(length=32), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("citizen_id"),
    )
    op.create_table(
        "categorisation_decision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("visitation_id", sa.String(length=36), nullable=False),
        sa.Column("scheme_code", sa.String(length=40), nullable=False),
        sa.Column("scheme_version", sa.Integer(), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("category_label", sa.String(length=200), nullable=False),
        sa.Column("suggested_category", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("categorisation_decision", schema=None) as batch_op:
        batch_op.create_index("ix_decision_citizen", ["citizen_id", "decided_at"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("outcome_reason", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_citizen", ["citizen_id", "status"], unique=False)
        batch_op.create_index(
            "ix_follow_up_site_open", ["site_code", "status", "due"], unique=False
        )

    op.create_table(
        "group_session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("seats_taken", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_code"],
            ["site.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.create_index("ix_group_session_kind_start", ["kind", "starts_at"], unique=False)

    op.create_table(
        "orientation",
        sa.Column("visitation_id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("scheme_code", sa.String(length=40), nullable=False),
        sa.Column("scheme_version", sa.Integer(), nullable=False),
        sa.Column("items_json", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("visitation_id"),
    )
    with op.batch_alter_table("orientation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orientation_citizen_id"), ["citizen_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("from_target", sa.String(length=40), nullable=False),
        sa.Column("from_site", sa.String(length=8), nullable=False),
        sa.Column("to_target", sa.String(length=40), nullable=False),
        sa.Column("to_site", sa.String(length=8), nullable=False),
        sa.Column("anchor_moved", sa.Boolean(), nullable=False),
        sa.Column("referred_at", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("approved_by", sa.String(length=40), nullable=False),
        sa.Column("approval_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_citizen_day", ["citizen_id", "day"], unique=False)

    op.create_table(
        "referral_approval_request",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("to_target", sa.String(length=40), nullable=False),
        sa.Column("to_site", sa.String(length=8), nullable=False),
        sa.Column("move_anchor", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=40), nullable=False),
        sa.Column("requested_at", sa.String(length=32), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("decided_by", sa.String(length=40), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral_approval_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_approval_request_status"), ["status"], unique=False
        )

    op.create_table(
        "group_booking",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("booked_at", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group_booking", schema=None) as batch_op:
        batch_op.create_index("ix_group_booking_citizen", ["citizen_id"], unique=False)
        batch_op.create_index(
            "uq_group_booking_live",
            ["session_id", "citizen_id"],
            unique=True,
            sqlite_where=sa.text("status = 'booked'"),
            postgresql_where=sa.text("status = 'booked'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("group_booking", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_group_booking_live",
            sqlite_where=sa.text("status = 'booked'"),
            postgresql_where=sa.text("status = 'booked'"),
        )
        batch_op.drop_index("ix_group_booking_citizen")

    op.drop_table("group_booking")
    with op.batch_alter_table("referral_approval_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_approval_request_status"))

    op.drop_table("referral_approval_request")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_citizen_day")

    op.drop_table("referral")
    with op.batch_alter_table("orientation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orientation_citizen_id"))

    op.drop_table("orientation")
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.drop_index("ix_group_session_kind_start")

    op.drop_table("group_session")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_site_open")
        batch_op.drop_index("ix_follow_up_citizen")

    op.drop_table("follow_up")
    with op.batch_alter_table("categorisation_decision", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_citizen")

    op.drop_table("categorisation_decision")
    op.drop_table("anchor")
    op.drop_table("visitation_rule")
    op.drop_table("referral_target")
    op.drop_table("categorisation_scheme")

"""job shop: trade areas, companies, contacts, vacancies, referrals, kvikservice, job wishes,
open advice

The shared chain: the server runs it too. It once also created the desk's vacancy
search indexes (FTS5, SQLite only); they now come from the desk's own chain
(local_cache/desk_migrations, d001), which creates them only where they are
missing, so a desk made before keeps its indexes and a new server never gets them.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-25 09:30:08.724515
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=220), nullable=False),
        sa.Column("cvr", sa.String(length=8), nullable=False),
        sa.Column("responsible_staff_id", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_cvr"), ["cvr"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "jobshop_rule",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "trade_area",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label_da", sa.String(length=100), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "advice_session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=True),
        sa.Column("topic", sa.String(length=30), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("referred_to", sa.String(length=200), nullable=False),
        sa.Column("ticket_id", sa.String(length=36), nullable=True),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("held_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("advice_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_advice_session_citizen_id"), ["citizen_id"], unique=False
        )
        batch_op.create_index("ix_advice_session_site_held", ["site_code", "held_at"], unique=False)

    op.create_table(
        "company_contact",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("contacted_at", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("warned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("company_contact", schema=None) as batch_op:
        batch_op.create_index(
            "ix_company_contact_company", ["company_id", "contacted_at"], unique=False
        )

    op.create_table(
        "job_wish",
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("trade_area", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.PrimaryKeyConstraint("citizen_id", "trade_area"),
    )
    with op.batch_alter_table("job_wish", schema=None) as batch_op:
        batch_op.create_index("ix_job_wish_area", ["trade_area", "citizen_id"], unique=False)

    op.create_table(
        "kvik_request",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("trade_area", sa.String(length=40), nullable=False),
        sa.Column("positions", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("due_at", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("kvik_request", schema=None) as batch_op:
        batch_op.create_index("ix_kvik_request_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "vacancy",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("trade_area", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("hours", sa.String(length=100), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("positions", sa.Integer(), nullable=False),
        sa.Column("contact_staff_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("source_ref", sa.String(length=80), nullable=False),
        sa.Column("search_folded", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
        ),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.create_index("ix_vacancy_area_deadline", ["trade_area", "deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancy_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancy_source_ref"), ["source_ref"], unique=False)
        batch_op.create_index("ix_vacancy_status_deadline", ["status", "deadline"], unique=False)

    op.create_table(
        "job_referral",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("vacancy_id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("referred_at", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("outcome_at", sa.String(length=32), nullable=True),
        sa.Column("outcome_by", sa.String(length=40), nullable=False),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancy.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("vacancy_id", "citizen_id", name="uq_job_referral_vacancy_citizen"),
    )
    with op.batch_alter_table("job_referral", schema=None) as batch_op:
        batch_op.create_index(
            "ix_job_referral_citizen", ["citizen_id", "referred_at"], unique=False
        )

    op.create_table(
        "kvik_candidate",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["kvik_request.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_id", "citizen_id", name="uq_kvik_candidate_request_citizen"),
    )


def downgrade() -> None:
    for table in (
        "kvik_candidate",
        "job_referral",
        "vacancy",
        "kvik_request",
        "job_wish",
        "company_contact",
        "advice_session",
        "trade_area",
        "jobshop_rule",
        "company",
    ):
        op.drop_table(table)

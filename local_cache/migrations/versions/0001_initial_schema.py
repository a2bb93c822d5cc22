"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applied_command",
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("command_id"),
    )
    op.create_table(
        "citizen",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("name_folded", sa.String(length=220), nullable=False),
        sa.Column("support_basis", sa.String(length=40), nullable=False),
        sa.Column("a_kasse", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("cpr"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("citizen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citizen_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("envelope_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("command_id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "service",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("letter", sa.String(length=2), nullable=False),
        sa.Column("name_da", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "site",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("specialist_function", sa.String(length=100), nullable=False),
        sa.Column("trade_area", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "support_basis",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label_da", sa.String(length=100), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "counter",
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_code"],
            ["site.code"],
        ),
        sa.PrimaryKeyConstraint("site_code", "number"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_code"],
            ["site.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
        ),
        sa.ForeignKeyConstraint(
            ["service_code"],
            ["service.code"],
        ),
        sa.ForeignKeyConstraint(
            ["site_code"],
            ["site.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_citizen_started", ["citizen_id", "started_at"], unique=False
        )

    op.create_table(
        "ticket",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=8), nullable=False),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("series", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_code"],
            ["service.code"],
        ),
        sa.ForeignKeyConstraint(
            ["site_code"],
            ["site.code"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("site_code", "service_day", "number", name="uq_ticket_number_per_day"),
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_series", ["site_code", "service_day", "series", "sequence"], unique=False
        )

    if op.get_bind().dialect.name != "sqlite":
        return
    # Name search (local_cache/name_search.py) reads two FTS5 indexes over the folded name:
    # citizen_words finds word prefixes («søren j» → Søren Jensen); citizen_fts finds
    # infixes («gaard» → Østergaard) through trigrams. Every prefix length up to 12 has its
    # own index, so «jensen*» reads one list instead of merging those of every word that
    # starts so (about 1 ms per common word at 1M citizens, ~25 MB more on disk).
    op.execute(
        "CREATE VIRTUAL TABLE citizen_words USING fts5(name_folded, content='citizen', "
        "content_rowid='pk', tokenize='unicode61 remove_diacritics 2', "
        "prefix='1 2 3 4 5 6 7 8 9 10 11 12')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE citizen_fts USING fts5("
        "name_folded, content='citizen', content_rowid='pk', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER citizen_fts_insert AFTER INSERT ON citizen BEGIN {_fts_add('new')} END"
    )
    op.execute(
        f"CREATE TRIGGER citizen_fts_delete AFTER DELETE ON citizen BEGIN {_fts_remove('old')} END"
    )
    op.execute(
        "CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name_folded ON citizen BEGIN "
        f"{_fts_remove('old')} {_fts_add('new')} END"
    )


_FTS_TABLES = ("citizen_words", "citizen_fts")


def _fts_add(row: str) -> str:
    return " ".join(
        f"INSERT INTO {t}(rowid, name_folded) VALUES ({row}.pk, {row}.name_folded);"
        for t in _FTS_TABLES
    )


def _fts_remove(row: str) -> str:
    # External-content FTS5 deletes by giving back the old values.
    return " ".join(
        f"INSERT INTO {t}({t}, rowid, name_folded) VALUES ('delete', {row}.pk, {row}.name_folded);"
        for t in _FTS_TABLES
    )


def downgrade() -> None:
    for trigger in ("citizen_fts_insert", "citizen_fts_delete", "citizen_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for fts_table in _FTS_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {fts_table}")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_series")

    op.drop_table("ticket")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_citizen_started")

    op.drop_table("visit")
    op.drop_table("staff")
    op.drop_table("counter")
    op.drop_table("support_basis")
    op.drop_table("site")
    op.drop_table("setting")
    op.drop_table("service")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))

    op.drop_table("outbox")
    with op.batch_alter_table("citizen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citizen_name_folded"))

    op.drop_table("citizen")
    op.drop_table("applied_command")

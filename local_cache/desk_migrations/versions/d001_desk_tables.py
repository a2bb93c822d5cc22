"""desk tables: the outbox, the sync client's state, the name and vacancy search indexes

Until this chain existed, the shared chain (shared_store/migrations, which the
server runs too) created these in 0001, 0002 and 0007, and the server dropped
what it could again. Those revisions no longer create them; this one does, and
only a desk's store runs it. So that every existing database ends up right,
each table, index and trigger here is created only when it is missing:

- a desk from before the split (shared chain at its heads) already has all of
  them, with their rows (an outbox of unsent commands, their undo logs): this
  revision only stamps `alembic_version_desk`;
- a desk from before sync existed (shared 0001) has its outbox and name search
  but no sync tables: they are created, and its waiting commands get an empty
  undo log (as 0002 used to do: the sync client treats them as part of the base);
- a new desk gets everything here, after the shared chain made the tables the
  search indexes read.

A search index created here for a table that already has rows is rebuilt from it.

Revision ID: d001
Revises: (none)
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "d001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "outbox" not in existing:
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
        op.create_index("ix_outbox_state", "outbox", ["state"], unique=False)
    if "sync_state" not in existing:
        op.create_table(
            "sync_state",
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("key"),
        )
    if "sync_cursor" not in existing:
        op.create_table(
            "sync_cursor",
            sa.Column("stream", sa.String(length=40), nullable=False),
            sa.Column("seq", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("stream"),
        )
    if "sync_pending" not in existing:
        op.create_table(
            "sync_pending",
            sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("hlc", sa.String(length=40), nullable=False),
            sa.Column("undo_json", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("seq"),
        )
        # Commands queued before sync existed have no undo log: they are recorded with an
        # empty one, and the sync client treats them as already part of the base.
        op.execute(
            "INSERT INTO sync_pending (seq, hlc, undo_json) "
            "SELECT seq, '0000000000000.00000', 'null' FROM outbox WHERE state = 'pending'"
        )
    if "sync_outcome" not in existing:
        op.create_table(
            "sync_outcome",
            sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("command_id", sa.String(length=36), nullable=False),
            sa.Column("name", sa.String(length=60), nullable=False),
            sa.Column("status", sa.String(length=12), nullable=False),
            sa.Column("message", sa.Text(), nullable=False),
            sa.Column("field", sa.String(length=60), nullable=True),
            sa.Column("decided_at", sa.String(length=32), nullable=False),
            sa.Column("acknowledged", sa.Boolean(), nullable=False),
            sa.PrimaryKeyConstraint("seq"),
        )
    if op.get_bind().dialect.name != "sqlite":
        return
    for search in _SEARCHES:
        search.create(existing)


class _Search:
    """Two external-content FTS5 indexes over one folded column of a table, kept by triggers."""

    def __init__(self, table: str, column: str, words: str, infixes: str, prefixes: str) -> None:
        self.table, self.column = table, column
        self.words, self.infixes = words, infixes
        self.prefixes = prefixes
        self.indexes = (words, infixes)
        self.triggers = tuple(f"{table}_fts_{e}" for e in ("insert", "delete", "update"))

    def create(self, existing: set[str]) -> None:
        content = f"content='{self.table}', content_rowid='pk'"
        made = {
            self.words: (
                f"CREATE VIRTUAL TABLE {self.words} USING fts5({self.column}, {content}, "
                f"tokenize='unicode61 remove_diacritics 2', prefix='{self.prefixes}')"
            ),
            self.infixes: (
                f"CREATE VIRTUAL TABLE {self.infixes} USING fts5("
                f"{self.column}, {content}, tokenize='trigram')"
            ),
        }
        for index, ddl in made.items():
            if index not in existing:
                op.execute(ddl)
                op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        insert, delete, update = self.triggers
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {insert} AFTER INSERT ON {self.table} "
            f"BEGIN {self._add('new')} END"
        )
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {delete} AFTER DELETE ON {self.table} "
            f"BEGIN {self._remove('old')} END"
        )
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {update} AFTER UPDATE OF {self.column} "
            f"ON {self.table} BEGIN {self._remove('old')} {self._add('new')} END"
        )

    def drop(self) -> None:
        for trigger in self.triggers:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for index in self.indexes:
            op.execute(f"DROP TABLE IF EXISTS {index}")

    def _add(self, row: str) -> str:
        return " ".join(
            f"INSERT INTO {t}(rowid, {self.column}) VALUES ({row}.pk, {row}.{self.column});"
            for t in self.indexes
        )

    def _remove(self, row: str) -> str:
        # External-content FTS5 deletes by giving back the old values.
        return " ".join(
            f"INSERT INTO {t}({t}, rowid, {self.column}) "
            f"VALUES ('delete', {row}.pk, {row}.{self.column});"
            for t in self.indexes
        )


_SEARCHES = (
    # Name search (shared_store/registration/name_search.py): citizen_words finds word prefixes («søren j»
    # → Søren Jensen); citizen_fts finds infixes («gaard» → Østergaard) through trigrams.
    # Every prefix length up to 12 has its own index, so «jensen*» reads one list instead of
    # merging those of every word that starts so (about 1 ms per common word at 1M citizens,
    # ~25 MB more on disk).
    _Search("citizen", "name_folded", "citizen_words", "citizen_fts", "1 2 3 4 5 6 7 8 9 10 11 12"),
    # Vacancy search (shared_store/jobshop/vacancy_search.py) over the folded title, company, place
    # and requirements: vacancy_words for short word beginnings («sk» → Skagen), vacancy_fts
    # (trigrams) for anything of three letters or more, inside compound words too («medarb»
    # → Lagermedarbejder).
    _Search("vacancy", "search_folded", "vacancy_words", "vacancy_fts", "1 2"),
)


def downgrade() -> None:
    """Drops the outbox with everything else here: only for a store being thrown away."""
    if op.get_bind().dialect.name == "sqlite":
        for search in reversed(_SEARCHES):
            search.drop()
    op.drop_table("sync_outcome")
    op.drop_table("sync_pending")
    op.drop_table("sync_cursor")
    op.drop_table("sync_state")
    op.drop_index("ix_outbox_state", table_name="outbox")
    op.drop_table("outbox")

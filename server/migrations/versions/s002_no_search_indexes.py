"""server: no name or vacancy search indexes (the workstation's FTS5 triggers cost 30 µs a row)

The shared chain is the workstation's, and on SQLite it builds FTS5 indexes kept
by triggers for the desk's name and vacancy search. The server never searches;
each registration it applied paid ten times the plain insert for the citizen's
trigram index. The server drops the triggers and the index tables. (PostgreSQL
never had them.)

Since the desk's own chain (local_cache/desk_migrations, d001) creates these
indexes and the shared chain no longer does, a new server never has them and
this revision finds nothing to drop (every drop here is IF EXISTS).

Revision ID: s002
Revises: s001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "s002"
down_revision = "s001"
branch_labels = None
depends_on = None

_TRIGGERS = (
    "citizen_fts_insert",
    "citizen_fts_delete",
    "citizen_fts_update",
    "vacancy_fts_insert",
    "vacancy_fts_delete",
    "vacancy_fts_update",
)
_INDEXES = ("citizen_words", "citizen_fts", "vacancy_words", "vacancy_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for index in _INDEXES:
        op.execute(f"DROP TABLE IF EXISTS {index}")


def downgrade() -> None:
    """Nothing to restore: no server code reads these indexes."""

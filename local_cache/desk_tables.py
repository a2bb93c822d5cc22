"""The desk's own tables: its outbox and its sync client's bookkeeping, never on the server.

A separate declarative base, so a separate `MetaData`: the shared mapping
(`shared_store.tables` and the feature tables) is what the server runs too, this
one only a desk's store. Its own Alembic chain (local_cache/desk_migrations,
version table `alembic_version_desk`) creates these tables and the desk's
search indexes; the server imports neither (an import-linter contract says so).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared_store.tables import UtcDateTime


class DeskBase(DeclarativeBase):
    pass


# The desk's full-text indexes (FTS5, SQLite only) and the triggers that keep them; the
# desk's chain creates them (local_cache/desk_migrations), name_search.py and
# vacancy_search.py read them.
SEARCH_INDEXES = ("citizen_words", "citizen_fts", "vacancy_words", "vacancy_fts")
SEARCH_TRIGGERS = tuple(
    f"{table}_fts_{event}"
    for table in ("citizen", "vacancy")
    for event in ("insert", "delete", "update")
)


class OutboxRow(DeskBase):
    """Unsent commands. `seq` is the workstation's own mutation number, in order."""

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # never reuse a mutation number
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    envelope_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)


# --- sync client bookkeeping (issue 4): local to each workstation, never synced ---------


class SyncStateRow(DeskBase):
    """Small key/value state of the sync client (enrolment, confirmed number, clock)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncCursorRow(DeskBase):
    """How far this workstation has pulled each stream."""

    __tablename__ = "sync_cursor"
    stream: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class SyncPendingRow(DeskBase):
    """Undo log and clock of an unconfirmed outbox command, written with its effect
    (`undo_json`: a JSON list of `change_capture.UndoEntry`, or null for a command
    queued before sync existed)."""

    __tablename__ = "sync_pending"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hlc: Mapped[str] = mapped_column(String(40))
    undo_json: Mapped[str] = mapped_column(Text)


class SyncOutcomeRow(DeskBase):
    """A command the server rejected (or that was quarantined): kept for the user to see."""

    __tablename__ = "sync_outcome"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    command_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12))
    message: Mapped[str] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(String(60), nullable=True)
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    acknowledged: Mapped[bool] = mapped_column(default=False)

"""Desk stores as earlier versions of Skranke left them, to upgrade in tests.

Each `.sql` file is the schema (and Alembic version rows) that the shared chain
of that time produced, dumped once from a store it built (see each file's
header). They are history: a change to today's chains must upgrade them, never
regenerate them.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine

from local_cache.engine import sqlite_engine

AT_0001 = "desk_at_0001"  # before sync existed: outbox and name search, no sync tables
AT_0008 = "desk_at_0008"  # the shared chain's heads 0007 + 0008, before the desk's own chain


def old_desk(path: Path, layout: str) -> Engine:
    """A plain store file at `path` with the schema of `layout`, not yet upgraded."""
    script = resources.files(__package__).joinpath(f"{layout}.sql").read_text("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
    finally:
        conn.close()
    return sqlite_engine(path)

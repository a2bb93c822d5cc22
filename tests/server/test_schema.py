"""The server's own SQLite schema: the shared chain, minus what only a desk uses."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from server.db import open_database, prepare


def test_the_server_keeps_no_search_index_of_the_desk(tmp_path: Path) -> None:
    # The desk's FTS5 triggers cost ten times a plain insert per citizen; the server
    # never searches names or vacancies (server/migrations/versions/s002_no_search_indexes.py).
    db = open_database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        prepare(db)
        with db.write_engine.connect() as conn:
            triggers = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
            tables = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
            )
            assert not [t for t in triggers if "fts" in t]
            assert not tables & {"citizen_fts", "citizen_words", "vacancy_fts", "vacancy_words"}
            assert {"citizen", "vacancy", "change_log", "workstation"} <= tables
    finally:
        db.dispose()

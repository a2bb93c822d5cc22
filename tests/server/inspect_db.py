"""Reading a server's database directly, to check what it holds after a crash."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from server.db import normalise_url


def server_counts(database_url: str) -> dict[str, int]:
    engine = create_engine(normalise_url(database_url))
    try:
        with engine.connect() as conn:
            return {
                table: int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
                for table in (
                    "citizen",
                    "visit",
                    "ticket",
                    "mutation_result",
                    "applied_command",
                    "change_log",
                )
            }
    finally:
        engine.dispose()

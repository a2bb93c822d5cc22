"""How many writing statements a connection has sent: did a refused command write anything?

A push decides its mutations in runs under one savepoint (server/push_batch.py).
A command the domain refuses before writing can simply be recorded as rejected;
one that wrote first needs its run rolled back. The count below tells the two
apart whatever code path the handler took (ORM flush, Core statement, savepoint).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event

_KEY = "skranke.writes"


def count_writes(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip()[:6].upper() != "SELECT":
            note_write(conn)


def note_write(connection: Connection) -> None:
    """A write sent past SQLAlchemy's statement events (server/bulk_insert.py's COPY)."""
    connection.info[_KEY] = connection.info.get(_KEY, 0) + 1


def writes_on(connection: Connection) -> int:
    count: int = connection.info.get(_KEY, 0)
    return count

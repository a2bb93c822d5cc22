"""Many rows into one table in one go: COPY on PostgreSQL, an executemany on SQLite.

A push of 500 registrations writes about 2,000 rows (citizens, applied commands,
change log, mutation results). psycopg's executemany sends one INSERT per row
(pipelined, but each parsed and run on its own); `COPY … FROM STDIN` streams the
rows into one statement — on a 2-core machine the push spent a third of its time
in those inserts. The values go through each column's SQLAlchemy bind processing
first (UtcDateTime → ISO text), so a row means the same whichever way it was sent.
A failure comes back as SQLAlchemy's exception (an `IntegrityError` for a
duplicate key), exactly as the executemany would raise it, and counts as a write
for server/write_count.py.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError

from server.write_count import note_write

_Processor = Callable[[Any], Any] | None

# Below this many rows a plain INSERT is quicker: a COPY costs a few more round trips
# (start, data, end) than one statement does.
COPY_FROM_ROWS = 20


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, every column that has a Python-side default
    among them) into `table` within the connection's current transaction."""
    if not rows:
        return
    columns = tuple(rows[0])
    if (
        connection.dialect.name != "postgresql"
        or len(rows) < COPY_FROM_ROWS
        or not _copyable(table, columns, rows)
    ):
        connection.execute(insert(table), list(rows))
        return
    processors = _processors(table, columns, connection.dialect)
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    note_write(connection)
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        value if process is None else process(value)
                        for value, process in zip(row.values(), processors, strict=True)
                    ]
                )
    except connection.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(
            statement,
            None,
            exc,
            connection.dialect.loaded_dbapi.Error,
            dialect=connection.dialect,
        ) from exc


def table_of(model: type[Any]) -> Table:
    """A mapped class's table, typed as one."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _copyable(table: Table, columns: tuple[str, ...], rows: Sequence[dict[str, Any]]) -> bool:
    """COPY sends exactly the given columns: only when nothing is left for a default."""
    given = set(columns)
    if any(c.default is not None and c.name not in given for c in table.columns):
        return False
    return all(tuple(row) == columns for row in rows)


@functools.cache
def _processors(table: Table, columns: tuple[str, ...], dialect: Dialect) -> tuple[_Processor, ...]:
    return tuple(
        table.columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
    )

"""Many rows into one table in one go: COPY on PostgreSQL, an executemany on SQLite;
and `pipelined`, several statements in one round trip on PostgreSQL.

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

import contextlib
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError, StatementError

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
    pipeline = _in_pipeline(connection)
    if (
        connection.dialect.name != "postgresql"
        or (len(rows) < COPY_FROM_ROWS and not pipeline)
        or not _copyable(table, columns, rows)
    ):
        connection.execute(insert(table), list(rows))
        return
    processors = _processors(table, columns, connection.dialect)
    values = (
        [
            v if process is None else process(v)
            for v, process in zip(row.values(), processors, strict=True)
        ]
        for row in rows
    )
    names = ", ".join(columns)
    note_write(connection)
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    if pipeline:
        # COPY cannot run in a pipeline, and SQLAlchemy reads no result there: the INSERT
        # goes to psycopg as it is, answered (or refused) when the pipeline ends.
        marks = ", ".join(["%s"] * len(columns))
        with raw.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", list(values))
        return
    statement = f"COPY {table.name} ({names}) FROM STDIN"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row_values in values:
                copy.write_row(row_values)
    except connection.dialect.loaded_dbapi.Error as exc:
        raise _as_sqlalchemy(connection, statement, exc) from exc


@contextlib.contextmanager
def pipelined(connection: Connection) -> Iterator[None]:
    """On PostgreSQL the statements inside are sent without waiting for each reply
    (psycopg's pipeline mode) and answered together when the block ends: a push's
    last writes, made while it holds its streams' head rows, cost one round trip
    instead of one each. Only statements whose results nobody reads belong inside:
    SQLAlchemy sees no rows and no row count there (so no ORM flush either). Nothing
    changes on SQLite. A failure comes back as SQLAlchemy's exception, as outside."""
    if connection.dialect.name != "postgresql":
        yield
        return
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.pipeline():
            yield
    except connection.dialect.loaded_dbapi.Error as exc:
        raise _as_sqlalchemy(connection, "(pipeline)", exc) from exc


def commit_in_pipeline(connection: Connection) -> None:
    """Inside `pipelined` on PostgreSQL: COMMIT now, in the same round trip as the
    statements before it. A push holds its streams' head rows until it commits; a
    separate COMMIT waited first for this thread to get Python's lock back (the event
    loop writing 150 events holds it for milliseconds), and every push of the stream
    waited with it. SQLAlchemy's commit afterwards finds the transaction ended and
    does nothing. Elsewhere this does nothing: the caller's commit commits."""
    if _in_pipeline(connection):
        connection.connection.dbapi_connection.commit()  # type: ignore[union-attr]


def _as_sqlalchemy(connection: Connection, statement: str, exc: Exception) -> StatementError:
    """psycopg's error as SQLAlchemy would have raised it (IntegrityError for a duplicate)."""
    error = connection.dialect.loaded_dbapi.Error
    return DBAPIError.instance(statement, None, exc, error, dialect=connection.dialect)


def _in_pipeline(connection: Connection) -> bool:
    raw = connection.connection.dbapi_connection
    return isinstance(raw, psycopg.Connection) and raw.pgconn.pipeline_status != 0


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

"""server/bulk_insert.py: COPY on PostgreSQL writes what an INSERT would, and fails like one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, select
from sqlalchemy.exc import IntegrityError

from server.bulk_insert import (
    COPY_FROM_ROWS,
    commit_in_pipeline,
    insert_rows,
    pipelined,
    table_of,
)
from server.db import migrate, open_database
from server.write_count import count_writes, writes_on
from shared_store.tables import AppliedCommandRow, CitizenRow
from tests.server.harness import PgCluster

AWKWARD = "Tab\there, new\nline, back\\slash, \\N, «Ø»"
MANY = range(1, COPY_FROM_ROWS + 1)  # enough rows for a COPY on PostgreSQL


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bulk.sqlite3'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def connection(database_url: str) -> Iterator[Connection]:
    db = open_database(database_url)
    migrate(db)
    db.dispose()
    engine = create_engine(database_url)
    count_writes(engine)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _citizen(n: int, **changes: Any) -> dict[str, Any]:
    row = {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "cpr": f"{n:010d}",
        "given_name": AWKWARD,
        "family_name": "Ågård",
        "name_folded": "aagaard",
        "support_basis": "kontanthjaelp",
        "a_kasse": "",
        "phone": "+45 12345678",
        "email": "",
        "created_at": dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        "updated_at": dt.datetime(2026, 11, 25, 8, 31, 5, 123456, tzinfo=dt.UTC),
    }
    return {**row, **changes}


def test_rows_read_back_exactly_as_written_with_their_types(connection: Connection) -> None:
    before = writes_on(connection)
    with connection.begin():
        insert_rows(connection, table_of(CitizenRow), [_citizen(n) for n in MANY])
    assert writes_on(connection) > before  # a refused command that wrote is told apart
    rows = connection.execute(
        select(
            CitizenRow.cpr,
            CitizenRow.given_name,
            CitizenRow.a_kasse,
            CitizenRow.created_at,
            CitizenRow.updated_at,
        ).order_by(CitizenRow.cpr)
    ).all()
    assert [tuple(r) for r in rows] == [
        (
            f"{n:010d}",
            AWKWARD,
            "",
            dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC),  # stored in UTC, read back aware
            dt.datetime(2026, 11, 25, 8, 31, 5, 123456, tzinfo=dt.UTC),
        )
        for n in MANY
    ]


def test_a_duplicate_key_is_an_integrity_error_and_the_savepoint_can_go(
    connection: Connection,
) -> None:
    with connection.begin():
        insert_rows(connection, table_of(CitizenRow), [_citizen(1)])
        savepoint = connection.begin_nested()
        # Many new rows, the last with a CPR already taken: the whole statement fails.
        clashing = [_citizen(100 + n) for n in MANY[:-1]] + [_citizen(999, cpr=f"{1:010d}")]
        with pytest.raises(IntegrityError):
            insert_rows(connection, table_of(CitizenRow), clashing)
        savepoint.rollback()
        insert_rows(connection, table_of(CitizenRow), [_citizen(4)])
    cprs = connection.scalars(select(CitizenRow.cpr).order_by(CitizenRow.cpr)).all()
    assert cprs == [f"{1:010d}", f"{4:010d}"]  # nothing of the failed statement stayed


def test_rows_of_different_shapes_still_go_in(connection: Connection) -> None:
    """Rows without the same keys cannot share one COPY: they fall back to an executemany."""
    now = dt.datetime.now(dt.UTC)
    rows = [
        {"command_id": "a", "name": "x", "version": 1, "result_json": "{}", "applied_at": now},
        {"name": "y", "command_id": "b", "version": 2, "result_json": "{}", "applied_at": now},
    ]
    with connection.begin():
        insert_rows(connection, table_of(AppliedCommandRow), rows)
    stored = connection.execute(
        select(AppliedCommandRow.command_id, AppliedCommandRow.name).order_by(
            AppliedCommandRow.command_id
        )
    ).all()
    assert [tuple(r) for r in stored] == [("a", "x"), ("b", "y")]


def test_a_pipeline_writes_the_same_rows_and_fails_like_one_statement(
    connection: Connection,
) -> None:
    """`pipelined`: the statements inside are answered together (PostgreSQL); many rows
    go in without COPY, which a pipeline cannot carry; a duplicate is an IntegrityError."""

    def stored() -> int:
        with connection.begin():
            return len(connection.scalars(select(CitizenRow.cpr)).all())

    with connection.begin():
        with pipelined(connection):
            insert_rows(connection, table_of(CitizenRow), [_citizen(n) for n in MANY])
            insert_rows(connection, table_of(CitizenRow), [_citizen(500)])
    assert stored() == len(MANY) + 1

    with pytest.raises(IntegrityError), connection.begin():
        with pipelined(connection):
            insert_rows(connection, table_of(CitizenRow), [_citizen(600)])
            insert_rows(connection, table_of(CitizenRow), [_citizen(601, cpr=f"{1:010d}")])
    assert stored() == len(MANY) + 1  # neither row of the failed pipeline stayed


def test_a_commit_in_the_pipeline_keeps_its_rows_or_none_of_them(connection: Connection) -> None:
    """`commit_in_pipeline`: COMMIT in the pipeline's round trip (PostgreSQL; the
    caller's commit on SQLite). The rows stay; after a duplicate, none of them."""

    def stored() -> set[str]:
        with connection.begin():
            return set(connection.scalars(select(CitizenRow.cpr)).all())

    with connection.begin():
        with pipelined(connection):
            insert_rows(connection, table_of(CitizenRow), [_citizen(700), _citizen(701)])
            commit_in_pipeline(connection)
    assert stored() == {_citizen(700)["cpr"], _citizen(701)["cpr"]}

    with pytest.raises(IntegrityError), connection.begin():
        with pipelined(connection):
            insert_rows(connection, table_of(CitizenRow), [_citizen(702)])
            insert_rows(connection, table_of(CitizenRow), [_citizen(703, cpr=_citizen(700)["cpr"])])
            commit_in_pipeline(connection)
    assert stored() == {_citizen(700)["cpr"], _citizen(701)["cpr"]}
    with connection.begin():  # the connection is usable again
        insert_rows(connection, table_of(CitizenRow), [_citizen(704)])
    assert len(stored()) == 3

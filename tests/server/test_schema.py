"""The server's own schema: the shared chain and its own, never the desk's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from local_cache.desk_tables import SEARCH_INDEXES, DeskBase
from server.db import Database, open_database, prepare, server_alembic_config
from server.migrations import HEADS as SERVER_HEADS
from shared_store.migrate import alembic_config
from shared_store.tables import Base
from tests.server.harness import PgCluster, ServerProcess
from tests.sync.desk import DeskMaker

# What only a desk has: its outbox and sync state, its search indexes, its chain's versions.
DESK_ONLY = {*DeskBase.metadata.tables, *SEARCH_INDEXES, "alembic_version_desk"}


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    try:
        yield db
    finally:
        db.dispose()


def _tables(db: Database) -> set[str]:
    with db.write_engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _upgrade(db: Database, config: object, target: str) -> None:
    with db.write_engine.begin() as conn:
        config.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(config, target)  # type: ignore[arg-type]


def test_the_server_heads_constant_names_its_chains_heads() -> None:
    script = ScriptDirectory.from_config(server_alembic_config())
    assert frozenset(script.get_heads()) == SERVER_HEADS


def test_a_new_server_database_never_gets_a_desk_table(database: Database) -> None:
    _upgrade(database, alembic_config(database.write_engine), "heads")  # the shared chain alone
    assert not _tables(database) & DESK_ONLY
    prepare(database)
    tables = _tables(database)
    assert not tables & DESK_ONLY
    assert set(Base.metadata.tables) <= tables  # every shared table
    assert {"change_log", "workstation", "server_alembic_version"} <= tables


def test_a_server_database_from_before_drops_the_desk_tables_and_serves(
    database_url: str, tmp_path: Path, desks: DeskMaker
) -> None:
    """A server made while the shared chain still created the desk's tables (at s004:
    the shared tables, plus the desk's outbox and sync state, empty) ends up as a new one."""
    db = open_database(database_url)
    try:
        _upgrade(db, alembic_config(db.write_engine), "heads")
        _upgrade(db, server_alembic_config(), "s004")
        with db.write_engine.begin() as conn:
            DeskBase.metadata.create_all(conn)  # as the shared chain's 0001 and 0002 made them
        assert set(DeskBase.metadata.tables) <= _tables(db)
    finally:
        db.dispose()

    server = ServerProcess(database_url, tmp_path / "server.log").start()  # migrates
    try:
        desk = desks("MUS", 1)
        desk.enrol(server)
        citizen = desk.register(1)
        desk.sync()
        other = desks("MUS", 2)
        other.enrol(server)
        other.sync()
        assert other.citizen(citizen.id) is not None
    finally:
        server.stop()
    db = open_database(database_url)
    try:
        assert not _tables(db) & DESK_ONLY
        with db.write_engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM server_alembic_version"))
            assert set(versions.scalars()) == SERVER_HEADS
    finally:
        db.dispose()


def test_the_server_keeps_no_search_index_of_the_desk(tmp_path: Path) -> None:
    # The desk's FTS5 triggers cost ten times a plain insert per citizen; the server
    # never searches names or vacancies (the desk's own chain makes them:
    # local_cache/desk_migrations; server/migrations s002 dropped them from older servers).
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

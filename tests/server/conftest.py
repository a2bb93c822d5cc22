"""Fixtures: a real server process on loopback (SQLite or PostgreSQL), and workstations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.harness import PgCluster, ServerProcess, shared_pg_cluster, stop_shared_pg_cluster
from tests.sync.desk import DeskMaker, SyncedDesk


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        yield shared_pg_cluster()
    finally:
        stop_shared_pg_cluster()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[ServerProcess]:
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "server.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_server(tmp_path: Path, pg_cluster: PgCluster) -> Iterator[ServerProcess]:
    server = ServerProcess(pg_cluster.new_database(), tmp_path / "server.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest) -> ServerProcess:
    """Every test that takes `server` runs once against each database."""
    name = "sqlite_server" if request.param == "sqlite" else "pg_server"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[DeskMaker]:
    made: list[SyncedDesk] = []

    def make(site: str = "MUS", counter: int = 1, staff: str | None = None) -> SyncedDesk:
        staff = staff or {"MUS": "mus-bbj", "SKB": "skb-mhl", "NYR": "nyr-ajm"}[site]
        desk = SyncedDesk(tmp_path / f"desk-{len(made)}", site, counter, staff)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()

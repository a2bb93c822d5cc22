"""The database drops every connection of the server (a restart, a failover): the server
does not ping before each request, so the next push, pull and sign-in each meet a dead
connection once — and are run again on a new one, with nothing lost or doubled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from server import pg_listen
from tests.server.harness import PgCluster, ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import cpr
from tests.waiting import wait_until

OTHERS = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"


def _cut_every_connection(database_url: str) -> int:
    with psycopg.connect(pg_listen.libpq_url(database_url), autocommit=True) as conn:
        cut = conn.execute(f"SELECT pg_terminate_backend(pid) {OTHERS}").fetchall()
        # Terminating only signals the backends: wait until they are gone.
        wait_until(
            lambda: conn.execute(f"SELECT count(*) {OTHERS}").fetchone() == (0,),
            what="the server's connections to go away",
        )
    return len(cut)


@pytest.fixture
def pg_server(tmp_path: Path, pg_cluster: PgCluster) -> Iterator[ServerProcess]:
    # The head poll (a read every 2 s) would meet a dead connection first at a moment of
    # its own choosing: set far beyond the test, so the requests below meet them.
    server = ServerProcess(
        pg_cluster.new_database(), tmp_path / "server.log", extra_args=("--head-poll", "120")
    )
    try:
        yield server.start()
    finally:
        server.stop()


def test_requests_after_the_database_dropped_the_connections_succeed(
    pg_server: ServerProcess,
) -> None:
    station = RawStation(pg_server, counter=1).enrol()
    assert station.push(station.register(1, 801)).status_code == 200
    before = station.pull()
    assert _cut_every_connection(pg_server.database_url) >= 2  # the pools' connections

    pushed = station.push(station.register(2, 802))
    assert pushed.status_code == 200, pushed.text
    assert [o["status"] for o in pushed.json()["outcomes"]] == ["applied"]
    assert _cut_every_connection(pg_server.database_url) >= 1
    after = station.pull(before["cursors"])  # raises unless 200
    assert [c["row"]["cpr"] for c in after["changes"] if c["table"] == "citizen"] == [cpr(802)]

    # A new sign-in (another workstation: its token is not cached) after another cut.
    assert _cut_every_connection(pg_server.database_url) >= 1
    other = RawStation(pg_server, counter=2).enrol()
    assert other.push(other.register(1, 803)).status_code == 200
    assert len([c for c in other.pull_all() if c["table"] == "citizen"]) == 3

    # Other requests are not run again: a clear 503 the desk retries, never a 500; the
    # pool's dropped connections are all replaced after the first one failed.
    assert _cut_every_connection(pg_server.database_url) >= 1
    checksum = pg_server.url + "/v1/checksum"
    refused = httpx.get(checksum, headers=other.headers, timeout=30)
    assert refused.status_code == 503
    assert refused.json()["message_da"].startswith("Serveren kan ikke nå sin database")
    assert httpx.get(checksum, headers=other.headers, timeout=30).status_code == 200

"""Concurrent pushes on PostgreSQL, through two server instances, never let a pull skip a change.

Writers commit in an order that differs from the order they started in (each
waits a little while holding its stream numbers), and a reader pulls small
pages all the while. If a number could become visible before a smaller one, the
reader's cursor would pass the smaller one and never see it.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from tests.server.harness import PgCluster, ServerProcess
from tests.server.raw import RawStation

WRITERS = 4
PER_WRITER = 40


def test_concurrent_pushes_on_postgresql_never_let_a_pull_skip_a_change(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    url = pg_cluster.new_database()
    servers = [
        ServerProcess(
            url, tmp_path / f"server-{i}.log", faults="push.before_commit:sleep0.02"
        ).start()
        for i in range(2)
    ]
    try:
        stations = [RawStation(servers[i % 2], counter=i + 1).enrol() for i in range(WRITERS)]
        reader = RawStation(servers[1], counter=WRITERS + 1).enrol()
        errors: list[BaseException] = []
        done = threading.Event()

        def write(station: RawStation, index: int) -> None:
            try:
                for k in range(1, PER_WRITER + 1):
                    n = index * 1000 + k
                    citizen = station.register(2 * k - 1, n)
                    visit = station.mutation(
                        2 * k,
                        "start_visit",
                        {
                            "visit_id": str(uuid.uuid4()),
                            "citizen_id": citizen["args"]["citizen_id"],
                            "service_code": "jobbutik",
                        },
                    )
                    response = station.push(citizen, visit)
                    assert response.status_code == 200, response.text
                    assert [o["status"] for o in response.json()["outcomes"]] == [
                        "applied",
                        "applied",
                    ]
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        received: dict[str, list[int]] = {"shared": [], "site:MUS": []}
        cursors: dict[str, int] = {}

        def read() -> None:
            nonlocal cursors
            try:
                while True:
                    finished = done.is_set()
                    page = reader.pull(cursors, limit=7)
                    for change in page["changes"]:
                        received[change["stream"]].append(change["seq"])
                    cursors = page["cursors"]
                    if finished and not page["has_more"]:
                        return
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(s, i)) for i, s in enumerate(stations)]
        reader_thread = threading.Thread(target=read)
        reader_thread.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        done.set()
        reader_thread.join()
        assert not errors, errors
        total = WRITERS * PER_WRITER
        assert received["shared"] == list(range(1, total + 1))  # every number, once, in order
        assert received["site:MUS"] == list(range(1, total + 1))
    finally:
        for server in servers:
            server.stop()

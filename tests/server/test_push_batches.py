"""A batch means the same as its mutations pushed one by one (server/push_batch.py runs them
under one savepoint, with prefetched look-ups and deferred inserts): same outcomes, same rows,
same change log — also when workstations race for the same CPR."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server.harness import PgCluster, ServerProcess
from tests.server.inspect_db import server_counts
from tests.server.raw import RawStation
from tests.sync.desk import cpr


@pytest.fixture(params=["sqlite", "postgresql"])
def two_servers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[ServerProcess]]:
    if request.param == "sqlite":
        urls = [f"sqlite:///{tmp_path / f'server-{i}.sqlite3'}" for i in range(2)]
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        urls = [cluster.new_database() for _ in range(2)]
    servers = [ServerProcess(url, tmp_path / f"server-{i}.log") for i, url in enumerate(urls)]
    try:
        yield [s.start() for s in servers]
    finally:
        for s in servers:
            s.stop()


def _mixed(station: RawStation) -> list[dict[str, Any]]:
    """Registrations with refusals of every kind between them, a visit, a ticket, updates."""
    a = station.register(1, 101)
    visit_id = str(uuid.uuid4())
    b = station.register(2, 102)
    unknown_id = str(uuid.uuid4())
    return [
        a,
        b,
        station.register(3, 101),  # the CPR of mutation 1: rejected, flagged for review
        station.register(4, 103),
        station.mutation(
            5,
            "start_visit",
            {
                "visit_id": visit_id,
                "citizen_id": a["args"]["citizen_id"],
                "service_code": "jobbutik",
            },
        ),
        station.mutation(
            6,
            "issue_ticket",
            {"ticket_id": str(uuid.uuid4()), "visit_id": visit_id, "series": 1, "sequence": 1},
        ),
        station.mutation(7, "register_citizen", {**a["args"], "cpr": "12345"}),  # no CPR: rejected
        station.register(8, 105, staff_id="nobody"),  # unknown staff member: denied
        station.mutation(
            9,
            "update_citizen",
            {"citizen_id": b["args"]["citizen_id"], "changes": {"phone": "+45 12345678"}},
        ),
        station.register(10, 106),
        station.mutation(
            11, "update_citizen", {"citizen_id": unknown_id, "changes": {"phone": "12345678"}}
        ),
        station.mutation(
            12, "register_citizen", {**a["args"], "cpr": cpr(107)}
        ),  # a used citizen id
        station.register(13, 107),  # the CPR that mutation 12 did not get
    ]


def _decided(reply: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (o["mutation"], o["status"], o["message"], o["field"], o["result"])
        for o in reply["outcomes"]
    ]


def _rows(changes: list[dict[str, Any]]) -> list[tuple[tuple[str, str, str], Any]]:
    return [((c["stream"], c["table"], c["row"]["id"]), (c["op"], c["row"])) for c in changes]


def _by_row(changes: list[dict[str, Any]]) -> dict[tuple[str, str, str], Any]:
    """Each row's last change, in the order rows first appear."""
    return dict(_rows(changes))


def test_a_batch_decides_and_logs_exactly_as_the_same_mutations_one_by_one(
    two_servers: list[ServerProcess],
) -> None:
    workstation = str(uuid.uuid4())
    together = RawStation(two_servers[0], workstation_id=workstation).enrol()
    alone = RawStation(two_servers[1], workstation_id=workstation).enrol()
    mutations = _mixed(together)

    batch = together.push(*mutations)
    assert batch.status_code == 200, batch.text
    single_replies = [alone.push(m) for m in mutations]
    assert all(r.status_code == 200 for r in single_replies)
    singles = [o for r in single_replies for o in _decided(r.json())]

    assert _decided(batch.json()) == singles
    assert [o[1] for o in singles] == [
        "applied",
        "applied",
        "rejected",
        "applied",
        "applied",
        "applied",
        "rejected",
        "rejected",
        "applied",
        "applied",
        "rejected",
        "rejected",
        "applied",
    ]
    assert "allerede registreret" in singles[2][2]
    # One push logs each row once, where it was first touched, with its final image.
    batch_log, single_log = _by_row(together.pull_all()), _by_row(alone.pull_all())
    assert list(batch_log) == list(dict.fromkeys(key for key, _ in _rows(alone.pull_all())))
    assert batch_log == single_log
    counts = [server_counts(s.database_url) for s in two_servers]
    for c in counts:
        del c["change_log"]  # fewer entries in the batch: a row touched twice is logged once
    assert counts[0] == counts[1]
    for server in two_servers:
        reviews = server.admin("GET", "/v1/admin/duplicate-reviews").json()
        assert [r["mutation"] for r in reviews] == [3]


def test_a_long_batch_with_refusals_applies_every_other_mutation_once(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    # 450 registrations; every 7th reuses an earlier CPR (a refusal that wrote nothing).
    mutations = [station.register(k, 1000 + (k - 5 if k % 7 == 0 else k)) for k in range(1, 451)]
    reply = station.push(*mutations).json()
    statuses = [o["status"] for o in reply["outcomes"]]
    assert reply["last_mutation"] == 450
    assert statuses == ["rejected" if k % 7 == 0 else "applied" for k in range(1, 451)]
    citizens = [c for c in station.pull_all() if c["table"] == "citizen"]
    assert len(citizens) == 450 - 450 // 7
    assert station.push(*mutations).json()["outcomes"] == reply["outcomes"]  # a re-send


def test_workstations_racing_for_the_same_cprs_register_each_once(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    """Two server instances on one PostgreSQL: a collision the batch's prefetch could not see
    (the other push committed after it) still ends as a rejection with the Danish reason."""
    url = pg_cluster.new_database()
    servers = [
        ServerProcess(url, tmp_path / f"server-{i}.log", faults="push.before_commit:sleep0.05")
        for i in range(2)
    ]
    for s in servers:
        s.start()
    try:
        stations = [RawStation(servers[i], counter=i + 1).enrol() for i in range(2)]
        replies: dict[int, list[dict[str, Any]]] = {0: [], 1: []}

        def work(i: int) -> None:
            station = stations[i]
            for round_ in range(6):
                first = round_ * 40 + 1
                batch = [station.register(first + k, 5000 + round_ * 40 + k) for k in range(40)]
                response = station.push(*batch)
                assert response.status_code == 200, response.text
                replies[i].extend(response.json()["outcomes"])

        threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        outcomes = replies[0] + replies[1]
        assert len(outcomes) == 2 * 240
        applied = [o for o in outcomes if o["status"] == "applied"]
        rejected = [o for o in outcomes if o["status"] == "rejected"]
        assert len(applied) == 240  # every CPR exactly once, whoever won it
        assert all(o["field"] == "cpr" and "allerede registreret" in o["message"] for o in rejected)
        counts = server_counts(url)
        assert counts["citizen"] == 240 and counts["mutation_result"] == 480
    finally:
        for s in servers:
            s.stop()

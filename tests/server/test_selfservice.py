"""The server re-runs the self-service PCs' commands as the authority: an occupied PC is
refused to a second station, the same mutation pushed twice takes effect once, a released
PC may be given again, and the slots stay within their site's stream. A real server on
SQLite and on PostgreSQL, raw HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from server.db import normalise_url
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def open_slots(server: ServerProcess) -> list[tuple[Any, ...]]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            sql = "SELECT pc_code, staff_id FROM selfservice_slot WHERE released_at IS NULL"
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_the_server_gives_a_pc_to_one_citizen_at_a_time(server: ServerProcess) -> None:
    counter = RawStation(server, counter=1, staff="mus-bbj").enrol()
    job_shop = RawStation(server, counter=2, staff="mus-aan").enrol()
    ali, bo = counter.register(1, 81), counter.register(2, 82)
    assert outcomes(counter.push(ali, bo)) == [("applied", ""), ("applied", "")]

    def assign(station: RawStation, number: int, citizen: dict[str, Any]) -> dict[str, Any]:
        args = {
            "slot_id": str(uuid.uuid4()),
            "citizen_id": citizen["args"]["citizen_id"],
            "pc_code": "pc1",
            "minutes": 30,
        }
        return station.mutation(number, "assign_selfservice_pc", args)

    given = assign(counter, 3, ali)
    assert outcomes(counter.push(given)) == [("applied", "")]
    counter.push(given)  # the same mutation again (a lost answer): no second slot
    [(state, message)] = outcomes(job_shop.push(assign(job_shop, 1, bo)))
    assert state == "rejected" and "PC 1 er optaget" in message
    assert open_slots(server) == [("pc1", "mus-bbj")]

    release = {"slot_id": given["args"]["slot_id"]}
    freed = job_shop.mutation(2, "release_selfservice_pc", release)
    assert outcomes(job_shop.push(freed)) == [("applied", "")]
    assert open_slots(server) == []
    assert outcomes(job_shop.push(assign(job_shop, 3, bo))) == [("applied", "")]
    assert open_slots(server) == [("pc1", "mus-aan")]

    other_site = RawStation(server, site="SKB", counter=1, staff="skb-mhl").enrol()
    assert not [c for c in other_site.pull_all() if c.get("table") == "selfservice_slot"]
    here = [c for c in counter.pull_all() if c.get("table") == "selfservice_slot"]
    assert here  # the site's own desks pull the slots

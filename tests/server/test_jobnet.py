"""The server re-runs Jobnet's commands as the authority: a counsellor's desk records a CV
status and approves the CV; a receptionist's desk, a report dated in the future and a
second approval are refused; the same mutation pushed twice takes effect once; the row
reaches another site's pull. A real server on SQLite, raw HTTP."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from app.clock import COPENHAGEN
from server.db import normalise_url
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def cv_rows(server: ServerProcess) -> list[tuple[Any, ...]]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            sql = "SELECT status, approved_by, source FROM cv_status ORDER BY citizen_id"
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_the_server_approves_only_what_it_can_verify(sqlite_server: ServerProcess) -> None:
    today = dt.datetime.now(COPENHAGEN).date()
    desk = RawStation(sqlite_server, counter=2, staff="mus-aan").enrol()  # a counsellor
    register = desk.register(1, 71)
    citizen_id = register["args"]["citizen_id"]

    def status(number: int, day: dt.date) -> dict[str, Any]:
        args = {
            "report_id": str(uuid.uuid4()),
            "citizen_id": citizen_id,
            "status": "paa_jobnet",
            "status_date": day.isoformat(),
        }
        return desk.mutation(number, "record_cv_status", args)

    def approval(station: RawStation, number: int) -> dict[str, Any]:
        args = {"approval_id": str(uuid.uuid4()), "citizen_id": citizen_id}
        return station.mutation(number, "approve_cv", args)

    ahead = status(2, today + dt.timedelta(days=3))
    [registered, (state, message)] = outcomes(desk.push(register, ahead))
    assert registered == ("applied", "") and state == "rejected" and "i fremtiden" in message
    assert cv_rows(sqlite_server) == []

    reception = RawStation(sqlite_server, counter=1, staff="mus-bbj").enrol()
    assert outcomes(desk.push(status(3, today))) == [("applied", "")]
    [(state, message)] = outcomes(reception.push(approval(reception, 1)))
    assert state == "rejected" and "godkende et CV" in message
    assert cv_rows(sqlite_server) == [("paa_jobnet", "", "jobnet_fil")]

    approve = approval(desk, 4)
    assert outcomes(desk.push(approve)) == [("applied", "")]
    desk.push(approve)  # the same mutation again (a lost answer): no second effect
    assert cv_rows(sqlite_server) == [("godkendt", "mus-aan", "skranke")]
    [(state, message)] = outcomes(desk.push(approval(desk, 5)))
    assert state == "rejected" and "allerede godkendt" in message

    other_site = RawStation(sqlite_server, site="SKB", counter=1, staff="skb-sol").enrol()
    pulled = [c for c in other_site.pull_all() if c.get("table") == "cv_status"]
    assert pulled[-1]["row"]["status"] == "godkendt"  # the change log, newest last

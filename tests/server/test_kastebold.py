"""The server re-runs the anti-kastebold rule: a desk that pushes a held move without a
supervisor's approval is refused there — back-and-forth and the yearly ceiling alike —
and an approval lets the same move through. A real server on SQLite, raw HTTP."""

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


def refer(
    desk: RawStation, number: int, citizen_id: str, target: str, **over: Any
) -> dict[str, Any]:
    args = {
        "referral_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "target": target,
        "target_site": "NYR" if target == "fagomraade" else "",
        "move_anchor": True,
        "note": "",
    }
    return desk.mutation(number, "refer_citizen", args, **over)


def anchor(server: ServerProcess, citizen_id: str) -> tuple[str, str]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT target, site_code FROM anchor WHERE citizen_id = :c"),
                {"c": citizen_id},
            ).one()
    finally:
        engine.dispose()
    return str(row[0]), str(row[1])


def on(day: dt.date) -> str:
    return dt.datetime(day.year, day.month, day.day, 10, tzinfo=COPENHAGEN).isoformat()


def test_the_server_refuses_back_and_forth_and_lets_an_approved_return_through(
    sqlite_server: ServerProcess,
) -> None:
    desk = RawStation(sqlite_server).enrol()
    register = desk.register(1, 41)
    citizen = register["args"]["citizen_id"]
    replies = outcomes(
        desk.push(
            register,
            refer(desk, 2, citizen, "unge_uddannelse"),  # A → B
            refer(desk, 3, citizen, "jobcenter_team"),  # B → A: one move only, yet held
        )
    )
    assert [s for s, _ in replies] == ["applied", "applied", "rejected"]
    assert "Sagen kommer tilbage til Jobcenterteamet (Musvågevej)" in replies[2][1]
    assert "frem og tilbage (kastebold)" in replies[2][1]
    assert anchor(sqlite_server, citizen) == ("unge_uddannelse", "SKB")
    request_id = str(uuid.uuid4())
    ask = desk.mutation(
        4,
        "request_referral_approval",
        {
            "request_id": request_id,
            "citizen_id": citizen,
            "target": "jobcenter_team",
            "target_site": "",
            "move_anchor": True,
            "note": "",
            "reason": "U&U sender sagen tilbage",
        },
    )
    assert outcomes(desk.push(ask)) == [("applied", "")]
    boss = RawStation(sqlite_server, counter=3, staff="mus-ljp").enrol()
    decide = boss.mutation(
        1,
        "decide_referral_approval",
        {
            "request_id": request_id,
            "approve": True,
            "reason": "Enig",
            "referral_id": str(uuid.uuid4()),
        },
    )
    assert outcomes(boss.push(decide)) == [("applied", "")]
    assert anchor(sqlite_server, citizen) == ("jobcenter_team", "MUS")


def test_the_server_holds_a_fifth_move_within_365_days(sqlite_server: ServerProcess) -> None:
    today = dt.datetime.now(COPENHAGEN).date()
    days = [today - dt.timedelta(days=n) for n in (300, 200, 100, 10)]  # never 2 in 30 days
    desk = RawStation(sqlite_server).enrol()
    register = desk.register(1, 42, issued_at=on(days[0]))
    citizen = register["args"]["citizen_id"]
    targets = ["unge_uddannelse", "sprog_integration", "mvu_lvu", "fagomraade"]
    moves = [
        refer(desk, 2 + i, citizen, target, issued_at=on(day))
        for i, (target, day) in enumerate(zip(targets, days, strict=True))
    ]
    assert [s for s, _ in outcomes(desk.push(register, *moves))] == ["applied"] * 5
    [(status, message)] = outcomes(desk.push(refer(desk, 6, citizen, "sygedagpenge")))
    assert status == "rejected"
    assert "allerede flyttet 4 gange inden for 365 dage" in message
    assert anchor(sqlite_server, citizen) == ("fagomraade", "NYR")

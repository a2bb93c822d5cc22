"""The server re-runs a refused offer as the authority: as a hostile enrolled desk would
try it, with raw HTTP against a real server on SQLite — a forged staff id, a role that may
not, a clock days ahead, another citizen's offer and a replayed push."""

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
from tests.server.test_staff_identity import forged


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def hearings(server: ServerProcess, citizen_id: str) -> list[tuple[str, str, str]]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT kind, due, audience FROM follow_up WHERE citizen_id = :c"
                    " AND kind = 'partshoering'"
                ),
                {"c": citizen_id},
            ).all()
    finally:
        engine.dispose()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def refuse(
    desk: RawStation, number: int, citizen_id: str, referral_id: str, **over: Any
) -> dict[str, Any]:
    today = dt.datetime.now(COPENHAGEN).date()
    args = {
        "follow_up_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "referral_id": referral_id,
        "refused_on": today.isoformat(),
        "reason": "Vil ikke på holdet",
        "good_reason": False,
    }
    return desk.mutation(number, "register_refused_offer", args, **over)


def refer(desk: RawStation, number: int, citizen_id: str) -> dict[str, Any]:
    args = {
        "referral_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "target": "unge_uddannelse",
        "target_site": "",
        "move_anchor": False,
        "note": "",
    }
    return desk.mutation(number, "refer_citizen", args)


def test_the_server_opens_the_hearing_once_and_refuses_what_it_cannot_verify(
    sqlite_server: ServerProcess,
) -> None:
    desk = RawStation(sqlite_server).enrol()
    register, other = desk.register(1, 61), desk.register(2, 62)
    citizen, other_citizen = register["args"]["citizen_id"], other["args"]["citizen_id"]
    offer, other_offer = refer(desk, 3, citizen), refer(desk, 4, other_citizen)
    referral = offer["args"]["referral_id"]
    assert [s for s, _ in outcomes(desk.push(register, other, offer, other_offer))] == [
        "applied"
    ] * 4
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat()
    honest = refuse(desk, 10, citizen, referral)
    replies = outcomes(
        desk.push(
            # a receptionist's id with a supervisor's name on it
            forged(refuse(desk, 5, citizen, referral, staff_id="mus-ljp"), key_of="mus-bbj"),
            refuse(desk, 6, citizen, referral, issued_at=ahead),  # a clock days ahead
            refuse(desk, 7, citizen, other_offer["args"]["referral_id"]),  # not hers
            {**refuse(desk, 8, citizen, referral), "args": {}},  # proof over other arguments
            refuse(desk, 9, citizen, referral, staff_proof=""),  # no proof
            honest,
        )
    )
    assert [s for s, _ in replies] == ["rejected"] * 5 + ["applied"]
    assert "bevis" in replies[0][1]
    assert "ur går forkert" in replies[1][1]
    assert "hører ikke til borgeren" in replies[2][1]
    today = dt.datetime.now(COPENHAGEN).date()
    assert hearings(sqlite_server, citizen) == [
        ("partshoering", (today + dt.timedelta(days=7)).isoformat(), "ydelsesservice")
    ]
    # The reply was lost: the desk sends the same again; the hearing is opened once.
    assert [s for s, _ in outcomes(desk.push(honest))] == ["applied"]
    assert len(hearings(sqlite_server, citizen)) == 1
    assert hearings(sqlite_server, other_citizen) == []


def test_an_administrator_may_not_register_a_refused_offer(sqlite_server: ServerProcess) -> None:
    desk = RawStation(sqlite_server, site="NYR", counter=1, staff="nyr-ihc").enrol()
    [(status, message)] = outcomes(desk.push(refuse(desk, 1, str(uuid.uuid4()), str(uuid.uuid4()))))
    assert status == "rejected"
    assert "registrere et afvist tilbud" in message

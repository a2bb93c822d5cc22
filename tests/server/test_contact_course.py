"""The server re-runs the contact course's commands as the authority: a hostile enrolled desk
cannot register an interview or exempt a citizen as a receptionist, as another staff member,
with a forged clock, nor exempt beyond one in four of the site's citizens in the course —
even when two desks each believed their exemption was within the limit. A real server on
SQLite, raw HTTP; the course's scheme is published by an administrator to start today (the
server's clock is the real one, so the 2027 scheme is not yet in force)."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from app.clock import COPENHAGEN
from app.security.demo_credentials import demo_key
from app.visitation.seed import load_visitation_seed
from server.db import normalise_url
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation, signed


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def course_scheme_from_today() -> dict[str, Any]:
    """The reform's scheme as written, published again as version 9 from today."""
    body = next(dict(s) for s in load_visitation_seed().scheme_bodies if s["code"] == "reform2027")
    today = dt.datetime.now(COPENHAGEN).date()
    return body | {"version": 9, "valid_from": today.isoformat(), "valid_to": None}


def categorise(desk: RawStation, number: int, citizen_id: str) -> dict[str, Any]:
    args = {
        "decision_id": str(uuid.uuid4()),
        "visitation_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "scheme_code": "reform2027",
        "scheme_version": 9,
        "answers": {"konkret_grundlag": "nej", "uddannelsesniveau": "grundskole"}
        | {"sprogstoette": "nej"},
        "category": "jobparat",
        "reason": "",
    }
    return desk.mutation(number, "record_categorisation", args)


def interview(desk: RawStation, number: int, citizen_id: str, **over: Any) -> dict[str, Any]:
    args = {"interview_id": str(uuid.uuid4()), "citizen_id": citizen_id, "note": ""}
    return desk.mutation(number, "register_job_interview", args, **over)


def exempt(desk: RawStation, number: int, citizen_id: str, **over: Any) -> dict[str, Any]:
    args = {
        "exemption_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "reason_code": "sygdom",
        "note": "",
    }
    return desk.mutation(number, "grant_course_exemption", args, **over)


def count(server: ServerProcess, sql: str) -> int:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_the_server_counts_interviews_and_holds_exemptions_to_one_in_four(
    sqlite_server: ServerProcess,
) -> None:
    admin = RawStation(sqlite_server, site="NYR", counter=5, staff="nyr-ihc").enrol()
    publish = admin.mutation(
        1, "publish_categorisation_scheme", {"scheme": course_scheme_from_today()}
    )
    assert outcomes(admin.push(publish)) == [("applied", "")]

    desk = RawStation(sqlite_server, counter=2, staff="mus-aan").enrol()  # a counsellor
    n = itertools.count(1)  # the desk's mutation numbers, consecutive
    registers = [desk.register(next(n), 60 + i) for i in range(8)]
    citizens = [r["args"]["citizen_id"] for r in registers]
    decisions = [categorise(desk, next(n), c) for c in citizens]
    assert {s for s, _ in outcomes(desk.push(*registers, *decisions))} == {"applied"}

    # an interview held: counted, and the next one due
    assert outcomes(desk.push(interview(desk, next(n), citizens[0]))) == [("applied", "")]
    held = "SELECT count(*) FROM follow_up WHERE kind = 'kontaktsamtale' AND status = 'done'"
    assert count(sqlite_server, held) == 1

    # a receptionist's desk, a forged staff member and a forged clock are refused
    reception = RawStation(sqlite_server, counter=1, staff="mus-bbj").enrol()
    [(status, message)] = outcomes(reception.push(interview(reception, 1, citizens[1])))
    assert status == "rejected" and "registrere en afholdt jobsamtale" in message
    honest = interview(desk, next(n), citizens[1], staff_id="mus-ljp")
    unsigned = {k: v for k, v in honest.items() if k != "staff_proof"}
    forged_staff = signed(unsigned, key=demo_key("mus-aan"))  # aan's key, the leader's name
    [(status, message)] = outcomes(desk.push(forged_staff))
    assert status == "rejected" and "bevis" in message
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=40)).isoformat()
    [(status, message)] = outcomes(desk.push(exempt(desk, next(n), citizens[1], issued_at=ahead)))
    assert status == "rejected" and "arbejdsstationens ur går forkert" in message
    [(status, message)] = outcomes(reception.push(exempt(reception, 2, citizens[1])))
    assert status == "rejected" and "fritage en borger" in message
    assert count(sqlite_server, "SELECT count(*) FROM course_exemption") == 0
    assert count(sqlite_server, held) == 1

    # eight in the course at MUS: two exemptions allowed. Two desks each believe a second
    # one is theirs to give; the server lets the first through and refuses the third.
    other = RawStation(sqlite_server, counter=3, staff="mus-ljp").enrol()  # a supervisor
    assert outcomes(desk.push(exempt(desk, next(n), citizens[1]))) == [("applied", "")]
    assert outcomes(other.push(exempt(other, 1, citizens[2]))) == [("applied", "")]
    [(status, message)] = outcomes(desk.push(exempt(desk, next(n), citizens[3])))
    assert status == "rejected"
    assert "Højst 1 ud af 4 borgere i kontaktforløbet må fritages" in message
    assert "2 fritaget af 8" in message
    [(status, message)] = outcomes(desk.push(exempt(desk, next(n), citizens[1])))
    assert status == "rejected" and "allerede fritaget" in message
    [(status, message)] = outcomes(
        desk.push(
            desk.mutation(
                next(n),
                "grant_course_exemption",
                {
                    "exemption_id": str(uuid.uuid4()),
                    "citizen_id": citizens[4],
                    "reason_code": "ferie",
                    "note": "",
                },
            )
        )
    )
    assert status == "rejected" and "kan ikke bruges til fritagelse" in message
    assert count(sqlite_server, "SELECT count(*) FROM course_exemption") == 2

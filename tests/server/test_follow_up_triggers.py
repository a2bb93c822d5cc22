"""The server re-runs the follow-up triggers as the authority: as a hostile enrolled desk
would try them, with raw HTTP against a real server on SQLite — a forged staff id, a role
that may not, a clock days ahead, another citizen's offer, a ticket not yet a no-show, and
replayed pushes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from app.clock import COPENHAGEN
from app.visitation.schemes import choose_scheme
from app.visitation.seed import load_visitation_seed
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


def kinds(server: ServerProcess, citizen_id: str) -> list[tuple[str, str]]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT kind, status FROM follow_up WHERE citizen_id = :c ORDER BY kind"),
                {"c": citizen_id},
            ).all()
    finally:
        engine.dispose()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_the_server_makes_one_pending_absence_of_a_no_show_and_only_a_counsellor_confirms(
    sqlite_server: ServerProcess,
) -> None:
    desk = RawStation(sqlite_server).enrol()  # a receptionist at counter 1
    now = dt.datetime.now(dt.UTC)
    register = desk.register(1, 71)
    citizen = register["args"]["citizen_id"]
    session, visit, ticket = (str(uuid.uuid4()) for _ in range(3))
    starts = (now + dt.timedelta(seconds=60)).isoformat()
    setup = [
        register,
        desk.mutation(2, "schedule_group_meeting", {"session_id": session, "kind": "jobmoede",
                      "site_code": "MUS", "room": "Lokale 1", "starts_at": starts,
                      "capacity": 10}),
        desk.mutation(3, "book_group_meeting", {"booking_id": str(uuid.uuid4()),
                      "session_id": session, "citizen_id": citizen}),
        desk.mutation(4, "start_visit", {"visit_id": visit, "citizen_id": citizen,
                      "service_code": "aftale", "note": ""}),
        desk.mutation(5, "issue_ticket", {"ticket_id": ticket, "visit_id": visit, "series": 1,
                      "sequence": 1}),
    ]  # fmt: skip
    assert [s for s, _ in outcomes(desk.push(*setup))] == ["applied"] * 5
    pending = {"ticket_id": ticket}
    [(status, message)] = outcomes(desk.push(desk.mutation(6, "register_pending_absence", pending)))
    assert status == "rejected" and "ikke meldt udeblevet" in message  # the server's ticket
    moves = [
        desk.mutation(7, "call_ticket", {"ticket_id": ticket, "counter_number": 1}),
        desk.mutation(8, "mark_no_show", {"ticket_id": ticket}),
    ]
    assert [s for s, _ in outcomes(desk.push(*moves))] == ["applied"] * 2
    ahead = (now + dt.timedelta(days=2)).isoformat()
    honest = desk.mutation(11, "register_pending_absence", pending)
    replies = outcomes(
        desk.push(
            forged(
                desk.mutation(9, "register_pending_absence", pending, staff_id="mus-aan"),
                key_of="mus-bbj",
            ),
            desk.mutation(10, "register_pending_absence", pending, issued_at=ahead),
            honest,
            desk.mutation(12, "register_pending_absence", pending),  # a second desk's sync
        )
    )
    assert [s for s, _ in replies] == ["rejected", "rejected", "applied", "applied"]
    assert outcomes(desk.push(honest)) == [("applied", "")]  # the reply was lost: re-sent
    assert kinds(sqlite_server, citizen) == [("udeblivelse_koe", "open")]

    engine = create_engine(normalise_url(sqlite_server.database_url))
    try:
        with engine.connect() as conn:
            follow_up_id = conn.execute(
                text("SELECT id FROM follow_up WHERE citizen_id = :c"), {"c": citizen}
            ).scalar_one()
    finally:
        engine.dispose()
    confirm = {"follow_up_id": follow_up_id, "hearing_id": str(uuid.uuid4())}
    [(status, message)] = outcomes(desk.push(desk.mutation(13, "confirm_pending_absence", confirm)))
    assert status == "rejected" and "rådgiver eller leder" in message
    counsellor = RawStation(sqlite_server, counter=2, staff="mus-aan").enrol()
    assert outcomes(
        counsellor.push(counsellor.mutation(1, "confirm_pending_absence", confirm))
    ) == [("applied", "")]
    assert kinds(sqlite_server, citizen) == [("partshoering", "open"), ("udeblivelse_koe", "done")]


def test_the_server_asks_for_one_reassessment_when_a_contact_interview_is_held(
    sqlite_server: ServerProcess,
) -> None:
    today = dt.datetime.now(COPENHAGEN).date()
    scheme = choose_scheme(load_visitation_seed().schemes, today)  # as the server chooses
    answers = scheme.default_answers() | {
        q.key: q.options[0].value for q in scheme.questions if q.default is None
    }
    category = next(c.code for c in scheme.categories if c.follow_ups)
    desk = RawStation(sqlite_server, counter=2, staff="mus-aan").enrol()  # a counsellor
    register = desk.register(1, 81)
    citizen = register["args"]["citizen_id"]
    decision_id = str(uuid.uuid4())
    decide = desk.mutation(
        2,
        "record_categorisation",
        {
            "decision_id": decision_id,
            "visitation_id": str(uuid.uuid4()),
            "citizen_id": citizen,
            "scheme_code": scheme.code,
            "scheme_version": scheme.version,
            "answers": answers,
            "category": category,
            "reason": "Afvigelse fra forslaget" if category != scheme.suggest(answers) else "",
        },
    )
    assert [s for s, _ in outcomes(desk.push(register, decide))] == ["applied"] * 2
    [rule] = [r for r in scheme.category(category).follow_ups]  # type: ignore[union-attr]
    interview_id = str(uuid.uuid5(uuid.UUID(decision_id), rule.kind))
    held = {"follow_up_id": interview_id, "note": ""}
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat()
    honest = desk.mutation(4, "complete_follow_up", held)
    replies = outcomes(
        desk.push(
            desk.mutation(3, "complete_follow_up", held, issued_at=ahead),  # a clock ahead
            honest,
            desk.mutation(5, "complete_follow_up", held),  # held twice: refused
        )
    )
    assert [s for s, _ in replies] == ["rejected", "applied", "rejected"]
    assert "allerede afsluttet" in replies[2][1]
    assert outcomes(desk.push(honest)) == [("applied", "")]  # re-sent: the stored outcome
    engine = create_engine(normalise_url(sqlite_server.database_url))
    try:
        with engine.connect() as conn:
            prompts = conn.execute(
                text(
                    "SELECT due, note FROM follow_up WHERE citizen_id = :c"
                    " AND kind = 'revurdering' AND status = 'open'"
                ),
                {"c": citizen},
            ).all()
    finally:
        engine.dispose()
    assert [str(p[0]) for p in prompts] == [today.isoformat()]
    assert f"({scheme.code} v{scheme.version})" in str(prompts[0][1])

"""A citizen's call booked on another site's open-advice hour, over the real server
(SQLite and PostgreSQL): the call-center agent at Nyropsgade and a counsellor at
Musvågevej plan the same template weeks offline (one session, the same id), each books a
citizen on the same hour, and after sync both places are on one session everywhere."""

from __future__ import annotations

from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.visitation.meetings import load_template, planned_sessions, session_args
from app.visitation.records import GroupSession, MeetingKind
from app.visitation.visitation_service import VisitationService
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import DeskMaker, SyncedDesk


def session_on(desk: SyncedDesk, session_id: str) -> tuple[GroupSession | None, int]:
    with desk.store.unit_of_work() as uow:
        session = uow.visitation.session(session_id)
        return session, len(uow.visitation.active_bookings_on(session_id))


def test_the_phone_and_a_counter_plan_one_advice_hour_and_both_bookings_hold(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus, agent = desks("MUS", 1, "mus-aan"), desks("NYR", 1, "nyr-tlf")
    for desk in (mus, agent):
        desk.enrol(server)
    caller, walk_in = mus.register(5, "Ida"), mus.register(6, "Omar")
    mus.sync()
    agent.sync()

    # Both offline from here: each plans Musvågevej's open-advice weeks itself.
    counter_hours = VisitationService(mus.store.unit_of_work, mus.bus, mus.config)
    planned_at_counter = counter_hours.sessions_for_booking(MeetingKind.OPEN_ADVICE)
    phone = PhoneDeskService(agent.store.unit_of_work, agent.bus, agent.config)
    offered = [
        c.session
        for c in phone.meetings_at("MUS", limit=40)
        if c.session.kind is MeetingKind.OPEN_ADVICE
    ]
    assert [s.id for s in offered] == [s.id for s in planned_at_counter]  # one session each
    hour = offered[0]
    phone.log(
        CallDraft(
            CallerKind.CITIZEN, caller.cpr, CallTopic.APPOINTMENT, "Vil tale om job",
            CallOutcome.BOOKED, to_site="MUS", session_id=hour.id,
        )
    )  # fmt: skip
    counter_hours.book(walk_in.id, hour.id)

    agent.sync()
    mus.sync()
    agent.sync()
    assert agent.sync_store.rejections() == [] and mus.sync_store.rejections() == []
    for desk in (mus, agent):
        session, booked = session_on(desk, hour.id)
        assert session is not None and (session.seats_taken, booked) == (2, 2)
    assert mus.checksum() == agent.checksum()


def test_a_hostile_desk_cannot_hold_a_template_sessions_place(
    server: ServerProcess, desks: DeskMaker
) -> None:
    """A template session's id can be computed by anyone. A desk speaking raw HTTP plans it
    first with one seat, and with the next week's start: the server refuses both, and the
    honest desks plan and book the real session."""
    mus = desks("MUS", 1, "mus-aan")
    mus.enrol(server)
    citizen = mus.register(7, "Ida")
    mus.sync()
    counter = VisitationService(mus.store.unit_of_work, mus.bus, mus.config)
    [real, later, *_] = planned_sessions(
        load_template(), "MUS", MeetingKind.OPEN_ADVICE, counter.today()
    )
    station = RawStation(server, site="MUS", counter=4, staff="mus-aan").enrol()
    response = station.push(
        station.mutation(1, "schedule_group_meeting", {**session_args(real), "capacity": 1}),
        station.mutation(
            2,
            "schedule_group_meeting",
            {**session_args(later), "session_id": real.id},
        ),
    )
    assert response.status_code == 200, response.text
    outcomes = response.json()["outcomes"]
    assert [o["status"] for o in outcomes] == ["rejected", "rejected"]
    assert all("står ikke sådan i mødeplanen" in o["message"] for o in outcomes)

    hour = counter.sessions_for_booking(MeetingKind.OPEN_ADVICE)[0]
    assert hour.id == real.id
    counter.book(citizen.id, hour.id)
    mus.sync()
    assert mus.sync_store.rejections() == []
    session, booked = session_on(mus, real.id)
    assert session is not None and (session.capacity, booked) == (real.capacity, 1)

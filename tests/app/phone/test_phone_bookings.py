"""A citizen's call that books a place on a group meeting or an open-advice hour: the
booking and the call are one batch (both or neither); the call goes to the meeting's site.
The phone desk plans a site's template weeks as a counter does, and both plan one session."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.errors import ConflictError, ValidationError
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.registration import NewCitizen, RegistrationService
from app.visitation.meetings import GroupMeetingFullError
from app.visitation.records import GroupSession, MeetingKind
from app.visitation.visitation_service import VisitationService
from local_cache.store import LocalStore
from tests.conftest import configure

CPR = "0101901235"


@pytest.fixture
def sessions(store: LocalStore) -> list[GroupSession]:
    """Musvågevej's job meetings, planned by a receptionist there (as a booking plans them)."""
    ws = configure(store, site="MUS", counter=1, staff="mus-bbj")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    RegistrationService(store.unit_of_work, bus, ws).register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    return VisitationService(store.unit_of_work, bus, ws).sessions_for_booking(
        MeetingKind.JOB_MEETING
    )


@pytest.fixture
def desk(store: LocalStore, sessions: list[GroupSession]) -> PhoneDeskService:
    ws = configure(store, site="NYR", counter=1, staff="nyr-tlf")  # the call-center agent
    return PhoneDeskService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)


def draft(
    session_id: str, kind: CallerKind = CallerKind.CITIZEN, to_site: str = "MUS"
) -> CallDraft:
    identifier = CPR if kind is CallerKind.CITIZEN else "22334455"
    return CallDraft(
        kind,
        identifier,
        CallTopic.APPOINTMENT,
        "Vil gerne på jobmøde",
        CallOutcome.BOOKED,
        to_site=to_site,
        session_id=session_id,
    )


def pending(store: LocalStore) -> list[str]:
    with store.unit_of_work() as uow:
        return [e.name for _n, e in uow.outbox.pending()]


def seats_taken(store: LocalStore, session_id: str) -> int:
    with store.unit_of_work() as uow:
        session = uow.visitation.session(session_id)
    assert session is not None
    return session.seats_taken


def test_the_booking_and_the_call_are_one_batch(
    desk: PhoneDeskService, store: LocalStore, sessions: list[GroupSession]
) -> None:
    offered = desk.meetings_at("MUS", limit=40)
    assert {c.session.kind for c in offered} == set(MeetingKind)
    job_meetings = [c.session.id for c in offered if c.session.kind is MeetingKind.JOB_MEETING]
    assert job_meetings == [s.id for s in sessions]  # the counter's sessions, not new ones
    assert [c.session.starts_at for c in offered] == sorted(c.session.starts_at for c in offered)
    chosen = next(c for c in offered if c.session.kind is MeetingKind.JOB_MEETING)
    assert chosen.text.startswith("Jobmøde tirsdag ")
    logged = desk.log(draft(chosen.session.id))
    assert (logged.outcome, logged.to_site, logged.meeting) == (
        CallOutcome.BOOKED,
        "MUS",
        chosen.text,
    )
    (call,) = desk.calls_today()
    assert (call.outcome, call.to_site, call.site_code, call.staff_id) == (
        CallOutcome.BOOKED,
        "MUS",
        "NYR",
        "nyr-tlf",
    )
    with store.unit_of_work() as uow:
        booking = uow.visitation.booking(call.booking_id or "")
    assert booking is not None
    assert (booking.session_id, booking.citizen_id, booking.staff_id) == (
        chosen.session.id,
        call.citizen_id,
        "nyr-tlf",
    )
    assert pending(store)[-2:] == ["book_group_meeting", "log_call"]
    assert seats_taken(store, chosen.session.id) == 1


def test_the_call_goes_to_the_meetings_site(
    desk: PhoneDeskService, store: LocalStore, sessions: list[GroupSession]
) -> None:
    before = pending(store)
    with pytest.raises(ValidationError, match="holdes ikke i afdelingen"):
        desk.log(draft(sessions[0].id, to_site="SKB"))
    assert pending(store) == before and desk.calls_today() == []
    assert seats_taken(store, sessions[0].id) == 0  # the booking went with the call


def test_a_refused_booking_logs_no_call(
    desk: PhoneDeskService, store: LocalStore, sessions: list[GroupSession]
) -> None:
    desk.log(draft(sessions[0].id))
    before = pending(store)
    with pytest.raises(ConflictError, match="allerede booket"):
        desk.log(draft(sessions[0].id))
    with pytest.raises(ValidationError, match="Vælg det møde"):
        desk.log(draft(""))
    assert pending(store) == before and len(desk.calls_today()) == 1


def test_a_full_meeting_is_refused_and_names_the_next(
    desk: PhoneDeskService, store: LocalStore, sessions: list[GroupSession]
) -> None:
    first = sessions[0]
    with store.unit_of_work() as uow:
        for _ in range(first.capacity):
            assert uow.visitation.take_seat(first.id)
        uow.commit()
    before = pending(store)
    with pytest.raises(GroupMeetingFullError, match="fuldt booket. Næste ledige") as refused:
        desk.log(draft(first.id))
    assert refused.value.field == "session_id"
    assert pending(store) == before and desk.calls_today() == []


def test_only_a_citizen_found_by_cpr_is_booked(
    desk: PhoneDeskService, store: LocalStore, sessions: list[GroupSession]
) -> None:
    before = pending(store)
    with pytest.raises(ValidationError, match="kræver, at borgeren ringer") as refused:
        desk.log(draft(sessions[0].id, kind=CallerKind.PHONE))
    assert refused.value.field == "caller_kind"
    assert pending(store) == before and desk.calls_today() == []


def test_an_open_advice_hour_at_another_site_is_planned_and_booked(
    desk: PhoneDeskService, store: LocalStore
) -> None:
    offered = desk.meetings_at("SKB", limit=40)
    assert {c.session.site_code for c in offered} == {"SKB"}
    assert pending(store).count("schedule_group_meeting") >= len(offered)
    again = desk.meetings_at("SKB", limit=40)  # planned once: the second look adds nothing
    assert [c.session.id for c in again] == [c.session.id for c in offered]
    assert pending(store).count("schedule_group_meeting") == len({s.id for s in all_planned(store)})
    advice = next(c for c in offered if c.session.kind is MeetingKind.OPEN_ADVICE)
    assert advice.text.startswith("Åben rådgivning ") and "Jobbutikken" in advice.text
    logged = desk.log(draft(advice.session.id, to_site="SKB"))
    assert (logged.outcome, logged.to_site, logged.meeting) == (
        CallOutcome.BOOKED,
        "SKB",
        advice.text,
    )
    assert seats_taken(store, advice.session.id) == 1
    assert pending(store)[-2:] == ["book_group_meeting", "log_call"]


def all_planned(store: LocalStore) -> list[GroupSession]:
    with store.unit_of_work() as uow:
        return [
            s
            for kind in MeetingKind
            for site in ("MUS", "SKB", "NYR")
            for s in uow.visitation.sessions(
                kind, after=dt.datetime(2000, 1, 1, tzinfo=dt.UTC), site_code=site
            )
        ]

"""Group meetings: planned from the template, booked up to capacity and never beyond."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from app.clock import COPENHAGEN
from app.commands.envelope import new_id
from app.errors import ConflictError, KnownError, ValidationError
from app.visitation.meetings import (
    GroupMeetingFullError,
    load_template,
    planned_sessions,
    session_args,
)
from app.visitation.records import GroupSession, MeetingKind
from local_cache.store import LocalStore, open_store
from shared_store.visitation.tables import GroupSessionRow
from tests.app.visitation.conftest import Clock, VisitationDesk, make_desk, plan_for


def schedule(
    desk: VisitationDesk, *, capacity: int, days_ahead: int = 1, hour: int = 9
) -> GroupSession:
    starts = dt.datetime.combine(
        desk.visitation.today() + dt.timedelta(days=days_ahead), dt.time(hour), tzinfo=COPENHAGEN
    )
    session_id = new_id()
    desk.bus.execute_one(
        desk.workstation.envelope(
            "schedule_group_meeting",
            1,
            {
                "session_id": session_id,
                "kind": "jobmoede",
                "site_code": "MUS",
                "room": "Lokale 7",
                "starts_at": starts.isoformat(),
                "capacity": capacity,
            },
        )
    )
    with desk.store.unit_of_work() as uow:
        session = uow.visitation.session(session_id)
    assert session is not None
    return session


def seats(desk: VisitationDesk, session_id: str) -> tuple[int, int]:
    with desk.store.unit_of_work() as uow:
        taken = uow.session.execute(
            text("SELECT seats_taken FROM group_session WHERE id = :s"), {"s": session_id}
        ).scalar_one()
        booked = uow.session.execute(
            text("SELECT count(*) FROM group_booking WHERE session_id = :s AND status = 'booked'"),
            {"s": session_id},
        ).scalar_one()
    return int(taken), int(booked)


def test_the_template_plans_the_same_sessions_on_every_desk() -> None:
    template = load_template()
    tuesday = dt.date(2026, 11, 24)
    first = planned_sessions(template, "MUS", MeetingKind.JOB_MEETING, tuesday)
    again = planned_sessions(template, "MUS", MeetingKind.JOB_MEETING, tuesday)
    assert [s.id for s in first] == [s.id for s in again]
    assert len(first) == 4  # four Tuesdays ahead, not today's
    local = first[0].starts_at.astimezone(COPENHAGEN)
    assert (local.date(), local.hour, first[0].room) == (dt.date(2026, 12, 1), 9, "Mødelokale 1")


def test_planning_twice_adds_nothing(desk: VisitationDesk) -> None:
    first = desk.visitation.sessions_for_booking(MeetingKind.CV_MEETING)
    with desk.store.unit_of_work() as uow:
        queued = uow.outbox.pending_count()
    again = desk.visitation.sessions_for_booking(MeetingKind.CV_MEETING)
    with desk.store.unit_of_work() as uow:
        assert uow.outbox.pending_count() == queued
    assert [s.id for s in first] == [s.id for s in again] and len(first) == 4


def plan(desk: VisitationDesk, args: dict[str, Any]) -> None:
    desk.bus.execute_one(desk.workstation.envelope("schedule_group_meeting", 1, args))


def test_a_template_session_is_planned_only_as_the_template_has_it(desk: VisitationDesk) -> None:
    """Its id is derived from site, kind and start, so anyone can compute it: planned with
    another size, room or start it would hold the place of the real one and refuse every
    desk that plans it. An extra meeting with an id of its own is the planner's to add."""
    [real, other, *_] = planned_sessions(
        load_template(), "MUS", MeetingKind.JOB_MEETING, desk.visitation.today()
    )
    squats = (
        {**session_args(real), "capacity": 1},
        {**session_args(real), "room": "Kælderen"},
        {**session_args(real), "starts_at": other.starts_at.isoformat()},
        {**session_args(other), "session_id": real.id},
        {**session_args(real), "starts_at": (real.starts_at + dt.timedelta(days=1)).isoformat()},
    )
    for args in squats:
        with pytest.raises(ValidationError, match="står ikke sådan i mødeplanen"):
            plan(desk, args)
    with desk.store.unit_of_work() as uow:
        assert uow.visitation.session(real.id) is None
    plan(desk, session_args(real))
    plan(desk, session_args(real))  # the same session again is the same session
    extra = {**session_args(real), "session_id": new_id(), "room": "Kælderen", "capacity": 2}
    plan(desk, extra)
    with desk.store.unit_of_work() as uow:
        assert uow.visitation.session(real.id) == real
        planned_extra = uow.visitation.session(extra["session_id"])
        assert planned_extra is not None and planned_extra.capacity == 2


def test_a_full_session_refuses_and_offers_the_next_one(desk: VisitationDesk) -> None:
    full = schedule(desk, capacity=1)
    later = schedule(desk, capacity=5, days_ahead=8)
    desk.visitation.book(desk.citizen().id, full.id)
    with pytest.raises(GroupMeetingFullError) as refused:
        desk.visitation.book(desk.citizen().id, full.id)
    assert refused.value.next_session is not None and refused.value.next_session.id == later.id
    assert "er fuldt booket. Næste ledige: Jobmøde" in refused.value.message
    assert seats(desk, full.id) == (1, 1)


def test_cancelling_frees_the_seat_and_one_citizen_books_once(desk: VisitationDesk) -> None:
    session = schedule(desk, capacity=1)
    citizen = desk.citizen()
    booking_id = desk.visitation.book(citizen.id, session.id)
    with pytest.raises(ConflictError, match="allerede booket"):
        desk.visitation.book(citizen.id, session.id)
    desk.bus.execute_one(
        desk.workstation.envelope("cancel_group_meeting_booking", 1, {"booking_id": booking_id})
    )
    assert seats(desk, session.id) == (0, 0)
    desk.visitation.book(desk.citizen().id, session.id)
    assert seats(desk, session.id) == (1, 1)


def test_a_session_that_has_begun_cannot_be_booked(desk: VisitationDesk) -> None:
    session = schedule(desk, capacity=3)
    desk.clock.moment = session.starts_at + dt.timedelta(minutes=1)
    with pytest.raises(ValidationError, match="allerede begyndt"):
        desk.visitation.book(desk.citizen().id, session.id)


@pytest.fixture
def second_desk(data_dir: Path, desk: VisitationDesk, clock: Clock) -> Iterator[VisitationDesk]:
    """Another desk on the same SQLite file, through its own engine and connections."""
    other: LocalStore = open_store(data_dir)
    yield make_desk(other, clock, counter=2, staff="mus-bbj")
    other.close()


def test_two_desks_racing_for_the_last_seat_one_wins(
    desk: VisitationDesk, second_desk: VisitationDesk
) -> None:
    session = schedule(desk, capacity=2)
    desk.visitation.book(desk.citizen().id, session.id)  # one seat left
    later = schedule(desk, capacity=5, days_ahead=8)
    citizens = [desk.citizen(name="Anna"), desk.citizen(name="Bo")]
    start = threading.Barrier(2)
    results: list[Any] = [None, None]

    def visit(index: int, at: VisitationDesk) -> None:
        plan = plan_for(at, citizens[index], answers={"kan_tage_job": "ja"}, session_id=session.id)
        start.wait()
        try:
            results[index] = at.visitation.complete(plan)
        except KnownError as exc:  # the loser's clear message
            results[index] = exc

    threads = [
        threading.Thread(target=visit, args=(i, d)) for i, d in enumerate((desk, second_desk))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1, results
    assert isinstance(errors[0], GroupMeetingFullError)
    assert errors[0].next_session is not None and errors[0].next_session.id == later.id
    assert seats(desk, session.id) == (2, 2)
    with desk.store.unit_of_work() as uow:  # the loser's visitation left nothing behind
        decided = uow.session.execute(
            text("SELECT count(*) FROM categorisation_decision")
        ).scalar_one()
    assert decided == 1


def test_a_seat_taken_between_read_and_write_is_caught_by_the_conditional_update(
    desk: VisitationDesk, second_desk: VisitationDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic interleaving: desk B books just before desk A's UPDATE reaches SQLite.

    The workstation's CommandBus takes the store's write lock first (begin_write), which
    makes this interleaving impossible there; the conditional update is the second line
    of defence for paths without that lock (the server's re-run), so it is tested without it.
    """
    from shared_store.unit_of_work import SqlUnitOfWork

    monkeypatch.setattr(SqlUnitOfWork, "begin_write", lambda self: None)
    session = schedule(desk, capacity=1)
    later = schedule(desk, capacity=5, days_ahead=8)
    anna, bo = desk.citizen(name="Anna"), desk.citizen(name="Bo")
    fired: list[str] = []

    def other_desk_books_first(db_session: Session, *_: object) -> None:
        writing_seats = any(isinstance(o, GroupSessionRow) for o in db_session.dirty)
        if writing_seats and not fired and db_session.get_bind() is desk.store.engine:
            fired.append(second_desk.visitation.book(bo.id, session.id))

    event.listen(Session, "before_flush", other_desk_books_first)
    try:
        with pytest.raises(GroupMeetingFullError) as refused:
            desk.visitation.book(anna.id, session.id)
    finally:
        event.remove(Session, "before_flush", other_desk_books_first)
    assert fired, "the other desk never got in between"
    assert refused.value.next_session is not None and refused.value.next_session.id == later.id
    assert seats(desk, session.id) == (1, 1)

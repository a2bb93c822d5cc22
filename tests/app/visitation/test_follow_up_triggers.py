"""Follow-up triggers: a no-show in the queue for a booked meeting becomes an absence for
the counsellor to confirm (once, however often it is registered), confirming it starts the
hearing and dismissing it closes it; a held contact interview asks for a re-assessment
under the scheme in force on that day (dated across 31 Dec 2026 / 2 Jan 2027)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.clock import service_day
from app.errors import ValidationError
from app.queue.service import QueueService
from app.security.roles import PermissionDeniedError
from app.visitation.records import FollowUpKind, FollowUpStatus, MeetingKind
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for


def session_today(desk: VisitationDesk) -> str:
    """A job meeting at the site later today (by the real clock, as the queue's tickets)."""
    now = dt.datetime.now(dt.UTC)
    desk.clock.moment = now
    session_id = "6f1d3c1e-56a4-4f57-9a59-2b1f0e7c0d99"
    envelope = desk.workstation.envelope(
        "schedule_group_meeting",
        1,
        {
            "session_id": session_id,
            "kind": MeetingKind.JOB_MEETING.value,
            "site_code": "MUS",
            "room": "Lokale 1",
            "starts_at": (now + dt.timedelta(seconds=1)).isoformat(),
            "capacity": 10,
        },
    )
    desk.bus.execute_one(dataclasses.replace(envelope, issued_at=now.isoformat()))
    return session_id


def no_show_for(desk: VisitationDesk, citizen_id: str, service: str = "aftale") -> str:
    queue = QueueService(desk.store.unit_of_work, desk.bus, desk.workstation, [service])
    ticket_id = desk.registration.issue_ticket(citizen_id, service).ticket_id
    queue.act("call_ticket", ticket_id, counter_number=1)
    queue.act("mark_no_show", ticket_id)
    return ticket_id


def _pending(desk: VisitationDesk, citizen_id: str) -> list[FollowUpKind]:
    with desk.store.unit_of_work() as uow:
        return [f.kind for f in uow.visitation.open_follow_ups(citizen_id)]


def test_a_no_show_for_a_booked_meeting_waits_for_the_counsellor_once(
    desk: VisitationDesk,
) -> None:
    citizen = desk.citizen(name="Mona")
    session_id = session_today(desk)
    desk.visitation.book(citizen.id, session_id)
    ticket_id = no_show_for(desk, citizen.id)
    first = desk.follow_ups.pending_absence_for_no_show(ticket_id)
    again = desk.follow_ups.pending_absence_for_no_show(ticket_id)  # re-synced: the same
    assert first is not None and first == again
    assert _pending(desk, citizen.id) == [FollowUpKind.PENDING_ABSENCE]
    [item] = [i for i in desk.follow_ups.worklist() if i.citizen_id == citizen.id]
    assert item.action_da == "Bekræft eller afvis udeblivelsen fra køen"
    assert item.note.startswith("Billet A") and "Jobmøde" in item.note
    with pytest.raises(ValidationError, match="bekræftes eller afvises"):
        desk.follow_ups.complete(first)
    with pytest.raises(PermissionDeniedError, match="rådgiver eller leder"):
        desk.follow_ups.confirm_pending_absence(first)  # the receptionist may not

    counsellor = make_desk(desk.store, desk.clock, staff="mus-aan", counter=2)
    due = counsellor.follow_ups.confirm_pending_absence(first)
    assert due == service_day(desk.clock()) + dt.timedelta(days=7)
    with desk.store.unit_of_work() as uow:
        [hearing] = uow.visitation.open_follow_ups(citizen.id)
        with_booking = uow.visitation.follow_up(first)
    assert hearing.kind is FollowUpKind.HEARING and hearing.due == due
    assert with_booking is not None and with_booking.status is FollowUpStatus.DONE
    assert hearing.source_id == with_booking.source_id  # the booking the citizen missed
    assert hearing.note.startswith("Udeblevet ") and "Billet A" in hearing.note
    with pytest.raises(ValidationError, match="allerede afsluttet"):
        counsellor.follow_ups.confirm_pending_absence(first)


def test_a_pending_absence_dismissed_with_a_reason_is_closed(desk: VisitationDesk) -> None:
    citizen = desk.citizen(name="Nils")
    desk.visitation.book(citizen.id, session_today(desk))
    pending = desk.follow_ups.pending_absence_for_no_show(no_show_for(desk, citizen.id))
    assert pending is not None
    counsellor = make_desk(desk.store, desk.clock, staff="mus-aan", counter=2)
    with pytest.raises(ValidationError, match="Begrundelsen skal udfyldes"):
        counsellor.follow_ups.dismiss_pending_absence(pending, " ")
    counsellor.follow_ups.dismiss_pending_absence(pending, "Mødte senere")
    assert _pending(desk, citizen.id) == []
    with desk.store.unit_of_work() as uow:
        closed = uow.visitation.follow_up(pending)
    assert closed is not None
    assert (closed.status, closed.outcome_reason) == (FollowUpStatus.CANCELLED, "Mødte senere")


def test_only_a_booked_meetings_ticket_makes_a_pending_absence(desk: VisitationDesk) -> None:
    unbooked = desk.citizen(name="Otto")
    session_today(desk)
    assert desk.follow_ups.pending_absence_for_no_show(no_show_for(desk, unbooked.id)) is None
    booked = desk.citizen(name="Pia")
    desk.visitation.book(booked.id, "6f1d3c1e-56a4-4f57-9a59-2b1f0e7c0d99")
    other_queue = no_show_for(desk, booked.id, service="jobbutik")
    assert desk.follow_ups.pending_absence_for_no_show(other_queue) is None
    assert _pending(desk, unbooked.id) == [] and _pending(desk, booked.id) == []


@pytest.mark.parametrize(
    ("held_on", "scheme"),
    [
        (dt.date(2026, 12, 31), "(parat v2)"),
        (dt.date(2027, 1, 2), "(reform2027 v1)"),
    ],
)
def test_a_held_contact_interview_asks_for_reassessment_under_the_scheme_of_that_day(
    desk: VisitationDesk, held_on: dt.date, scheme: str
) -> None:
    desk.clock.set(2026, 10, 1)
    citizen = desk.citizen(name="Rasmus")
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    with desk.store.unit_of_work() as uow:
        [decision] = uow.visitation.decisions_for(citizen.id)
        [interview] = uow.visitation.open_follow_ups(citizen.id)
    assert (decision.scheme_code, decision.category) == ("parat", "jobparat")
    desk.clock.set(held_on.year, held_on.month, held_on.day)
    desk.follow_ups.complete(interview.id)  # the contact interview is held
    prompts = [i for i in desk.follow_ups.worklist() if i.kind is FollowUpKind.REASSESSMENT]
    assert [(p.citizen_id, p.due, p.action_da) for p in prompts] == [
        (citizen.id, held_on, "Revurdér kategorien")
    ]
    assert scheme in prompts[0].note

    desk.clock.advance(days=3)  # postponed: still on the worklist, now overdue
    assert FollowUpKind.REASSESSMENT in {i.kind for i in desk.follow_ups.worklist()}
    plan = plan_for(desk, citizen)  # under the scheme in force now
    desk.visitation.complete(plan)
    with desk.store.unit_of_work() as uow:
        latest = uow.visitation.decisions_for(citizen.id)[0]
    assert latest.scheme_code == plan.scheme_code
    assert FollowUpKind.REASSESSMENT not in _pending(desk, citizen.id)

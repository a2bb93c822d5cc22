"""Follow-up triggers: what other events open in the counsellor's follow-up.

- register_pending_absence: a ticket of the queue for booked meetings ("aftale") that
  ended as a no-show, for a citizen with a booked group meeting at the site that day,
  becomes an absence for the counsellor to confirm. Its id is derived from the ticket,
  so the same no-show registered twice (two desks, a re-sent push) is one pending absence.
- confirm_pending_absence: the counsellor confirms it; the normal absence path follows
  (a hearing with the scheme's deadline, as register_absence opens it).
- dismiss_pending_absence: the counsellor closes it with a reason («mødte senere»).
- A held contact interview asks for a re-assessment (app/visitation/reassessment.py).

The server re-runs each as the authority: the ticket's status, service, site and the
booking are read from its own store, never from the arguments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import TicketStatus
from app.errors import NotFoundError, ValidationError
from app.ports import UnitOfWork
from app.visitation.deadlines import format_da
from app.visitation.follow_up_commands import _open_hearing
from app.visitation.handler_support import (
    citizen_of,
    close_follow_up,
    derived_id,
    follow_up_site,
    open_follow_up_of,
)
from app.visitation.meetings import describe_session
from app.visitation.records import Booking, BookingStatus, FollowUp, FollowUpKind, FollowUpStatus

BOOKED_MEETING_SERVICE = "aftale"  # the queue a citizen with a booked meeting takes a ticket in


def pending_absence_id(ticket_id: str) -> str:
    return derived_id(ticket_id, "udeblivelse")


def booked_that_day(uow: UnitOfWork, citizen_id: str, site: str, day: dt.date) -> Booking | None:
    for booking in uow.visitation.bookings_for(citizen_id):
        if booking.status is not BookingStatus.BOOKED:
            continue
        session = uow.visitation.session(booking.session_id)
        if session and session.site_code == site and service_day(session.starts_at) == day:
            return booking
    return None


def register_pending_absence(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"ticket_id"})
    ticket = uow.tickets.get(a.identifier(args, "ticket_id"))
    if ticket is None:
        raise NotFoundError("Billetten findes ikke.")
    if ticket.site_code != cmd.site_code:
        raise ValidationError("Billet {number} hører til en anden afdeling.", number=ticket.number)
    follow_up_id = pending_absence_id(ticket.id)
    existing = uow.visitation.follow_up(follow_up_id)
    if existing is not None:  # the same no-show again: one pending absence
        return {"follow_up_id": existing.id, "created": False}
    if ticket.status is not TicketStatus.NO_SHOW:
        raise ValidationError("Billet {number} er ikke meldt udeblevet.", number=ticket.number)
    if ticket.service_code != BOOKED_MEETING_SERVICE:
        raise ValidationError(
            "Billet {number} er ikke til et aftalt møde.", number=ticket.number, field="ticket_id"
        )
    visit = uow.visits.get(ticket.visit_id)
    booking = (
        booked_that_day(uow, visit.citizen_id, ticket.site_code, ticket.service_day)
        if visit
        else None
    )
    session = uow.visitation.session(booking.session_id) if booking else None
    if visit is None or booking is None or session is None:
        raise ValidationError(
            "Borgeren med billet {number} har intet booket møde i dag.",
            number=ticket.number,
            field="ticket_id",
        )
    uow.visitation.add_follow_up(
        FollowUp(
            id=follow_up_id,
            citizen_id=visit.citizen_id,
            kind=FollowUpKind.PENDING_ABSENCE,
            due=ticket.service_day,
            site_code=follow_up_site(uow, visit.citizen_id, cmd),
            created_at=cmd.issued_at_dt,
            source_id=booking.id,  # the booking, as register_absence names it
            note=f"Billet {ticket.number} meldt udeblevet. {describe_session(session)}.",
        )
    )
    return {"follow_up_id": follow_up_id, "created": True}


def confirm_pending_absence(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "hearing_id"})
    pending = open_follow_up_of(
        uow, a.identifier(args, "follow_up_id"), FollowUpKind.PENDING_ABSENCE
    )
    citizen = citizen_of(uow, pending.citizen_id)
    hearing = _open_hearing(
        uow,
        cmd,
        follow_up_id=a.identifier(args, "hearing_id"),
        citizen=citizen,
        source_id=pending.source_id,
        note=f"Udeblevet {format_da(pending.due)}. {pending.note}",
    )
    close_follow_up(uow, pending, cmd, status=FollowUpStatus.DONE, outcome="bekræftet")
    return {"follow_up_id": pending.id, "hearing_id": hearing.id, "due": hearing.due.isoformat()}


def dismiss_pending_absence(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "reason"})
    pending = open_follow_up_of(
        uow, a.identifier(args, "follow_up_id"), FollowUpKind.PENDING_ABSENCE
    )
    reason = a.text(args, "reason", "Begrundelsen", max_length=500)
    close_follow_up(
        uow, pending, cmd, status=FollowUpStatus.CANCELLED, outcome="afvist", reason=reason
    )
    return {"follow_up_id": pending.id}

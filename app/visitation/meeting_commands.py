"""schedule_group_meeting, book_group_meeting, cancel_group_meeting_booking.

The seat is taken with one conditional update (`take_seat`: seats_taken + 1
where seats_taken < capacity), so two desks booking the last seat at the same
moment cannot both win; the loser gets the next session with room instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError, ValidationError
from app.ports import UnitOfWork
from app.visitation.handler_support import citizen_of
from app.visitation.meetings import (
    GroupMeetingFullError,
    is_template_id,
    load_template,
    template_session,
)
from app.visitation.records import Booking, BookingStatus, GroupSession, MeetingKind


def schedule_group_meeting(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"session_id", "kind", "site_code", "room", "starts_at", "capacity"})
    session = GroupSession(
        id=a.identifier(args, "session_id"),
        kind=a.choice(args, "kind", "Mødetypen", MeetingKind),
        site_code=a.text(args, "site_code", "Afdelingen", max_length=8),
        room=a.text(args, "room", "Lokalet", max_length=100),
        starts_at=a.moment(args, "starts_at", "Mødets start"),
        capacity=a.integer(args, "capacity", "Antal pladser", minimum=1, maximum=500),
    )
    if uow.reference.site(session.site_code) is None:
        raise ValidationError(
            "Afdelingen «{site_code}» kendes ikke.", site_code=session.site_code, field="site_code"
        )
    if is_template_id(session.id) and not _as_in_template(session):
        # A derived id is the template's to give: planned with another room, size or time,
        # it would hold the template session's place and refuse every desk planning it.
        raise ValidationError(
            "Mødet står ikke sådan i mødeplanen; planlæg mødet fra mødeplanen igen.",
            field="session_id",
        )
    existing = uow.visitation.session(session.id)
    if existing is not None:
        # The same template session planned on two desks is one session.
        if replace(existing, seats_taken=0) == session:
            return {"session_id": session.id}
        raise ConflictError("Mødet findes allerede med andre oplysninger.")
    uow.visitation.add_session(session)
    return {"session_id": session.id}


def _as_in_template(session: GroupSession) -> bool:
    planned = template_session(load_template(), session.site_code, session.kind, session.starts_at)
    return planned is not None and planned == session


def next_with_room(uow: UnitOfWork, session: GroupSession) -> GroupSession | None:
    """The next session of the same kind with a free seat: same site first, then any site."""
    for site in (session.site_code, None):
        later = uow.visitation.sessions(session.kind, after=session.starts_at, site_code=site)
        free = [s for s in later if s.seats_left > 0 and s.id != session.id]
        if free:
            return free[0]
    return None


def book_group_meeting(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"booking_id", "session_id", "citizen_id"})
    booking_id = a.identifier(args, "booking_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    session = uow.visitation.session(a.identifier(args, "session_id"))
    if session is None:
        raise NotFoundError("Mødet findes ikke.")
    if session.starts_at <= cmd.issued_at_dt:
        raise ValidationError("Mødet er allerede begyndt; vælg et senere møde.", field="session_id")
    if uow.visitation.booking(booking_id) is not None:
        raise ConflictError("Bookingen findes allerede med dette id.")
    if uow.visitation.active_booking(session.id, citizen.id) is not None:
        raise ConflictError("Borgeren er allerede booket til dette møde.", field="session_id")
    if not uow.visitation.take_seat(session.id):
        raise GroupMeetingFullError(session, next_with_room(uow, session))
    uow.visitation.add_booking(
        Booking(booking_id, session.id, citizen.id, cmd.issued_at_dt, cmd.staff_id)
    )
    return {"booking_id": booking_id, "session_id": session.id}


def cancel_group_meeting_booking(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"booking_id"})
    booking = uow.visitation.booking(a.identifier(args, "booking_id"))
    if booking is None:
        raise NotFoundError("Bookingen findes ikke.")
    if booking.status is not BookingStatus.BOOKED:
        raise ValidationError("Bookingen er allerede aflyst.")
    uow.visitation.set_booking_status(booking.id, BookingStatus.CANCELLED)
    uow.visitation.release_seat(booking.session_id)
    return {"booking_id": booking.id}

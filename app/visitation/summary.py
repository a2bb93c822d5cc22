"""What a primary visitation ended in, as the citizen is told it and the card shows it.

Read from the store after the fact (the latest decision and what followed it), so the
summary shown at the end and the one on the citizen card later are the same text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.clock import service_day
from app.commands.envelope import utc_now
from app.entities import Citizen
from app.ports import UnitOfWork
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.visitation.records import BookingStatus, FollowUpKind, MeetingKind
from app.visitation.service_base import site_name
from app.visitation.targets import Unit, unit_label


@dataclass(frozen=True, slots=True)
class BookedMeeting:
    kind: MeetingKind
    starts_at: dt.datetime
    site_name: str
    room: str


@dataclass(frozen=True, slots=True)
class SummaryReferral:
    to_label: str
    anchor_moved: bool


@dataclass(frozen=True, slots=True)
class VisitationSummary:
    citizen_id: str
    citizen_name: str
    masked_cpr: str
    decided_at: dt.datetime
    site_name: str
    category_label: str
    responsible_unit: str  # the one unit that holds the case now
    referrals: tuple[SummaryReferral, ...]
    meeting: BookedMeeting | None
    next_contact: dt.date | None  # the next contact interview, when the category has one
    next_ticket: str = ""  # the queue the citizen joins today, by name; "" for none


def read_latest_summary(
    uow: UnitOfWork, citizen: Citizen, masked_cpr: str, ticket_service: str = ""
) -> VisitationSummary | None:
    """The latest categorisation and what was recorded with or after it; None before any."""
    decisions = uow.visitation.decisions_for(citizen.id)
    if not decisions:
        return None
    decision = decisions[0]
    targets = targets_in_force(uow, service_day(utc_now()))
    sites = uow.reference.sites()

    def label(unit: Unit) -> str:
        return unit_label(unit, targets, sites)

    referrals = tuple(
        SummaryReferral(label(r.to_unit), r.anchor_moved)
        for r in reversed(uow.visitation.referrals_for(citizen.id))
        if r.referred_at >= decision.decided_at
    )
    booked = sorted(
        (
            b
            for b in uow.visitation.bookings_for(citizen.id)
            if b.status is BookingStatus.BOOKED and b.booked_at >= decision.decided_at
        ),
        key=lambda b: b.booked_at,
    )
    session = uow.visitation.session(booked[-1].session_id) if booked else None
    meeting = (
        BookedMeeting(
            session.kind, session.starts_at, site_name(sites, session.site_code), session.room
        )
        if session is not None
        else None
    )
    contacts = uow.visitation.open_follow_ups(citizen.id, (FollowUpKind.CONTACT_INTERVIEW,))
    anchor = uow.visitation.anchor(citizen.id)
    services = {s.code: s.name_da for s in uow.reference.services()}
    return VisitationSummary(
        citizen_id=citizen.id,
        citizen_name=citizen.full_name,
        masked_cpr=masked_cpr,
        decided_at=decision.decided_at,
        site_name=site_name(sites, decision.site_code),
        category_label=decision.category_label,
        responsible_unit=label(anchor.unit) if anchor else "",
        referrals=referrals,
        meeting=meeting,
        next_contact=min((f.due for f in contacts), default=None),
        next_ticket=services.get(ticket_service, ticket_service) if ticket_service else "",
    )

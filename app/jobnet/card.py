"""What the citizen card shows about Jobnet: CV status, the joblog duty, the last
Jobnet orientation and the next CV meeting booked. Read in one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.clock import COPENHAGEN
from app.jobnet.records import CvStatus
from app.ports import UnitOfWork
from app.visitation.records import BookingStatus, GroupSession, MeetingKind, Orientation
from app.visitation.schemes import Scheme, find_scheme


@dataclass(frozen=True, slots=True)
class JoblogDuty:
    """The duty as the citizen's latest categorisation's scheme has it."""

    required: bool
    scheme_label: str
    category_label: str


@dataclass(frozen=True, slots=True)
class JobnetCard:
    cv: CvStatus | None
    approved_by_name: str  # the staff member's name; "" when Jobnet approved it
    joblog: JoblogDuty | None  # None: not categorised under a scheme
    last_orientation: dt.date | None
    cv_meeting: GroupSession | None  # the next CV meeting booked


def read_card(uow: UnitOfWork, citizen_id: str, now: dt.datetime) -> JobnetCard:
    cv = uow.jobnet.cv_status(citizen_id)
    approver = uow.reference.staff_member(cv.approved_by) if cv and cv.approved_by else None
    schemes = uow.visitation.schemes()
    return JobnetCard(
        cv=cv,
        approved_by_name=approver.name if approver else (cv.approved_by if cv else ""),
        joblog=_joblog(uow, citizen_id, schemes),
        last_orientation=last_jobnet_orientation(uow.jobnet.orientations_for(citizen_id), schemes),
        cv_meeting=_next_cv_meeting(uow, citizen_id, now),
    )


def _joblog(uow: UnitOfWork, citizen_id: str, schemes: Sequence[Scheme]) -> JoblogDuty | None:
    decisions = uow.visitation.decisions_for(citizen_id)
    if not decisions:
        return None
    latest = decisions[0]
    scheme = find_scheme(schemes, latest.scheme_code, latest.scheme_version)
    if scheme is None:
        return None
    category = scheme.category(latest.category)
    # The duty is the job-ready's: an activity-ready citizen has none under any scheme.
    required = scheme.joblog and category is not None and category.job_ready
    return JoblogDuty(required, scheme.label_da, category.label_da if category else latest.category)


def last_jobnet_orientation(
    orientations: Sequence[Orientation], schemes: Sequence[Scheme]
) -> dt.date | None:
    """The day of the newest orientation whose Jobnet item (flagged in its scheme) was given."""
    for orientation in orientations:  # newest first
        scheme = find_scheme(schemes, orientation.scheme_code, orientation.scheme_version)
        keys = {i.key for i in scheme.orientation if i.jobnet} if scheme else set()
        if any(orientation.items[k].given for k in keys if k in orientation.items):
            return orientation.recorded_at.astimezone(COPENHAGEN).date()
    return None


def _next_cv_meeting(uow: UnitOfWork, citizen_id: str, now: dt.datetime) -> GroupSession | None:
    upcoming = []
    for booking in uow.visitation.bookings_for(citizen_id):
        if booking.status is not BookingStatus.BOOKED:
            continue
        session = uow.visitation.session(booking.session_id)
        if session and session.kind is MeetingKind.CV_MEETING and session.starts_at > now:
            upcoming.append(session)
    return min(upcoming, key=lambda s: s.starts_at, default=None)

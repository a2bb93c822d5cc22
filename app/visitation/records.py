"""What visitation records: decisions, orientation, anchors, referrals, bookings, follow-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.visitation.targets import Unit


@dataclass(frozen=True, slots=True)
class Decision:
    """A categorisation, with the scheme version it was made under and why."""

    id: str
    citizen_id: str
    visitation_id: str
    scheme_code: str
    scheme_version: int
    answers: dict[str, str]
    category: str
    category_label: str  # as the scheme said it then: later corrections do not rewrite history
    suggested_category: str | None
    reason: str
    staff_id: str
    site_code: str
    decided_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OrientationMark:
    given: bool
    reason: str = ""  # why it was skipped; required when not given


@dataclass(frozen=True, slots=True)
class Orientation:
    visitation_id: str
    citizen_id: str
    scheme_code: str
    scheme_version: int
    items: dict[str, OrientationMark]
    staff_id: str
    recorded_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Anchor:
    """The one unit responsible for the citizen's case (one row per citizen)."""

    citizen_id: str
    unit: Unit
    since: dt.datetime
    referral_id: str | None  # None: set by the first visitation at the site


@dataclass(frozen=True, slots=True)
class Referral:
    id: str
    citizen_id: str
    from_unit: Unit
    to_unit: Unit
    anchor_moved: bool
    referred_at: dt.datetime
    day: dt.date  # Copenhagen day, for the anti-kastebold window
    staff_id: str
    site_code: str
    note: str = ""
    approved_by: str = ""  # a supervisor, when the kastebold limit was passed
    approval_reason: str = ""


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """A referral held back by the kastebold limit, waiting for a supervisor."""

    id: str
    citizen_id: str
    to_unit: Unit
    move_anchor: bool
    note: str
    reason: str
    requested_by: str
    requested_at: dt.datetime
    site_code: str
    status: RequestStatus = RequestStatus.PENDING
    decided_by: str = ""
    decision_reason: str = ""
    referral_id: str = ""


class MeetingKind(StrEnum):
    JOB_MEETING = "jobmoede"
    CV_MEETING = "cv_moede"
    OPEN_ADVICE = "aaben_raadgivning"  # a booked place in a site's open-advice hour

    @property
    def label_da(self) -> str:
        return {
            "jobmoede": "Jobmøde",
            "cv_moede": "CV-møde",
            "aaben_raadgivning": "Åben rådgivning",
        }[self.value]


@dataclass(frozen=True, slots=True)
class GroupSession:
    id: str
    kind: MeetingKind
    site_code: str
    room: str
    starts_at: dt.datetime
    capacity: int
    seats_taken: int = 0

    @property
    def seats_left(self) -> int:
        return max(self.capacity - self.seats_taken, 0)


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Booking:
    id: str
    session_id: str
    citizen_id: str
    booked_at: dt.datetime
    staff_id: str
    status: BookingStatus = BookingStatus.BOOKED


class FollowUpKind(StrEnum):
    CONTACT_INTERVIEW = "kontaktsamtale"
    CATEGORISATION = "kategorisering"  # insured: categorised within 3 months of benefit
    HEARING = "partshoering"  # after a missed meeting (udeblivelse) or a refused offer
    # A no-show in the queue for a booked meeting: an absence for the counsellor to confirm.
    PENDING_ABSENCE = "udeblivelse_koe"
    REASSESSMENT = "revurdering"  # a held contact interview: re-assess under the scheme in force

    @property
    def label_da(self) -> str:
        return {
            "kontaktsamtale": "Kontaktsamtale",
            "kategorisering": "Frist for kategorisering",
            "partshoering": "Partshøring efter udeblivelse",
            "udeblivelse_koe": "Udeblivelse til bekræftelse",
            "revurdering": "Revurdering af kategori",
        }[self.value]


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Audience(StrEnum):
    """Who hears of a missed meeting once the hearing deadline has passed."""

    YDELSESSERVICE = "ydelsesservice"  # uninsured: a recommendation (indstilling)
    A_KASSE = "a_kasse"  # insured: a notice (underretning)
    NONE = ""


class HearingOutcome(StrEnum):
    RECOMMENDATION_SENT = "indstilling_sendt"
    NOTICE_SENT = "underretning_sendt"
    GOOD_REASON = "rimelig_grund"


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: str
    citizen_id: str
    kind: FollowUpKind
    due: dt.date
    site_code: str
    created_at: dt.datetime
    source_id: str  # the decision, absence or earlier follow-up that made it
    status: FollowUpStatus = FollowUpStatus.OPEN
    audience: Audience = Audience.NONE
    note: str = ""
    outcome: str = ""
    outcome_reason: str = ""
    closed_at: dt.datetime | None = None
    closed_by: str = ""


@dataclass(frozen=True, slots=True)
class CourseExemption:
    """A citizen exempted from the contact course's interviews, with the reason (one per course)."""

    id: str
    citizen_id: str
    site_code: str
    course_start: dt.date  # the first day of the course it exempts from
    reason_code: str
    note: str
    scheme_code: str
    scheme_version: int
    granted_by: str
    granted_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CourseCandidate:
    """What the contact course needs of one citizen, read in bulk for a site's figures."""

    citizen_id: str
    support_basis: str
    decisions: tuple[Decision, ...]  # newest first
    interviews: tuple[FollowUp, ...]  # contact interviews closed as done
    exemptions: tuple[CourseExemption, ...]

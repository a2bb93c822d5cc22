"""SQLAlchemy implementation of `app.visitation.ports.VisitationRepository`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.visitation.meetings import SeatRaceError
from app.visitation.records import (
    Anchor,
    ApprovalRequest,
    Booking,
    BookingStatus,
    CourseCandidate,
    CourseExemption,
    Decision,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    GroupSession,
    MeetingKind,
    Orientation,
    OrientationMark,
    Referral,
    RequestStatus,
)
from app.visitation.schemes import Scheme
from app.visitation.seed import parse_scheme, parse_target
from app.visitation.targets import KasteboldRule, ReferralTarget, Unit
from shared_store.json_text import dumps
from shared_store.tables import CitizenRow
from shared_store.visitation.rows import (
    booking_record,
    decision_record,
    follow_up_record,
    follow_up_values,
    referral_record,
    request_record,
    request_values,
    scheme_row,
    session_record,
)
from shared_store.visitation.seeding import KASTEBOLD_KEY
from shared_store.visitation.tables import (
    AnchorRow,
    CategorisationDecisionRow,
    CategorisationSchemeRow,
    CourseExemptionRow,
    FollowUpRow,
    GroupBookingRow,
    GroupSessionRow,
    OrientationRow,
    ReferralApprovalRequestRow,
    ReferralRow,
    ReferralTargetRow,
    VisitationRuleRow,
)


class SqlVisitation:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- configuration --------------------------------------------------------------
    def schemes(self) -> Sequence[Scheme]:
        rows = self._s.scalars(select(CategorisationSchemeRow))
        return [parse_scheme(json.loads(r.body_json)) for r in rows]

    def scheme_bodies(self) -> Sequence[dict[str, Any]]:
        rows = self._s.scalars(
            select(CategorisationSchemeRow).order_by(
                CategorisationSchemeRow.code, CategorisationSchemeRow.version
            )
        )
        return [json.loads(r.body_json) for r in rows]

    def add_scheme(self, scheme: Scheme, body: dict[str, Any], *, source: str) -> None:
        self._s.merge(scheme_row(scheme, body, source))
        self._s.flush()

    def referral_targets(self) -> Sequence[ReferralTarget]:
        rows = self._s.scalars(select(ReferralTargetRow).order_by(ReferralTargetRow.sort_order))
        return [parse_target(json.loads(r.body_json)) for r in rows]

    def kastebold_rule(self) -> KasteboldRule:
        row = self._s.get(VisitationRuleRow, KASTEBOLD_KEY)
        if row is None:
            return KasteboldRule()
        body = json.loads(row.value_json)
        known = set(KasteboldRule.__dataclass_fields__)  # a newer desk's extra keys are ignored
        return KasteboldRule(**{k: v for k, v in body.items() if k in known})

    # --- categorisation and orientation ---------------------------------------------
    def add_decision(self, d: Decision) -> None:
        self._s.add(
            CategorisationDecisionRow(
                id=d.id,
                citizen_id=d.citizen_id,
                visitation_id=d.visitation_id,
                scheme_code=d.scheme_code,
                scheme_version=d.scheme_version,
                answers_json=dumps(d.answers),
                category=d.category,
                category_label=d.category_label,
                suggested_category=d.suggested_category,
                reason=d.reason,
                staff_id=d.staff_id,
                site_code=d.site_code,
                decided_at=d.decided_at,
            )
        )
        self._s.flush()

    def decision(self, decision_id: str) -> Decision | None:
        row = self._s.get(CategorisationDecisionRow, decision_id)
        return decision_record(row) if row else None

    def decisions_for(self, citizen_id: str) -> Sequence[Decision]:
        stmt = (
            select(CategorisationDecisionRow)
            .where(CategorisationDecisionRow.citizen_id == citizen_id)
            .order_by(CategorisationDecisionRow.decided_at.desc())
        )
        return [decision_record(r) for r in self._s.scalars(stmt)]

    def add_orientation(self, o: Orientation) -> None:
        items = {k: {"given": m.given, "reason": m.reason} for k, m in o.items.items()}
        self._s.add(
            OrientationRow(
                visitation_id=o.visitation_id,
                citizen_id=o.citizen_id,
                scheme_code=o.scheme_code,
                scheme_version=o.scheme_version,
                items_json=dumps(items),
                staff_id=o.staff_id,
                recorded_at=o.recorded_at,
            )
        )
        self._s.flush()

    def orientation(self, visitation_id: str) -> Orientation | None:
        r = self._s.get(OrientationRow, visitation_id)
        if r is None:
            return None
        items = {k: OrientationMark(**v) for k, v in json.loads(r.items_json).items()}
        return Orientation(
            r.visitation_id,
            r.citizen_id,
            r.scheme_code,
            r.scheme_version,
            items,
            r.staff_id,
            r.recorded_at,
        )

    # --- anchoring and referrals ------------------------------------------------------
    def anchor(self, citizen_id: str) -> Anchor | None:
        r = self._s.get(AnchorRow, citizen_id)
        return (
            Anchor(r.citizen_id, Unit(r.target, r.site_code), r.since, r.referral_id) if r else None
        )

    def set_anchor(self, anchor: Anchor) -> None:
        self._s.merge(
            AnchorRow(
                citizen_id=anchor.citizen_id,
                target=anchor.unit.target,
                site_code=anchor.unit.site_code,
                since=anchor.since,
                referral_id=anchor.referral_id,
            )
        )
        self._s.flush()

    def add_referral(self, r: Referral) -> None:
        self._s.add(
            ReferralRow(
                id=r.id,
                citizen_id=r.citizen_id,
                from_target=r.from_unit.target,
                from_site=r.from_unit.site_code,
                to_target=r.to_unit.target,
                to_site=r.to_unit.site_code,
                anchor_moved=r.anchor_moved,
                referred_at=r.referred_at,
                day=r.day,
                staff_id=r.staff_id,
                site_code=r.site_code,
                note=r.note,
                approved_by=r.approved_by,
                approval_reason=r.approval_reason,
            )
        )
        self._s.flush()

    def referral(self, referral_id: str) -> Referral | None:
        row = self._s.get(ReferralRow, referral_id)
        return referral_record(row) if row else None

    def referrals_for(self, citizen_id: str) -> Sequence[Referral]:
        stmt = (
            select(ReferralRow)
            .where(ReferralRow.citizen_id == citizen_id)
            .order_by(ReferralRow.referred_at.desc())
        )
        return [referral_record(r) for r in self._s.scalars(stmt)]

    def anchor_moves(self, citizen_id: str, after: dt.date) -> Sequence[Referral]:
        stmt = (
            select(ReferralRow)
            .where(
                ReferralRow.citizen_id == citizen_id,
                ReferralRow.anchor_moved.is_(True),
                ReferralRow.day > after,
            )
            .order_by(ReferralRow.referred_at, ReferralRow.id)
        )
        return [referral_record(r) for r in self._s.scalars(stmt)]

    def citizens_with_anchor_moves(self, after: dt.date, minimum: int) -> Sequence[tuple[str, int]]:
        moves = func.count().label("moves")
        stmt = (
            select(ReferralRow.citizen_id, moves)
            .where(ReferralRow.anchor_moved.is_(True), ReferralRow.day > after)
            .group_by(ReferralRow.citizen_id)
            .having(moves >= minimum)
            .order_by(moves.desc())
        )
        return [(str(c), int(n)) for c, n in self._s.execute(stmt)]

    def add_request(self, request: ApprovalRequest) -> None:
        self._s.add(ReferralApprovalRequestRow(**request_values(request)))
        self._s.flush()

    def request(self, request_id: str) -> ApprovalRequest | None:
        row = self._s.get(ReferralApprovalRequestRow, request_id)
        return request_record(row) if row else None

    def update_request(self, request: ApprovalRequest) -> None:
        self._s.merge(ReferralApprovalRequestRow(**request_values(request)))
        self._s.flush()

    def pending_requests(self) -> Sequence[ApprovalRequest]:
        stmt = (
            select(ReferralApprovalRequestRow)
            .where(ReferralApprovalRequestRow.status == RequestStatus.PENDING.value)
            .order_by(ReferralApprovalRequestRow.requested_at)
        )
        return [request_record(r) for r in self._s.scalars(stmt)]

    # --- group meetings -------------------------------------------------------------
    def add_session(self, s: GroupSession) -> None:
        self._s.add(
            GroupSessionRow(
                id=s.id,
                kind=s.kind.value,
                site_code=s.site_code,
                room=s.room,
                starts_at=s.starts_at,
                capacity=s.capacity,
                seats_taken=s.seats_taken,
            )
        )
        self._s.flush()

    def session(self, session_id: str) -> GroupSession | None:
        row = self._s.get(GroupSessionRow, session_id, populate_existing=True)
        return session_record(row) if row else None

    def sessions(
        self,
        kind: MeetingKind,
        *,
        after: dt.datetime,
        site_code: str | None = None,
        limit: int = 20,
    ) -> Sequence[GroupSession]:
        stmt = (
            select(GroupSessionRow)
            .where(GroupSessionRow.kind == kind.value, GroupSessionRow.starts_at > after)
            .order_by(GroupSessionRow.starts_at)
            .limit(limit)
            .execution_options(populate_existing=True)
        )
        if site_code is not None:
            stmt = stmt.where(GroupSessionRow.site_code == site_code)
        return [session_record(r) for r in self._s.scalars(stmt)]

    def take_seat(self, session_id: str) -> bool:
        # Compare-and-set through the ORM (seats_taken is the row's version column):
        # UPDATE … SET seats_taken = n + 1 WHERE id = ? AND seats_taken = n. If another desk
        # took a seat since we read n, nothing matches and the whole command is refused.
        return self._change_seats(session_id, +1)

    def release_seat(self, session_id: str) -> None:
        self._change_seats(session_id, -1)

    def _change_seats(self, session_id: str, delta: int) -> bool:
        row = self._s.get(GroupSessionRow, session_id, populate_existing=True)
        if row is None:
            raise LookupError(session_id)
        seats = row.seats_taken + delta
        if not 0 <= seats <= row.capacity:
            return False
        row.seats_taken = seats
        try:
            self._s.flush()
        except StaleDataError:
            raise SeatRaceError() from None
        return True

    def add_booking(self, b: Booking) -> None:
        self._s.add(
            GroupBookingRow(
                id=b.id,
                session_id=b.session_id,
                citizen_id=b.citizen_id,
                booked_at=b.booked_at,
                staff_id=b.staff_id,
                status=b.status.value,
            )
        )
        self._s.flush()

    def booking(self, booking_id: str) -> Booking | None:
        row = self._s.get(GroupBookingRow, booking_id)
        return booking_record(row) if row else None

    def active_booking(self, session_id: str, citizen_id: str) -> Booking | None:
        row = self._s.scalar(
            select(GroupBookingRow).where(
                GroupBookingRow.session_id == session_id,
                GroupBookingRow.citizen_id == citizen_id,
                GroupBookingRow.status == BookingStatus.BOOKED.value,
            )
        )
        return booking_record(row) if row else None

    def bookings_for(self, citizen_id: str) -> Sequence[Booking]:
        stmt = (
            select(GroupBookingRow)
            .where(GroupBookingRow.citizen_id == citizen_id)
            .order_by(GroupBookingRow.booked_at.desc())
        )
        return [booking_record(r) for r in self._s.scalars(stmt)]

    def active_bookings_on(self, session_id: str) -> Sequence[Booking]:
        stmt = (
            select(GroupBookingRow)
            .where(
                GroupBookingRow.session_id == session_id,
                GroupBookingRow.status == BookingStatus.BOOKED.value,
            )
            .order_by(GroupBookingRow.booked_at)
        )
        return [booking_record(r) for r in self._s.scalars(stmt)]

    def set_booking_status(self, booking_id: str, status: BookingStatus) -> None:
        row = self._s.get(GroupBookingRow, booking_id)
        if row is None:
            raise LookupError(booking_id)
        row.status = status.value
        self._s.flush()

    # --- follow-ups -------------------------------------------------------------------
    def add_follow_up(self, f: FollowUp) -> None:
        self._s.add(FollowUpRow(**follow_up_values(f)))
        self._s.flush()

    def follow_up(self, follow_up_id: str) -> FollowUp | None:
        row = self._s.get(FollowUpRow, follow_up_id)
        return follow_up_record(row) if row else None

    def update_follow_up(self, f: FollowUp) -> None:
        self._s.merge(FollowUpRow(**follow_up_values(f)))
        self._s.flush()

    def open_follow_ups(
        self, citizen_id: str, kinds: Sequence[FollowUpKind] = ()
    ) -> Sequence[FollowUp]:
        stmt = (
            select(FollowUpRow)
            .where(
                FollowUpRow.citizen_id == citizen_id,
                FollowUpRow.status == FollowUpStatus.OPEN.value,
            )
            .order_by(FollowUpRow.due)
        )
        if kinds:
            stmt = stmt.where(FollowUpRow.kind.in_([k.value for k in kinds]))
        return [follow_up_record(r) for r in self._s.scalars(stmt)]

    def open_follow_ups_at_site(self, site_code: str, until: dt.date) -> Sequence[FollowUp]:
        stmt = (
            select(FollowUpRow)
            .where(
                FollowUpRow.site_code == site_code,
                FollowUpRow.status == FollowUpStatus.OPEN.value,
                FollowUpRow.due <= until,
            )
            .order_by(FollowUpRow.due, FollowUpRow.created_at)
        )
        return [follow_up_record(r) for r in self._s.scalars(stmt)]

    def follow_ups_for(self, citizen_id: str) -> Sequence[FollowUp]:
        stmt = (
            select(FollowUpRow)
            .where(FollowUpRow.citizen_id == citizen_id)
            .order_by(FollowUpRow.due, FollowUpRow.created_at)
        )
        return [follow_up_record(r) for r in self._s.scalars(stmt)]

    # --- the reform's contact course ---------------------------------------------------
    def add_exemption(self, e: CourseExemption) -> None:
        self._s.add(
            CourseExemptionRow(
                id=e.id,
                citizen_id=e.citizen_id,
                site_code=e.site_code,
                course_start=e.course_start,
                reason_code=e.reason_code,
                note=e.note,
                scheme_code=e.scheme_code,
                scheme_version=e.scheme_version,
                granted_by=e.granted_by,
                granted_at=e.granted_at,
            )
        )
        self._s.flush()

    def exemption(self, exemption_id: str) -> CourseExemption | None:
        row = self._s.get(CourseExemptionRow, exemption_id)
        return _exemption_record(row) if row else None

    def exemptions_for(self, citizen_id: str) -> Sequence[CourseExemption]:
        stmt = (
            select(CourseExemptionRow)
            .where(CourseExemptionRow.citizen_id == citizen_id)
            .order_by(CourseExemptionRow.course_start)
        )
        return [_exemption_record(r) for r in self._s.scalars(stmt)]

    def course_candidates(self, site_code: str, since: dt.datetime) -> Sequence[CourseCandidate]:
        d = CategorisationDecisionRow
        ids = (
            select(d.citizen_id)
            .where(d.site_code == site_code, d.decided_at >= since)
            .distinct()
            .scalar_subquery()
        )
        bases: dict[str, str] = {
            citizen_id: basis
            for citizen_id, basis in self._s.execute(
                select(CitizenRow.id, CitizenRow.support_basis).where(CitizenRow.id.in_(ids))
            )
        }
        decisions: dict[str, list[Decision]] = {c: [] for c in bases}
        for row in self._s.scalars(
            select(d).where(d.citizen_id.in_(ids)).order_by(d.citizen_id, d.decided_at.desc())
        ):
            decisions.setdefault(row.citizen_id, []).append(decision_record(row))
        interviews: dict[str, list[FollowUp]] = {}
        f = FollowUpRow
        for interview in self._s.scalars(
            select(f).where(
                f.citizen_id.in_(ids),
                f.kind == FollowUpKind.CONTACT_INTERVIEW.value,
                f.status == FollowUpStatus.DONE.value,
            )
        ):
            interviews.setdefault(interview.citizen_id, []).append(follow_up_record(interview))
        exemptions: dict[str, list[CourseExemption]] = {}
        e = CourseExemptionRow
        for exemption in self._s.scalars(select(e).where(e.citizen_id.in_(ids))):
            exemptions.setdefault(exemption.citizen_id, []).append(_exemption_record(exemption))
        return [
            CourseCandidate(
                citizen_id,
                str(bases.get(citizen_id, "")),
                tuple(found),
                tuple(interviews.get(citizen_id, ())),
                tuple(exemptions.get(citizen_id, ())),
            )
            for citizen_id, found in decisions.items()
        ]


def _exemption_record(r: CourseExemptionRow) -> CourseExemption:
    return CourseExemption(
        id=r.id,
        citizen_id=r.citizen_id,
        site_code=r.site_code,
        course_start=r.course_start,
        reason_code=r.reason_code,
        note=r.note,
        scheme_code=r.scheme_code,
        scheme_version=r.scheme_version,
        granted_by=r.granted_by,
        granted_at=r.granted_at,
    )

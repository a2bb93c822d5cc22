"""Row ↔ record mapping for the visitation tables."""

from __future__ import annotations

import json
from typing import Any

from app.visitation.records import (
    ApprovalRequest,
    Audience,
    Booking,
    BookingStatus,
    Decision,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    GroupSession,
    MeetingKind,
    Referral,
    RequestStatus,
)
from app.visitation.schemes import Scheme
from app.visitation.targets import Unit
from shared_store.json_text import dumps
from shared_store.visitation.tables import (
    CategorisationDecisionRow,
    CategorisationSchemeRow,
    FollowUpRow,
    GroupBookingRow,
    GroupSessionRow,
    ReferralApprovalRequestRow,
    ReferralRow,
)


def scheme_row(scheme: Scheme, body: dict[str, Any], source: str) -> CategorisationSchemeRow:
    return CategorisationSchemeRow(
        code=scheme.code,
        version=scheme.version,
        label_da=scheme.label_da,
        valid_from=scheme.valid_from,
        valid_to=scheme.valid_to,
        body_json=dumps(body),
        source=source,
    )


def decision_record(r: CategorisationDecisionRow) -> Decision:
    return Decision(
        id=r.id,
        citizen_id=r.citizen_id,
        visitation_id=r.visitation_id,
        scheme_code=r.scheme_code,
        scheme_version=r.scheme_version,
        answers=json.loads(r.answers_json),
        category=r.category,
        category_label=r.category_label,
        suggested_category=r.suggested_category,
        reason=r.reason,
        staff_id=r.staff_id,
        site_code=r.site_code,
        decided_at=r.decided_at,
    )


def referral_record(r: ReferralRow) -> Referral:
    return Referral(
        id=r.id,
        citizen_id=r.citizen_id,
        from_unit=Unit(r.from_target, r.from_site),
        to_unit=Unit(r.to_target, r.to_site),
        anchor_moved=r.anchor_moved,
        referred_at=r.referred_at,
        day=r.day,
        staff_id=r.staff_id,
        site_code=r.site_code,
        note=r.note,
        approved_by=r.approved_by,
        approval_reason=r.approval_reason,
    )


def request_values(q: ApprovalRequest) -> dict[str, Any]:
    return {
        "id": q.id,
        "citizen_id": q.citizen_id,
        "to_target": q.to_unit.target,
        "to_site": q.to_unit.site_code,
        "move_anchor": q.move_anchor,
        "note": q.note,
        "reason": q.reason,
        "requested_by": q.requested_by,
        "requested_at": q.requested_at,
        "site_code": q.site_code,
        "status": q.status.value,
        "decided_by": q.decided_by,
        "decision_reason": q.decision_reason,
        "referral_id": q.referral_id,
    }


def request_record(r: ReferralApprovalRequestRow) -> ApprovalRequest:
    return ApprovalRequest(
        id=r.id,
        citizen_id=r.citizen_id,
        to_unit=Unit(r.to_target, r.to_site),
        move_anchor=r.move_anchor,
        note=r.note,
        reason=r.reason,
        requested_by=r.requested_by,
        requested_at=r.requested_at,
        site_code=r.site_code,
        status=RequestStatus(r.status),
        decided_by=r.decided_by,
        decision_reason=r.decision_reason,
        referral_id=r.referral_id,
    )


def session_record(r: GroupSessionRow) -> GroupSession:
    return GroupSession(
        r.id, MeetingKind(r.kind), r.site_code, r.room, r.starts_at, r.capacity, r.seats_taken
    )


def booking_record(r: GroupBookingRow) -> Booking:
    return Booking(
        r.id, r.session_id, r.citizen_id, r.booked_at, r.staff_id, BookingStatus(r.status)
    )


def follow_up_values(f: FollowUp) -> dict[str, Any]:
    return {
        "id": f.id,
        "citizen_id": f.citizen_id,
        "kind": f.kind.value,
        "due": f.due,
        "site_code": f.site_code,
        "created_at": f.created_at,
        "source_id": f.source_id,
        "status": f.status.value,
        "audience": f.audience.value,
        "note": f.note,
        "outcome": f.outcome,
        "outcome_reason": f.outcome_reason,
        "closed_at": f.closed_at,
        "closed_by": f.closed_by,
    }


def follow_up_record(r: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=r.id,
        citizen_id=r.citizen_id,
        kind=FollowUpKind(r.kind),
        due=r.due,
        site_code=r.site_code,
        created_at=r.created_at,
        source_id=r.source_id,
        status=FollowUpStatus(r.status),
        audience=Audience(r.audience),
        note=r.note,
        outcome=r.outcome,
        outcome_reason=r.outcome_reason,
        closed_at=r.closed_at,
        closed_by=r.closed_by,
    )

"""refer_citizen, request_referral_approval, decide_referral_approval.

Each citizen's case is anchored with exactly one unit (one anchor row per
citizen); a referral says explicitly whether it moves the anchor or keeps it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Citizen
from app.errors import ConflictError, NotFoundError, Phrase, ValidationError
from app.ports import UnitOfWork
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.visitation.handler_support import (
    bool_arg,
    citizen_of,
    day_of,
    ensure_anchor,
    require_supervisor,
)
from app.visitation.kastebold import KasteboldCheck, check_move, history_after
from app.visitation.records import Anchor, ApprovalRequest, Referral, RequestStatus
from app.visitation.targets import Unit, find_target, resolve_unit, unit_label


def _unit_from_args(uow: UnitOfWork, args: dict[str, Any], cmd: CommandEnvelope) -> Unit:
    target = find_target(
        targets_in_force(uow, day_of(cmd)),
        a.text(args, "target", "Henvisningsmålet", max_length=40),
    )
    return resolve_unit(
        target,
        uow.reference.sites(),
        referring_site=cmd.site_code,
        chosen_site=a.text(args, "target_site", "Afdelingen", required=False, max_length=8),
    )


def kastebold_check(
    uow: UnitOfWork, citizen_id: str, to_unit: Unit, cmd: CommandEnvelope
) -> KasteboldCheck:
    """The anti-kastebold rule on one more move of the anchor, on the command's day."""
    rule = uow.visitation.kastebold_rule()
    today = day_of(cmd)
    moves = uow.visitation.anchor_moves(citizen_id, history_after(today, rule))
    return check_move(moves, today, rule, to_unit)


def perform_referral(
    uow: UnitOfWork,
    cmd: CommandEnvelope,
    *,
    referral_id: str,
    citizen: Citizen,
    to_unit: Unit,
    move_anchor: bool,
    note: str,
    approved_by: str = "",
    approval_reason: str = "",
) -> dict[str, Any]:
    targets = targets_in_force(uow, day_of(cmd))
    target = find_target(targets, to_unit.target)
    if move_anchor and not target.can_anchor:
        raise ValidationError(
            "«{target}» kan ikke have ansvaret for sagen; behold forankringen.",
            target=target.label_da,
            field="move_anchor",
        )
    if uow.visitation.referral(referral_id) is not None:
        raise ConflictError("Henvisningen findes allerede med dette id.")
    anchor = ensure_anchor(uow, citizen.id, cmd)
    if move_anchor and anchor.unit == to_unit:
        raise ValidationError(
            "Sagen er allerede forankret hos {to_unit}.",
            to_unit=unit_label(to_unit, targets, uow.reference.sites()),
        )
    if approved_by:
        require_supervisor(uow, approved_by, Phrase("godkende en henvisning ud over grænsen"))
        if not approval_reason:
            raise ValidationError("Lederens begrundelse skal udfyldes.", field="approval_reason")
    if move_anchor and not approved_by:
        check = kastebold_check(uow, citizen.id, to_unit, cmd)
        if check.held:
            sites = uow.reference.sites()
            raise check.error(lambda unit: unit_label(unit, targets, sites))
    uow.visitation.add_referral(
        Referral(
            id=referral_id,
            citizen_id=citizen.id,
            from_unit=anchor.unit,
            to_unit=to_unit,
            anchor_moved=move_anchor,
            referred_at=cmd.issued_at_dt,
            day=day_of(cmd),
            staff_id=cmd.staff_id,
            site_code=cmd.site_code,
            note=note,
            approved_by=approved_by,
            approval_reason=approval_reason,
        )
    )
    if move_anchor:
        uow.visitation.set_anchor(Anchor(citizen.id, to_unit, cmd.issued_at_dt, referral_id))
        if to_unit.site_code:  # the deadlines follow the case to its new site
            for follow_up in uow.visitation.open_follow_ups(citizen.id):
                uow.visitation.update_follow_up(replace(follow_up, site_code=to_unit.site_code))
    return {
        "referral_id": referral_id,
        "anchor": {
            "target": (to_unit if move_anchor else anchor.unit).target,
            "site_code": (to_unit if move_anchor else anchor.unit).site_code,
        },
    }


def refer_citizen(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(
        args,
        {"referral_id", "citizen_id", "target", "target_site", "move_anchor", "note"}
        | {"supervisor_id", "approval_reason"},
    )
    approved_by = a.text(args, "supervisor_id", "Lederen", required=False, max_length=40)
    if approved_by and approved_by == cmd.staff_id:
        raise ValidationError(
            "Godkendelsen skal gives af en anden leder end den, der henviser (fire øjne).",
            field="supervisor_id",
        )
    return perform_referral(
        uow,
        cmd,
        referral_id=a.identifier(args, "referral_id"),
        citizen=citizen_of(uow, a.identifier(args, "citizen_id")),
        to_unit=_unit_from_args(uow, args, cmd),
        move_anchor=bool_arg(args, "move_anchor", "Flyt forankringen"),
        note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
        approved_by=approved_by,
        approval_reason=a.text(
            args, "approval_reason", "Lederens begrundelse", required=False, max_length=500
        ),
    )


def request_referral_approval(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """No supervisor at hand: the held referral waits in the supervisors' list."""
    args = cmd.args
    a.reject_unknown(
        args, {"request_id", "citizen_id", "target", "target_site", "move_anchor", "note", "reason"}
    )
    request_id = a.identifier(args, "request_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    to_unit = _unit_from_args(uow, args, cmd)
    move_anchor = bool_arg(args, "move_anchor", "Flyt forankringen")
    if not move_anchor or not kastebold_check(uow, citizen.id, to_unit, cmd).held:
        raise ValidationError("Henvisningen kræver ikke en leders godkendelse; henvis direkte.")
    if any(r.citizen_id == citizen.id for r in uow.visitation.pending_requests()):
        raise ConflictError("Der venter allerede en anmodning om godkendelse for borgeren.")
    if uow.visitation.request(request_id) is not None:
        raise ConflictError("Anmodningen findes allerede med dette id.")
    uow.visitation.add_request(
        ApprovalRequest(
            id=request_id,
            citizen_id=citizen.id,
            to_unit=to_unit,
            move_anchor=move_anchor,
            note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
            reason=a.text(args, "reason", "Begrundelsen", max_length=500),
            requested_by=cmd.staff_id,
            requested_at=cmd.issued_at_dt,
            site_code=cmd.site_code,
        )
    )
    return {"request_id": request_id}


def decide_referral_approval(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """A supervisor (the issuing staff member) approves or rejects a held referral."""
    args = cmd.args
    a.reject_unknown(args, {"request_id", "approve", "reason", "referral_id"})
    require_supervisor(uow, cmd.staff_id, Phrase("godkende eller afvise en henvisning"))
    request = uow.visitation.request(a.identifier(args, "request_id"))
    if request is None:
        raise NotFoundError("Anmodningen findes ikke.")
    if request.status is not RequestStatus.PENDING:
        raise ValidationError("Anmodningen er allerede afgjort.")
    if request.requested_by == cmd.staff_id:
        raise ValidationError(
            "En anden leder end den, der bad om godkendelsen, skal afgøre den (fire øjne)."
        )
    approve = bool_arg(args, "approve", "Godkendelsen")
    reason = a.text(args, "reason", "Lederens begrundelse", max_length=500)
    result: dict[str, Any] = {"request_id": request.id, "approved": approve}
    referral_id = ""
    if approve:
        referral_id = a.identifier(args, "referral_id")
        result |= perform_referral(
            uow,
            cmd,
            referral_id=referral_id,
            citizen=citizen_of(uow, request.citizen_id),
            to_unit=request.to_unit,
            move_anchor=request.move_anchor,
            note=request.note,
            approved_by=cmd.staff_id,
            approval_reason=reason,
        )
    uow.visitation.update_request(
        replace(
            request,
            status=RequestStatus.APPROVED if approve else RequestStatus.REJECTED,
            decided_by=cmd.staff_id,
            decision_reason=reason,
            referral_id=referral_id,
        )
    )
    return result

"""Referrals after the first visitation, the case summary for the citizen card, and the
supervisors' list of cases at the anti-kastebold limit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.security.sign_in import Approver
from app.visitation.kastebold import window_after
from app.visitation.records import ApprovalRequest, Decision, FollowUp
from app.visitation.service_base import VisitationServiceBase, with_approval


@dataclass(frozen=True, slots=True)
class ReferralLine:
    referred_at: dt.datetime
    from_label: str
    to_label: str
    anchor_moved: bool
    staff_id: str
    note: str
    approved_by: str = ""
    approval_reason: str = ""


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What the citizen card shows: who holds the case, the latest category, the history."""

    citizen_id: str
    anchor_label: str  # "" when the citizen has no case yet
    latest_decision: Decision | None
    referrals: tuple[ReferralLine, ...]
    open_follow_ups: tuple[FollowUp, ...]


@dataclass(frozen=True, slots=True)
class KasteboldCase:
    citizen_id: str
    citizen_name: str
    masked_cpr: str
    moves_in_window: int
    anchor_label: str
    pending_request: ApprovalRequest | None
    request_label: str = ""  # where the held referral wants to go


class ReferralService(VisitationServiceBase):
    def case_summary(self, citizen_id: str) -> CaseSummary:
        with self._uow_factory() as uow:
            anchor = uow.visitation.anchor(citizen_id)
            decisions = uow.visitation.decisions_for(citizen_id)
            lines = tuple(
                ReferralLine(
                    r.referred_at,
                    self._label(uow, r.from_unit),
                    self._label(uow, r.to_unit),
                    r.anchor_moved,
                    r.staff_id,
                    r.note,
                    r.approved_by,
                    r.approval_reason,
                )
                for r in uow.visitation.referrals_for(citizen_id)
            )
            return CaseSummary(
                citizen_id,
                self._label(uow, anchor.unit) if anchor else "",
                decisions[0] if decisions else None,
                lines,
                tuple(uow.visitation.open_follow_ups(citizen_id)),
            )

    def refer(
        self,
        citizen_id: str,
        target: str,
        *,
        move_anchor: bool,
        target_site: str = "",
        note: str = "",
        approver: Approver | None = None,
        approval_reason: str = "",
    ) -> str:
        """A later referral (viderevisitation); raises KasteboldLimitError when held."""
        referral_id = new_id()
        args: dict[str, object] = {
            "referral_id": referral_id,
            "citizen_id": citizen_id,
            "target": target,
            "target_site": target_site,
            "move_anchor": move_anchor,
            "note": note,
        }
        if approver is not None:  # signed in at this desk for this one decision
            args |= {"supervisor_id": approver.staff_id, "approval_reason": approval_reason}
        self._bus.execute_one(with_approval(self._envelope("refer_citizen", args), approver))
        return referral_id

    def request_approval(
        self, citizen_id: str, target: str, *, reason: str, target_site: str = "", note: str = ""
    ) -> str:
        request_id = new_id()
        self._bus.execute_one(
            self._envelope(
                "request_referral_approval",
                {
                    "request_id": request_id,
                    "citizen_id": citizen_id,
                    "target": target,
                    "target_site": target_site,
                    "move_anchor": True,
                    "note": note,
                    "reason": reason,
                },
            )
        )
        return request_id

    def decide(self, request_id: str, *, approve: bool, reason: str) -> str | None:
        """Issued by the signed-in supervisor; returns the referral id when approved."""
        referral_id = new_id() if approve else None
        args: dict[str, object] = {"request_id": request_id, "approve": approve, "reason": reason}
        if referral_id:
            args["referral_id"] = referral_id
        self._bus.execute_one(self._envelope("decide_referral_approval", args))
        return referral_id

    def kastebold_cases(self) -> list[KasteboldCase]:
        """Citizens at or over the limit in the window, and every held referral."""
        with self._uow_factory() as uow:
            rule = uow.visitation.kastebold_rule()
            after = window_after(self.today(), rule)
            moves = dict(uow.visitation.citizens_with_anchor_moves(after, rule.max_onward))
            pending = {r.citizen_id: r for r in uow.visitation.pending_requests()}
            cases = []
            for citizen_id in list(pending) + [c for c in moves if c not in pending]:
                citizen = self._citizen(uow, citizen_id)
                anchor = uow.visitation.anchor(citizen_id)
                request = pending.get(citizen_id)
                cases.append(
                    KasteboldCase(
                        citizen_id,
                        citizen.full_name,
                        self._masked(citizen),
                        moves.get(citizen_id)
                        or uow.visitation.anchor_moves_since(citizen_id, after),
                        self._label(uow, anchor.unit) if anchor else "",
                        request,
                        self._label(uow, request.to_unit) if request else "",
                    )
                )
            return cases

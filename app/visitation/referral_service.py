"""Referrals after the first visitation, the case summary for the citizen card, and the
supervisors' list of cases the anti-kastebold rule holds or watches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.security.sign_in import Approver
from app.visitation.kastebold import (
    HoldReason,
    check_move,
    history_after,
    went_back_and_forth,
    window_after,
    year_after,
)
from app.visitation.records import ApprovalRequest, Decision, FollowUp
from app.visitation.service_base import VisitationServiceBase, with_approval
from app.visitation.targets import KasteboldRule


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
    referral_id: str = ""  # the referral itself, so an offer refused can name it


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
    moves_in_year: int = 0
    # why: for a held referral, why the rule holds it; otherwise the limits the case is at
    # and back-and-forth already seen within the window
    reasons: tuple[HoldReason, ...] = ()
    path: tuple[str, ...] = ()  # the units the case went through within the year, in order
    path_days: tuple[dt.date, ...] = ()  # the day of each move (one fewer than the units)
    rule: KasteboldRule = KasteboldRule()


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
                    referral_id=r.id,
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
        """Every held referral, and every citizen at the rolling limit, at the yearly
        ceiling or gone back and forth within the window; with the case's path."""
        with self._uow_factory() as uow:
            rule = uow.visitation.kastebold_rule()
            today = self.today()
            pending = {r.citizen_id: r for r in uow.visitation.pending_requests()}
            candidates = dict.fromkeys(pending)
            window_minimum = min(rule.max_onward, 2)  # a return takes two moves
            for after, minimum in (
                (window_after(today, rule), window_minimum),
                (year_after(today, rule), rule.max_per_year),
            ):
                for citizen_id, _moves in uow.visitation.citizens_with_anchor_moves(after, minimum):
                    candidates.setdefault(citizen_id)
            cases = []
            for citizen_id in candidates:
                request = pending.get(citizen_id)
                moves = uow.visitation.anchor_moves(citizen_id, history_after(today, rule))
                check = check_move(moves, today, rule, request.to_unit if request else None)
                reasons = check.reasons
                if request is None and went_back_and_forth(moves, today, rule):
                    reasons = (HoldReason.BACK_AND_FORTH, *reasons)
                if request is None and not reasons:
                    continue
                path_moves = [m for m in moves if m.day > year_after(today, rule)]
                path = [path_moves[0].from_unit] if path_moves else []
                path += [m.to_unit for m in path_moves]
                citizen = self._citizen(uow, citizen_id)
                anchor = uow.visitation.anchor(citizen_id)
                cases.append(
                    KasteboldCase(
                        citizen_id,
                        citizen.full_name,
                        self._masked(citizen),
                        check.moves_in_window,
                        self._label(uow, anchor.unit) if anchor else "",
                        request,
                        self._label(uow, request.to_unit) if request else "",
                        moves_in_year=check.moves_in_year,
                        reasons=reasons,
                        path=tuple(self._label(uow, unit) for unit in path),
                        path_days=tuple(m.day for m in path_moves),
                        rule=rule,
                    )
                )
            return cases

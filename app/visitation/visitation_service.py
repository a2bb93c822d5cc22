"""The primary visitation at the desk: scheme by date, checklist, referral and booking.

`complete` runs categorisation, orientation, referral and booking as commands
in one transaction: a full group meeting or a held referral leaves nothing
half-done, and the receptionist simply tries again with the offered choice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.commands.envelope import CommandEnvelope, new_id
from app.entities import Citizen, Service, Site, Staff
from app.errors import ValidationError
from app.reference_data.readers import categorised_at_once, reported_to_akasse
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.security.sign_in import Approver
from app.visitation.citizen_age import age_on
from app.visitation.deadlines import add_months
from app.visitation.handler_support import SUPERVISOR_ROLE
from app.visitation.kastebold import KasteboldCheck, check_move, history_after
from app.visitation.meetings import (
    MeetingTemplate,
    SeatRaceError,
    describe_session,
    load_template,
    session_args,
)
from app.visitation.planning import unplanned_sessions
from app.visitation.records import FollowUp, FollowUpKind, GroupSession, MeetingKind, Referral
from app.visitation.schemes import Category, NextStep, Scheme, choose_scheme
from app.visitation.service_base import VisitationServiceBase, site_name, with_approval
from app.visitation.summary import VisitationSummary, read_latest_summary
from app.visitation.targets import KasteboldRule, Placement, ReferralTarget, Unit, resolve_unit


class VisitationMode(StrEnum):
    CATEGORISE = "categorise"  # uninsured: categorised now
    INSURED_DEADLINE = "insured_deadline"  # insured: gets the date by which to be categorised
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class VisitationStart:
    citizen: Citizen
    masked_cpr: str
    mode: VisitationMode
    scheme: Scheme | None
    anchor_label: str
    open_deadline: FollowUp | None = None
    age: int | None = None  # from the CPR, on the day of the visitation
    # What the CPR answers (e.g. «under 30 …» is Nej at 30 or older): pre-filled, not guessed.
    answered_by_cpr: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReferralOption:
    target: ReferralTarget
    unit: Unit
    label: str


@dataclass(frozen=True, slots=True)
class OrientationAnswer:
    given: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class KasteboldStatus:
    """The citizen's recent anchor moves, read when the visitation opens, so the screen
    asks the anti-kastebold rule about the target chosen (app/visitation/kastebold.py)."""

    moves: tuple[Referral, ...]
    rule: KasteboldRule
    today: dt.date

    def check(self, to_unit: Unit | None = None) -> KasteboldCheck:
        return check_move(self.moves, self.today, self.rule, to_unit)

    @property
    def moves_in_window(self) -> int:
        return self.check().moves_in_window

    @property
    def window_days(self) -> int:
        return self.rule.window_days

    @property
    def needs_approval(self) -> bool:
        """At a limit whatever the target (a return to a unit left is per target)."""
        return self.check().held


@dataclass(frozen=True, slots=True)
class VisitationPlan:
    citizen_id: str
    scheme_code: str
    scheme_version: int
    answers: dict[str, str]
    category: str
    orientation: dict[str, OrientationAnswer]
    target: str
    move_anchor: bool
    reason: str = ""
    target_site: str = ""
    note: str = ""
    session_id: str | None = None
    # A supervisor who signed in at the desk to let the case move past the limit.
    approver: Approver | None = None
    approval_reason: str = ""
    ticket_service: str = ""


@dataclass(frozen=True, slots=True)
class VisitationOutcome:
    decision_id: str
    visitation_id: str
    referral_id: str
    booking_id: str | None
    follow_up_ids: tuple[str, ...] = field(default=())
    ticket_service: str = ""


class VisitationService(VisitationServiceBase):
    template: MeetingTemplate | None = None  # group-meeting template; loaded on first use

    # --- reading -------------------------------------------------------------------
    def scheme_on(self, day: dt.date) -> Scheme:
        with self._uow_factory() as uow:
            return choose_scheme(uow.visitation.schemes(), day)

    def start(self, citizen_id: str) -> VisitationStart:
        with self._uow_factory() as uow:
            citizen = self._citizen(uow, citizen_id)
            anchor = uow.visitation.anchor(citizen_id)
            label = self._label(uow, anchor.unit) if anchor else ""
            deadlines = uow.visitation.open_follow_ups(citizen_id, (FollowUpKind.CATEGORISATION,))
            scheme = choose_scheme(uow.visitation.schemes(), self.today())
            basis = citizen.support_basis
            if categorised_at_once(uow, basis, scheme.applies_to, self.today()):
                mode = VisitationMode.CATEGORISE
            elif reported_to_akasse(uow, basis, self.today()):
                mode = VisitationMode.INSURED_DEADLINE
            else:
                mode = VisitationMode.NOT_APPLICABLE
        age = age_on(citizen.cpr, self.today())
        return VisitationStart(
            citizen,
            self._masked(citizen),
            mode,
            scheme,
            label,
            deadlines[0] if deadlines else None,
            age,
            scheme.answers_from_age(age),
        )

    def next_step(self, scheme: Scheme, category: str, answers: dict[str, str]) -> NextStep:
        return scheme.next_step(category, answers)

    def category(self, scheme: Scheme, code: str) -> Category | None:
        return scheme.category(code)

    def referral_options(self) -> list[ReferralOption]:
        """Every unit the desk can refer to; a trade-area team once per site."""
        with self._uow_factory() as uow:
            targets = targets_in_force(uow, self.today())
            sites = uow.reference.sites()
            options: list[ReferralOption] = []
            for target in (t for t in targets if t.selectable):
                chosen = (
                    [s.code for s in sites] if target.placement is Placement.CHOSEN_SITE else [""]
                )
                for site in chosen:
                    unit = resolve_unit(
                        target, sites, referring_site=self.site_code, chosen_site=site
                    )
                    options.append(ReferralOption(target, unit, self._label(uow, unit)))
            return options

    def kastebold_status(self, citizen_id: str) -> KasteboldStatus:
        with self._uow_factory() as uow:
            rule = uow.visitation.kastebold_rule()
            today = self.today()
            moves = uow.visitation.anchor_moves(citizen_id, history_after(today, rule))
        return KasteboldStatus(tuple(moves), rule, today)

    def supervisors(self) -> list[Staff]:
        with self._uow_factory() as uow:
            staff = uow.reference.staff(self.site_code)
            return [s for s in staff if s.role == SUPERVISOR_ROLE]

    def sites(self) -> list[Site]:
        with self._uow_factory() as uow:
            return list(uow.reference.sites())

    def ticket_services(self) -> list[Service]:
        with self._uow_factory() as uow:
            return sorted(uow.reference.services(), key=lambda s: (s.sort_order, s.name_da))

    def sessions_for_booking(self, kind: MeetingKind, *, limit: int = 8) -> list[GroupSession]:
        """Upcoming sessions here; the template's next weeks are planned (by command) first."""
        self._plan_sessions(kind)
        with self._uow_factory() as uow:
            found = uow.visitation.sessions(
                kind, after=self._clock(), site_code=self.site_code, limit=limit
            )
        return list(found)

    def describe(self, session: GroupSession) -> str:
        with self._uow_factory() as uow:
            return describe_session(session, site_name(uow.reference.sites(), session.site_code))

    def _plan_sessions(self, kind: MeetingKind) -> None:
        if self.template is None:
            self.template = load_template()
        missing = unplanned_sessions(
            self._uow_factory, self.template, self.site_code, (kind,), self.today()
        )
        if missing:
            self._run(*(self._envelope("schedule_group_meeting", session_args(s)) for s in missing))

    # --- insured -----------------------------------------------------------------------
    def insured_deadline_preview(self, benefit_start: dt.date) -> dt.date:
        months = self.scheme_on(self.today()).deadlines.insured_categorisation_months
        return add_months(benefit_start, months)

    def register_insured_deadline(self, citizen_id: str, benefit_start: dt.date) -> dt.date:
        result = self._bus.execute_one(
            self._envelope(
                "register_insured_deadline",
                {
                    "follow_up_id": new_id(),
                    "citizen_id": citizen_id,
                    "benefit_start": benefit_start.isoformat(),
                },
            )
        )
        return dt.date.fromisoformat(result["due"])

    # --- the visitation ------------------------------------------------------------------
    def complete(self, plan: VisitationPlan) -> VisitationOutcome:
        if not plan.orientation:
            raise ValidationError(
                "Orienteringen mangler: kryds hvert punkt af eller spring over med begrundelse."
            )
        decision_id, visitation_id, referral_id = new_id(), new_id(), new_id()
        booking_id = new_id() if plan.session_id else None
        scheme = {"scheme_code": plan.scheme_code, "scheme_version": plan.scheme_version}
        envelopes = [
            self._envelope(
                "record_categorisation",
                {
                    "decision_id": decision_id,
                    "visitation_id": visitation_id,
                    "citizen_id": plan.citizen_id,
                    **scheme,
                    "answers": dict(plan.answers),
                    "category": plan.category,
                    "reason": plan.reason,
                },
            ),
            self._envelope(
                "record_orientation",
                {
                    "visitation_id": visitation_id,
                    "citizen_id": plan.citizen_id,
                    **scheme,
                    "items": {
                        k: {"given": v.given, "reason": v.reason}
                        for k, v in plan.orientation.items()
                    },
                },
            ),
            with_approval(
                self._envelope("refer_citizen", _referral_args(referral_id, plan)), plan.approver
            ),
        ]
        if plan.session_id and booking_id:
            envelopes.append(
                self._envelope(
                    "book_group_meeting",
                    {
                        "booking_id": booking_id,
                        "session_id": plan.session_id,
                        "citizen_id": plan.citizen_id,
                    },
                )
            )
        results = self._run_with_seat_retry(envelopes)
        return VisitationOutcome(
            decision_id,
            visitation_id,
            referral_id,
            booking_id,
            tuple(results[0]["follow_up_ids"]),
            plan.ticket_service,
        )

    def summary(self, citizen_id: str, ticket_service: str = "") -> VisitationSummary | None:
        """What the latest visitation ended in (for the citizen, and for the card later)."""
        with self._uow_factory() as uow:
            citizen = self._citizen(uow, citizen_id)
            return read_latest_summary(uow, citizen, self._masked(citizen), ticket_service)

    def book(self, citizen_id: str, session_id: str) -> str:
        """A booking outside a visitation (e.g. moving a citizen to a later session)."""
        booking_id = new_id()
        args = {"booking_id": booking_id, "session_id": session_id, "citizen_id": citizen_id}
        self._run_with_seat_retry([self._envelope("book_group_meeting", args)])
        return booking_id

    def _run_with_seat_retry(self, envelopes: list[CommandEnvelope]) -> list[dict[str, Any]]:
        """A seat taken by another desk between our read and write: read again, once.

        The second run sees the other booking, so a full session now refuses with
        GroupMeetingFullError and its offer of the next session.
        """
        try:
            return self._run(*envelopes)
        except SeatRaceError:
            return self._run(*envelopes)


def _referral_args(referral_id: str, plan: VisitationPlan) -> dict[str, Any]:
    args: dict[str, Any] = {
        "referral_id": referral_id,
        "citizen_id": plan.citizen_id,
        "target": plan.target,
        "target_site": plan.target_site,
        "move_anchor": plan.move_anchor,
        "note": plan.note,
    }
    if plan.approver is not None:
        args |= {"supervisor_id": plan.approver.staff_id, "approval_reason": plan.approval_reason}
    return args

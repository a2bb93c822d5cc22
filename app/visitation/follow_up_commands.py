"""register_absence, register_refused_offer, conclude_hearing, complete_follow_up.

A missed meeting (udeblivelse) starts a hearing (partshøring) with a deadline
from the scheme in force. When the deadline has passed, the case calls for a
recommendation (indstilling) to Ydelsesservice for the uninsured, or a notice
(underretning) to the a-kasse for the insured — unless the citizen had a good
reason, which may be recorded at any time. A refused offer (afvist tilbud) opens
the same hearing: both are availability incidents (rådighed).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Citizen, SupportBasis
from app.errors import ConflictError, ValidationError
from app.ports import UnitOfWork
from app.reference_data.readers import basis_flags
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.visitation.contact_course import course_of, status_from
from app.visitation.deadlines import add_period, format_da
from app.visitation.handler_support import (
    bool_arg,
    citizen_of,
    close_follow_up,
    day_of,
    derived_id,
    ensure_anchor,
    follow_up_site,
    open_follow_up_of,
)
from app.visitation.meetings import describe_session
from app.visitation.reassessment import reassessment_after_interview
from app.visitation.records import (
    Audience,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HearingOutcome,
)
from app.visitation.schemes import choose_scheme, find_scheme
from app.visitation.targets import unit_label


def _audience(uow: UnitOfWork, basis: SupportBasis, day: dt.date) -> Audience:
    """Who hears of an absence: the support basis's flags in the reference data decide."""
    flags = basis_flags(uow, basis.value, day)
    if flags.primary_visitation:
        return Audience.YDELSESSERVICE
    if flags.akasse_report:
        return Audience.A_KASSE
    raise ValidationError("Udeblivelse følges kun op for ledige (kontanthjælp eller dagpenge).")


def _open_hearing(
    uow: UnitOfWork,
    cmd: CommandEnvelope,
    *,
    follow_up_id: str,
    citizen: Citizen,
    source_id: str,
    note: str,
) -> FollowUp:
    """An availability incident (a missed meeting, a refused offer) opens a hearing: the
    deadline from the scheme in force on the day, the audience from the support basis."""
    if uow.visitation.follow_up(follow_up_id) is not None:
        raise ConflictError("Opfølgningen findes allerede med dette id.")
    day = day_of(cmd)
    audience = _audience(uow, citizen.support_basis, day)
    scheme = choose_scheme(uow.visitation.schemes(), day)
    ensure_anchor(uow, citizen.id, cmd)
    hearing = FollowUp(
        id=follow_up_id,
        citizen_id=citizen.id,
        kind=FollowUpKind.HEARING,
        due=add_period(day, days=scheme.deadlines.hearing_days),
        site_code=follow_up_site(uow, citizen.id, cmd),
        created_at=cmd.issued_at_dt,
        source_id=source_id,
        audience=audience,
        note=note,
    )
    uow.visitation.add_follow_up(hearing)
    return hearing


def register_absence(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "citizen_id", "missed_on", "booking_id", "note"})
    follow_up_id = a.identifier(args, "follow_up_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    day = day_of(cmd)
    missed_on = a.date(args, "missed_on", "Datoen for udeblivelsen")
    if missed_on > day:
        raise ValidationError("En udeblivelse kan ikke ligge i fremtiden.", field="missed_on")
    what = a.text(args, "note", "Bemærkningen", required=False, max_length=500)
    source_id = follow_up_id  # the absence itself, or the booking the citizen missed
    if args.get("booking_id"):
        booking = uow.visitation.booking(a.identifier(args, "booking_id"))
        session = uow.visitation.session(booking.session_id) if booking else None
        if booking is None or session is None or booking.citizen_id != citizen.id:
            raise ValidationError("Bookingen hører ikke til borgeren.", field="booking_id")
        what = f"{describe_session(session)}. {what}".strip()
        source_id = booking.id  # production figures count the meeting's absences by it
    hearing = _open_hearing(
        uow,
        cmd,
        follow_up_id=follow_up_id,
        citizen=citizen,
        source_id=source_id,
        note=f"Udeblevet {format_da(missed_on)}. {what}".strip(),
    )
    return {"follow_up_id": follow_up_id, "due": hearing.due.isoformat()}


def register_refused_offer(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """The citizen refused an offer or referral: the same hearing as after an absence.

    A good reason the citizen states is written on the hearing; it is the counsellor who
    weighs it, by concluding the hearing with «rimelig grund» (or not) as after an absence.
    """
    args = cmd.args
    a.reject_unknown(
        args, {"follow_up_id", "citizen_id", "referral_id", "refused_on", "reason", "good_reason"}
    )
    follow_up_id = a.identifier(args, "follow_up_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    referral = uow.visitation.referral(a.identifier(args, "referral_id"))
    if referral is None or referral.citizen_id != citizen.id:
        raise ValidationError("Tilbuddet hører ikke til borgeren.", field="referral_id")
    refused_on = a.date(args, "refused_on", "Datoen for afvisningen")
    if refused_on > day_of(cmd):
        raise ValidationError("En afvisning kan ikke ligge i fremtiden.", field="refused_on")
    if refused_on < referral.day:
        raise ValidationError(
            "Tilbuddet blev givet den {day:%d.%m.%Y}; det kan ikke være afvist før.",
            day=referral.day,
            field="refused_on",
        )
    reason = a.text(args, "reason", "Begrundelsen for afvisningen", max_length=500)
    good_reason = bool_arg(args, "good_reason", "Rimelig grund")
    stated = " Borgeren angiver en rimelig grund." if good_reason else ""
    offer = unit_label(referral.to_unit, targets_in_force(uow, referral.day), uow.reference.sites())
    hearing = _open_hearing(
        uow,
        cmd,
        follow_up_id=follow_up_id,
        citizen=citizen,
        source_id=referral.id,
        note=f"Afvist tilbud {format_da(refused_on)}: {offer}. {reason}{stated}",
    )
    return {"follow_up_id": follow_up_id, "due": hearing.due.isoformat()}


def conclude_hearing(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "outcome", "reason"})
    hearing = open_follow_up_of(uow, a.identifier(args, "follow_up_id"), FollowUpKind.HEARING)
    outcome = a.choice(args, "outcome", "Udfaldet", HearingOutcome)
    reason = a.text(
        args,
        "reason",
        "Begrundelsen",
        required=outcome is HearingOutcome.GOOD_REASON,
        max_length=1000,
    )
    if outcome is not HearingOutcome.GOOD_REASON:
        expected = {
            HearingOutcome.RECOMMENDATION_SENT: Audience.YDELSESSERVICE,
            HearingOutcome.NOTICE_SENT: Audience.A_KASSE,
        }[outcome]
        if hearing.audience is not expected:
            raise ValidationError(
                "Forsikrede underrettes via a-kassen; borgere uden forsikring indstilles til "
                "Ydelsesservice.",
                field="outcome",
            )
        if day_of(cmd) <= hearing.due:
            raise ValidationError(
                "Partshøringsfristen løber til og med {due:%d.%m.%Y}; borgeren skal have mulighed for at svare først.",
                due=hearing.due,
                field="outcome",
            )
    close_follow_up(uow, hearing, cmd, status=FollowUpStatus.DONE, outcome=outcome, reason=reason)
    return {"follow_up_id": hearing.id, "outcome": outcome.value}


def complete_follow_up(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """A contact interview held (the next one is scheduled) or an insured citizen categorised."""
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "note"})
    follow_up = open_follow_up_of(uow, a.identifier(args, "follow_up_id"), None)
    if follow_up.kind is FollowUpKind.HEARING:
        raise ValidationError("En partshøring afsluttes med et udfald, ikke som gennemført.")
    if follow_up.kind is FollowUpKind.PENDING_ABSENCE:
        raise ValidationError("En udeblivelse fra køen bekræftes eller afvises.")
    note = a.text(args, "note", "Bemærkningen", required=False, max_length=1000)
    close_follow_up(
        uow, follow_up, cmd, status=FollowUpStatus.DONE, outcome="gennemført", reason=note
    )
    result: dict[str, Any] = {"follow_up_id": follow_up.id, "next_follow_up_id": None}
    if follow_up.kind is FollowUpKind.CONTACT_INTERVIEW:
        following = next_contact(uow, follow_up, cmd, day_of(cmd))
        if following is not None:
            uow.visitation.add_follow_up(following)
            result |= {"next_follow_up_id": following.id, "next_due": following.due.isoformat()}
        prompt = reassessment_after_interview(uow, follow_up, cmd)
        if prompt is not None:
            result |= {"reassessment_id": prompt.id}
    return result


def next_contact(
    uow: UnitOfWork, done: FollowUp, cmd: CommandEnvelope, day: dt.date
) -> FollowUp | None:
    """The contact course goes on while the latest category calls for it: the reform's
    course by its due dates until its interviews are held, an older scheme's by its cycle."""
    decisions = uow.visitation.decisions_for(done.citizen_id)
    if not decisions:
        return None
    course = course_of(decisions, uow.visitation.schemes())
    if course is not None:
        # The reform's course: the next interview's due date from the first day; none after
        # the last (the loop stops).
        status = status_from(course, uow.visitation.follow_ups_for(done.citizen_id), (), day)
        if status.next_due is None:
            return None
        return FollowUp(
            id=derived_id(done.id, "next"),
            citizen_id=done.citizen_id,
            kind=done.kind,
            due=status.next_due,
            site_code=done.site_code,
            created_at=cmd.issued_at_dt,
            source_id=done.id,
            note=course.rule.label_da,
        )
    latest = decisions[0]
    scheme = find_scheme(uow.visitation.schemes(), latest.scheme_code, latest.scheme_version)
    category = scheme.category(latest.category) if scheme else None
    rule = next((r for r in (category.follow_ups if category else ()) if r.kind == done.kind), None)
    if rule is None:
        return None
    return FollowUp(
        id=derived_id(done.id, "next"),
        citizen_id=done.citizen_id,
        kind=done.kind,
        due=add_period(day, months=rule.months, days=rule.days),
        site_code=done.site_code,
        created_at=cmd.issued_at_dt,
        source_id=done.id,
        note=rule.label_da,
    )

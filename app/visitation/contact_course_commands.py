"""register_job_interview, grant_course_exemption: the reform's contact course.

A held job interview is a contact-interview follow-up closed as done: the citizen's
open one when there is one (as `complete_follow_up` closes it), else a record of
its own, held on the command's day. Either way the course counts it, and the next
interview is scheduled by the course's due dates; like every held contact interview it asks
for a re-assessment (app/visitation/reassessment.py). An exemption names one of the
course's reasons and is refused when the site would exempt more than the course's
limit (one in four) of its citizens in the course; the server counts again.
"""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.ports import UnitOfWork
from app.visitation.contact_course import (
    course_of,
    may_exempt_one_more,
    site_course_statuses,
    status_from,
)
from app.visitation.follow_up_commands import next_contact
from app.visitation.handler_support import (
    citizen_of,
    close_follow_up,
    day_of,
    follow_up_site,
)
from app.visitation.reassessment import reassessment_after_interview
from app.visitation.records import CourseExemption, FollowUp, FollowUpKind, FollowUpStatus


def register_job_interview(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"interview_id", "citizen_id", "note"})
    interview_id = a.identifier(args, "interview_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    note = a.text(args, "note", "Bemærkningen", required=False, max_length=1000)
    day = day_of(cmd)
    if uow.visitation.follow_up(interview_id) is not None:
        raise ConflictError("Jobsamtalen er allerede registreret.")
    if course_of(uow.visitation.decisions_for(citizen.id), uow.visitation.schemes()) is None:
        raise ValidationError("Borgeren er ikke i et kontaktforløb med jobsamtaler.")
    open_ones = uow.visitation.open_follow_ups(citizen.id, (FollowUpKind.CONTACT_INTERVIEW,))
    if open_ones:
        held = close_follow_up(
            uow, open_ones[0], cmd, status=FollowUpStatus.DONE, outcome="gennemført", reason=note
        )
    else:
        held = FollowUp(
            id=interview_id,
            citizen_id=citizen.id,
            kind=FollowUpKind.CONTACT_INTERVIEW,
            due=day,
            site_code=follow_up_site(uow, citizen.id, cmd),
            created_at=cmd.issued_at_dt,
            source_id=interview_id,
            status=FollowUpStatus.DONE,
            note="Jobsamtale",
            outcome="gennemført",
            outcome_reason=note,
            closed_at=cmd.issued_at_dt,
            closed_by=cmd.staff_id,
        )
        uow.visitation.add_follow_up(held)
    result: dict[str, Any] = {"follow_up_id": held.id, "next_follow_up_id": None}
    reassessment_after_interview(uow, held, cmd)  # as complete_follow_up: every interview asks
    following = next_contact(uow, held, cmd, day)
    if following is not None:
        uow.visitation.add_follow_up(following)
        result |= {"next_follow_up_id": following.id, "next_due": following.due.isoformat()}
    return result


def grant_course_exemption(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"exemption_id", "citizen_id", "reason_code", "note"})
    exemption_id = a.identifier(args, "exemption_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    day = day_of(cmd)
    if uow.visitation.exemption(exemption_id) is not None:
        raise ConflictError("Fritagelsen findes allerede med dette id.")
    course = course_of(uow.visitation.decisions_for(citizen.id), uow.visitation.schemes())
    if course is None:
        raise ValidationError("Borgeren er ikke i et kontaktforløb med jobsamtaler.")
    status = status_from(
        course,
        uow.visitation.follow_ups_for(citizen.id),
        uow.visitation.exemptions_for(citizen.id),
        day,
    )
    if not status.running_on(day):
        raise ValidationError(
            "Fritagelse gælder kun i forløbets første måneder (til og med {last:%d.%m.%Y}).",
            last=status.last_day,
        )
    if status.exemption is not None:
        raise ConflictError("Borgeren er allerede fritaget i dette kontaktforløb.")
    if status.site_code != cmd.site_code:
        raise ValidationError(
            "Borgerens kontaktforløb hører til en anden afdeling; fritagelsen gives dér."
        )
    reason_code = a.text(args, "reason_code", "Grunden", max_length=40)
    reason = course.rule.reason(reason_code)
    if reason is None:
        raise ValidationError(
            "Grunden «{reason_code}» kan ikke bruges til fritagelse.",
            reason_code=reason_code,
            field="reason_code",
        )
    note = a.text(args, "note", "Begrundelsen", required=False, max_length=1000)
    statuses = site_course_statuses(uow, cmd.site_code, day)
    exempted = sum(1 for s in statuses if s.exemption is not None)
    if not may_exempt_one_more(exempted, len(statuses), course.rule):
        raise ValidationError(
            "Højst {numerator} ud af {denominator} borgere i kontaktforløbet må fritages. "
            "Afdelingen har {exempted} fritaget af {in_course}.",
            numerator=course.rule.exemption_numerator,
            denominator=course.rule.exemption_denominator,
            exempted=exempted,
            in_course=len(statuses),
            field="reason_code",
        )
    uow.visitation.add_exemption(
        CourseExemption(
            id=exemption_id,
            citizen_id=citizen.id,
            site_code=cmd.site_code,
            course_start=course.first_day,
            reason_code=reason.code,
            note=note,
            scheme_code=course.scheme.code,
            scheme_version=course.scheme.version,
            granted_by=cmd.staff_id,
            granted_at=cmd.issued_at_dt,
        )
    )
    return {"exemption_id": exemption_id, "course_start": course.first_day.isoformat()}

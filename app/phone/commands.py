"""log_call: one call at the phone entrance, as a command (audited, synced).

Everything is checked from the arguments, the envelope and the store, so the server
re-runs it to the same result: the caller's CPR-found citizen exists, a CVR has its
check digit (python-stdnum, as the job shop checks it), a phone number has eight digits, a callback names the
phone ticket placed with it (in the same batch: `place_callback` first) and a handed
call names a known site. A job order or a kvikservice request names the order or request
created in the same batch (first), by the same staff member, for the calling company; a
job order's call goes to the site the order landed at. A citizen booked on a group
meeting names the booking made in the same batch (`book_group_meeting` first), by the same
staff member, for the calling citizen; the call goes to the session's site. Who took it
and where are the envelope's, never the arguments'.
"""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError, ValidationError
from app.jobshop.handler_support import clean_cvr
from app.jobshop.records import VacancyChannel
from app.phone.records import Call, CallerKind, CallOutcome, CallTopic
from app.ports import UnitOfWork
from app.queue.callbacks import is_callback, phone_number
from app.visitation.records import BookingStatus

ARGS = {
    "call_id",
    "caller_kind",
    "citizen_id",
    "cvr",
    "phone",
    "topic",
    "note",
    "outcome",
    "to_site",
    "callback_ticket_id",
    "vacancy_id",
    "kvik_request_id",
    "booking_id",
}


def _caller(uow: UnitOfWork, args: dict[str, Any], kind: CallerKind) -> tuple[str | None, str, str]:
    """(citizen id, CVR, phone) as the caller's kind asks for them."""
    phone_text = a.text(args, "phone", "Telefonnummeret", required=False, max_length=30)
    phone = phone_number(phone_text) if phone_text else ""
    if kind is CallerKind.CITIZEN:
        citizen_id = a.identifier(args, "citizen_id")
        if uow.citizens.get(citizen_id) is None:
            raise NotFoundError("Borgeren findes ikke.")
        return citizen_id, "", phone
    if kind is CallerKind.COMPANY:
        return None, clean_cvr(a.text(args, "cvr", "CVR-nummeret", max_length=20)), phone
    if kind is CallerKind.PHONE:
        if not phone:
            raise ValidationError("Skriv opkaldets telefonnummer.", field="phone")
        return None, "", phone
    return None, "", ""


def _company_order(
    uow: UnitOfWork, cmd: CommandEnvelope, args: dict[str, Any], outcome: CallOutcome, cvr: str
) -> tuple[str | None, str | None, str]:
    """(job order id, kvik request id, site it went to) for a call that placed one."""
    if outcome is CallOutcome.JOB_ORDER:
        vacancy = uow.jobshop.vacancy(a.identifier(args, "vacancy_id"))
        if vacancy is None or vacancy.channel is not VacancyChannel.PHONE:
            raise NotFoundError("Jobordren fra opkaldet findes ikke.")
        ids: tuple[str | None, str | None] = (vacancy.id, None)
        company_id, made_by = vacancy.company_id, vacancy.created_by
        to_site = vacancy.lands_at
    else:
        request = uow.jobshop.kvik_request(a.identifier(args, "kvik_request_id"))
        if request is None:
            raise NotFoundError("Kvikservice-forespørgslen fra opkaldet findes ikke.")
        ids = (None, request.id)
        company_id, made_by = request.company_id, request.staff_id
        to_site = request.site_code
    if made_by != cmd.staff_id:
        raise ValidationError("Opkaldet kan kun nævne det, den samme medarbejder oprettede.")
    company = uow.jobshop.company(company_id)
    if company is None or (cvr and company.cvr and company.cvr != cvr):
        raise ValidationError(
            "Virksomheden med CVR-nummeret {cvr} er ikke den, der står på ordren.", cvr=cvr
        )
    return ids[0], ids[1], to_site


def _booking(
    uow: UnitOfWork, cmd: CommandEnvelope, args: dict[str, Any], citizen_id: str | None
) -> tuple[str, str]:
    """(booking id, the session's site) for a call that booked the citizen on a meeting."""
    booking = uow.visitation.booking(a.identifier(args, "booking_id"))
    if booking is None or booking.status is not BookingStatus.BOOKED:
        raise NotFoundError("Bookingen fra opkaldet findes ikke.")
    if booking.staff_id != cmd.staff_id:
        raise ValidationError("Opkaldet kan kun nævne det, den samme medarbejder oprettede.")
    if citizen_id is None or booking.citizen_id != citizen_id:
        raise ValidationError("Bookingen hører til en anden borger.", field="caller_kind")
    session = uow.visitation.session(booking.session_id)
    if session is None:
        raise NotFoundError("Mødet findes ikke.")
    named = a.text(args, "to_site", "Afdelingen", required=False, max_length=8)
    if named and named != session.site_code:
        raise ValidationError(
            "Mødet holdes ikke i afdelingen «{site_code}».", site_code=named, field="to_site"
        )
    return booking.id, session.site_code


def log_call(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = dict(cmd.args)
    a.reject_unknown(args, ARGS)
    call_id = a.identifier(args, "call_id")
    kind = a.choice(args, "caller_kind", "Hvem der ringer", CallerKind)
    topic = a.choice(args, "topic", "Emnet", CallTopic)
    outcome = a.choice(args, "outcome", "Udfaldet", CallOutcome)
    note = a.text(args, "note", "Noten", required=False, max_length=1000)
    citizen_id, cvr, phone = _caller(uow, args, kind)
    to_site, ticket_id, vacancy_id, kvik_id, booking_id = "", None, None, None, None
    if outcome in (CallOutcome.JOB_ORDER, CallOutcome.KVIK):
        if kind is not CallerKind.COMPANY:
            raise ValidationError(
                "En jobordre eller kvikservice kræver, at en virksomhed ringer (CVR-nummer).",
                field="caller_kind",
            )
        vacancy_id, kvik_id, to_site = _company_order(uow, cmd, args, outcome, cvr)
    elif outcome is CallOutcome.BOOKED:
        if kind is not CallerKind.CITIZEN:
            raise ValidationError(
                "En booking på et møde kræver, at borgeren ringer (CPR-nummer).",
                field="caller_kind",
            )
        booking_id, to_site = _booking(uow, cmd, args, citizen_id)
    elif outcome is CallOutcome.CALLBACK:
        ticket_id = a.identifier(args, "callback_ticket_id")
        ticket = uow.tickets.get(ticket_id)
        if ticket is None or not is_callback(ticket):
            raise NotFoundError("Tilbagekaldet findes ikke.")
        if citizen_id is None:
            raise ValidationError("Et tilbagekald kræver, at borgeren er fundet.")
        visit = uow.visits.get(ticket.visit_id)
        if visit is None or visit.citizen_id != citizen_id:
            raise ValidationError("Tilbagekaldet hører til en anden borger.")
        to_site = ticket.site_code
    elif outcome is CallOutcome.HANDED:
        to_site = a.text(args, "to_site", "Afdelingen", max_length=8)
        if uow.reference.site(to_site) is None:
            raise ValidationError(
                "Afdelingen «{site_code}» kendes ikke.", site_code=to_site, field="to_site"
            )
    if uow.phone.call(call_id) is not None:
        raise ConflictError("Opkaldet findes allerede med dette id.")
    uow.phone.add_call(
        Call(
            id=call_id,
            site_code=cmd.site_code,
            staff_id=cmd.staff_id,
            taken_at=cmd.issued_at_dt,
            caller_kind=kind,
            citizen_id=citizen_id,
            cvr=cvr,
            phone=phone,
            topic=topic,
            note=note,
            outcome=outcome,
            to_site=to_site,
            callback_ticket_id=ticket_id,
            vacancy_id=vacancy_id,
            kvik_request_id=kvik_id,
            booking_id=booking_id,
        )
    )
    return {"call_id": call_id, "outcome": outcome.value, "to_site": to_site}

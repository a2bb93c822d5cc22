"""Callbacks: a citizen who called is rung back from a counter, through the same queue.

A callback is a ticket of channel "phone": it waits in its service's queue at the site
that is to ring back, with a phone number instead of a seat in the waiting room (the
waiting-room display leaves it out). A counsellor calls it like a walk-in — the same
profiles, the same one-citizen-per-counter rule, the first call to reach the server
wins — and rings the number. Not answered, it goes back to the end of the queue, up to
`MAX_NO_ANSWERS` times; then it is given up (no-show). "Ring next" leaves it out until
`RETRY_GAP` has passed (`ready_to_ring`); calling that very ticket rings it at once.

`place_callback` makes the visit and the ticket in one command, at any of the sites (the
phone entrance is shared by the three): its number is "T", the placing site's letter and
the placing workstation's own series, so no two desks hand out the same number offline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Ticket, TicketStatus, Visit
from app.errors import ConflictError, NotFoundError, TicketNumberTakenError, ValidationError
from app.ports import UnitOfWork
from app.queue.lifecycle import IllegalTransitionError

WALK_IN = "walk_in"
PHONE = "phone"
MAX_NO_ANSWERS = 3
# The supervisor's overview shows a site's callbacks as one queue of this code, with the
# share first rung within this target of being placed as its service level.
CALLBACKS = "tilbagekald"
CALLBACK_TARGET = dt.timedelta(hours=2)
# A number that rang out is not rung again by "ring next" (Shift+F2) before this gap:
# someone who missed the phone is still in the shower, on the bus or on another call a
# minute later, and a re-ring then only burns one of the `MAX_NO_ANSWERS` tries (the
# callbacks bench found a quarter of re-rings within a minute). Ten minutes is the common
# retry interval of contact-centre callbacks (5-15 min); three tries still span only
# 20-odd minutes of a six-hour ringing day, and the gap holds no counter up: the next
# callback or walk-in is rung meanwhile. A counsellor may still ring the number early on
# purpose by calling that ticket (F5); only the automatic pick waits.
RETRY_GAP = dt.timedelta(minutes=10)

_PHONE = re.compile(r"^(?:\+45|0045)?(\d{8})$")


def phone_number(text: str) -> str:
    """A Danish phone number as eight digits (spaces, dashes and +45 allowed when typed)."""
    found = _PHONE.match(re.sub(r"[\s\-.]", "", text or ""))
    if found is None:
        raise ValidationError(
            "Telefonnummeret «{phone}» skal have 8 cifre (evt. med +45 foran).",
            field="phone",
            phone=text,
        )
    return found.group(1)


def callback_number(site_code: str, series: int, sequence: int) -> str:
    return f"T{site_code[:1]}{series}-{sequence:03d}"


def is_callback(ticket: Ticket) -> bool:
    return ticket.channel == PHONE


def ready_at(ticket: Ticket) -> dt.datetime | None:
    """When `ready_to_ring` lets the waiting ticket be rung again, None if it may be at once.

    The last ring is not stored (`callback_not_answered` clears `called_at`), but the
    moment the counsellor reported it rang out is: the re-queue sets `queued_at`, just
    after the ring. A callback waiting with `first_called_at` and `no_answers` came back
    that way; a transfer clears `first_called_at` (a new queue's wait, not a retry), and a
    walk-in or a callback not yet rung has no gap at all.
    """
    rang_out = ticket.no_answers > 0 and ticket.first_called_at is not None
    if not is_callback(ticket) or not rang_out or ticket.queued_at is None:
        return None
    return ticket.queued_at + RETRY_GAP


def ready_to_ring(ticket: Ticket, now: dt.datetime) -> bool:
    """May "call next" pick it now? Not a callback that rang out less than `RETRY_GAP`
    ago (`QueueService.callable_next` and the callbacks bench share this rule)."""
    at = ready_at(ticket)
    return at is None or now >= at


def place_callback(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(
        args,
        {"ticket_id", "visit_id", "citizen_id", "service_code", "site_code", "phone"}
        | {"series", "sequence", "note"},
    )
    ticket_id = a.identifier(args, "ticket_id")
    visit_id = a.identifier(args, "visit_id")
    citizen_id = a.identifier(args, "citizen_id")
    service_code = a.text(args, "service_code", "Henvendelsesårsagen", max_length=40)
    site_code = a.text(args, "site_code", "Afdelingen", max_length=8)
    phone = phone_number(a.text(args, "phone", "Telefonnummeret", max_length=30))
    series = a.integer(args, "series", "Nummerserien", minimum=1, maximum=99)
    sequence = a.integer(args, "sequence", "Løbenummeret", minimum=1, maximum=999)
    note = a.text(args, "note", "Bemærkningen", required=False, max_length=500)
    if uow.citizens.get(citizen_id) is None:
        raise NotFoundError("Borgeren findes ikke.")
    if uow.reference.site(site_code) is None:
        raise ValidationError(
            "Afdelingen «{site_code}» kendes ikke.", site_code=site_code, field="site_code"
        )
    service = uow.reference.service(service_code)
    if service is None:
        raise ValidationError(
            "Henvendelsesårsagen «{service_code}» kendes ikke.",
            service_code=service_code,
            field="service_code",
        )
    if uow.visits.get(visit_id) is not None or uow.tickets.get(ticket_id) is not None:
        raise ConflictError("Tilbagekaldet findes allerede med dette id.")
    day = service_day(cmd.issued_at_dt)
    number = callback_number(cmd.site_code, series, sequence)
    if uow.tickets.number_taken(site_code, day, number):
        raise TicketNumberTakenError(
            "Billetnummeret {number} er allerede udstedt i dag.", number=number
        )
    uow.visits.add(
        Visit(
            id=visit_id,
            citizen_id=citizen_id,
            site_code=site_code,
            service_code=service.code,
            started_at=cmd.issued_at_dt,
            workstation_id=cmd.workstation_id,
            staff_id=cmd.staff_id,
            note=note,
        )
    )
    uow.tickets.add(
        Ticket(
            id=ticket_id,
            visit_id=visit_id,
            site_code=site_code,
            service_code=service.code,
            service_day=day,
            series=series,
            sequence=sequence,
            number=number,
            issued_at=cmd.issued_at_dt,
            workstation_id=cmd.workstation_id,
            queued_at=cmd.issued_at_dt,
            channel=PHONE,
            phone=phone,
        )
    )
    return {"ticket_id": ticket_id, "number": number, "site_code": site_code}


def callback_not_answered(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """The number rang out: back to the end of the queue, or given up at the limit."""
    a.reject_unknown(cmd.args, {"ticket_id"})
    ticket = uow.tickets.get_for_update(a.identifier(cmd.args, "ticket_id"))
    if ticket is None:
        raise NotFoundError("Billetten findes ikke.")
    if ticket.site_code != cmd.site_code:
        raise ValidationError("Billet {number} hører til en anden afdeling.", number=ticket.number)
    if not is_callback(ticket):
        raise ValidationError("Billet {number} er ikke et tilbagekald.", number=ticket.number)
    if ticket.status is not TicketStatus.CALLED:
        raise IllegalTransitionError(
            "Tilbagekald {number} er ikke kaldt op og kan ikke meldes uden svar.",
            number=ticket.number,
        )
    tries = ticket.no_answers + 1
    if tries >= MAX_NO_ANSWERS:
        given_up = dataclasses.replace(
            ticket,
            status=TicketStatus.NO_SHOW,
            no_answers=tries,
            finished_at=cmd.issued_at_dt,
        )
        uow.tickets.save(given_up)
        return {"ticket_id": ticket.id, "status": given_up.status.value, "no_answers": tries}
    again = dataclasses.replace(
        ticket,
        status=TicketStatus.WAITING,
        no_answers=tries,
        counter_number=None,
        called_at=None,
        called_by=None,
        recall_count=0,
        queued_at=cmd.issued_at_dt,  # the end of the queue: the others waited too
    )
    uow.tickets.save(again)
    return {"ticket_id": ticket.id, "status": again.status.value, "no_answers": tries}

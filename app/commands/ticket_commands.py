"""issue_ticket: a queue number unique per site and day, even offline.

The client allocates the number from its own series (one series per
workstation of a site), so two workstations never hand out the same number
without talking to each other; the number travels in the command so the
server re-runs it to the same result.
"""

from __future__ import annotations

from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Ticket, ticket_number
from app.errors import ConflictError, NotFoundError, TicketNumberTakenError, ValidationError
from app.ports import UnitOfWork


def issue_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"ticket_id", "visit_id", "series", "sequence"})
    ticket_id = a.identifier(args, "ticket_id")
    visit = uow.visits.get(a.identifier(args, "visit_id"))
    if visit is None:
        raise NotFoundError("Besøget findes ikke.")
    service = uow.reference.service(visit.service_code)
    if service is None:
        raise ValidationError(
            "Henvendelsesårsagen «{service_code}» kendes ikke.", service_code=visit.service_code
        )
    series = a.integer(args, "series", "Nummerserien", minimum=1, maximum=99)
    sequence = a.integer(args, "sequence", "Løbenummeret", minimum=1, maximum=999)
    day = service_day(cmd.issued_at_dt)
    number = ticket_number(service.letter, series, sequence)
    if uow.tickets.get(ticket_id) is not None:
        raise ConflictError("Billetten findes allerede med dette id.")
    if uow.tickets.number_taken(visit.site_code, day, number):
        raise TicketNumberTakenError(
            "Billetnummeret {number} er allerede udstedt i dag.", number=number
        )
    uow.tickets.add(
        Ticket(
            id=ticket_id,
            visit_id=visit.id,
            site_code=visit.site_code,
            service_code=service.code,
            service_day=day,
            series=series,
            sequence=sequence,
            number=number,
            issued_at=cmd.issued_at_dt,
            workstation_id=cmd.workstation_id,
            queued_at=cmd.issued_at_dt,
        )
    )
    return {"ticket_id": ticket_id, "number": number}

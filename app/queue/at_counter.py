"""Who stands at a counter now: its called or served ticket, with the citizen behind it.

Read from the store, never remembered by a screen, so a desk that restarts or a
receptionist who signs in finds the citizen the counter still holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cpr import mask_cpr
from app.entities import Ticket, TicketStatus
from app.ports import UnitOfWork

HELD = (TicketStatus.CALLED.value, TicketStatus.SERVING.value)


@dataclass(frozen=True, slots=True)
class CitizenAtCounter:
    ticket: Ticket
    full_name: str  # empty when the visit's citizen is not in this store
    masked_cpr: str
    service_name: str  # the reason for the visit
    note: str  # what the registration wrote on the visit, if anything
    also_held: tuple[str, ...] = ()  # other tickets the counter holds (from before the rule)

    def waited(self, now: dt.datetime) -> dt.timedelta:
        """The citizen's wait: from arrival in the queue to the first call (to now before)."""
        until = self.ticket.first_called or now
        return max(until - self.ticket.arrival, dt.timedelta(0))


def citizen_at_counter(
    uow: UnitOfWork, site_code: str, day: dt.date, counter: int
) -> CitizenAtCounter | None:
    """The counter's current ticket: the first called of those it holds (one, normally)."""
    held = sorted(
        (
            t
            for t in uow.tickets.in_queue(site_code, day, list(HELD))
            if t.counter_number == counter
        ),
        key=lambda t: (t.first_called or t.issued_at, t.number),
    )
    if not held:
        return None
    ticket = held[0]
    visit = uow.visits.get(ticket.visit_id)
    citizen = uow.citizens.get(visit.citizen_id) if visit else None
    service = uow.reference.service(ticket.service_code)
    return CitizenAtCounter(
        ticket=ticket,
        full_name=citizen.full_name if citizen else "",
        masked_cpr=mask_cpr(citizen.cpr) if citizen else "",
        service_name=service.name_da if service else ticket.service_code,
        note=visit.note if visit else "",
        also_held=tuple(t.number for t in held[1:]),
    )

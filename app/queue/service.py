"""What a counter does: see its queue, call the next citizen, and move tickets on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.entities import Ticket, TicketStatus
from app.errors import ValidationError
from app.ports import UnitOfWorkFactory
from app.queue.day_statistics import StatisticsRow, by_counter, by_service
from app.queue.figures import ServiceFigures, figures_for
from app.queue.lifecycle import IllegalTransitionError
from app.queue.overview import Overview, WorkstationPresence, site_overview
from app.workstation import WorkstationConfig


class QueueService:
    """`profile` lists the services this counter serves, most important first."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        profile: Sequence[str],
    ) -> None:
        self._uow_factory = uow_factory
        self._bus = bus
        self._ws = workstation
        self._profile = list(profile)

    def waiting(self) -> list[Ticket]:
        """The counter's queue in the order "call next" takes it: profile priority, then
        arrival (a transferred ticket keeps its place)."""
        with self._uow_factory() as uow:
            tickets = uow.tickets.in_queue(
                self._ws.site_code, service_day(utc_now()), [TicketStatus.WAITING.value]
            )
        rank = {code: i for i, code in enumerate(self._profile)}
        mine = [t for t in tickets if t.service_code in rank]
        return sorted(mine, key=lambda t: (rank[t.service_code], t.arrival, t.number))

    def call_next(self) -> Ticket | None:
        """Call the first waiting ticket; if another counter got it first, take the next."""
        for candidate in self.waiting():
            try:
                self.act("call_ticket", candidate.id, counter_number=self._ws.counter_number)
            except IllegalTransitionError:
                continue  # called elsewhere a moment ago
            return self.ticket(candidate.id)
        return None

    def call_specific(self, ticket_id: str) -> Ticket | None:
        """Call a named ticket out of turn; refused like any call if it is no longer waiting."""
        self.act("call_ticket", ticket_id, counter_number=self._ws.counter_number)
        return self.ticket(ticket_id)

    def act(self, command_name: str, ticket_id: str, **args: object) -> dict[str, object]:
        """Any lifecycle move (recall_ticket, start_serving, finish_ticket, …) as a command."""
        return self._bus.execute_one(
            self._ws.envelope(command_name, 1, {"ticket_id": ticket_id, **args})
        )

    def site_tickets(self) -> list[Ticket]:
        """Every ticket of today at this site, in queue order."""
        with self._uow_factory() as uow:
            return list(
                uow.tickets.in_queue(
                    self._ws.site_code, service_day(utc_now()), [s.value for s in TicketStatus]
                )
            )

    def last_called(self, limit: int = 6) -> list[Ticket]:
        """For the waiting-room display: the most recent calls first."""
        called = [
            t
            for t in self.site_tickets()
            if t.status in (TicketStatus.CALLED, TicketStatus.SERVING)
        ]
        return sorted(called, key=lambda t: t.called_at or t.issued_at, reverse=True)[:limit]

    def figures(self, service_codes: Sequence[str]) -> list[ServiceFigures]:
        tickets, now = self.site_tickets(), utc_now()
        return [figures_for(code, tickets, now) for code in service_codes]

    def local_overview(self, service_codes: Sequence[str]) -> Overview:
        """This site only, from the local store: what a supervisor sees without a server."""
        now = utc_now()
        tickets = self.site_tickets()
        with self._uow_factory() as uow:
            site = uow.reference.site(self._ws.site_code)
            staff = {m.id: m.name for m in uow.reference.staff()}
        me = WorkstationPresence(self._ws.workstation_id, self._ws.counter_number, True, now)
        return Overview(
            as_of=now,
            sites=(
                site_overview(
                    self._ws.site_code,
                    site.name if site else self._ws.site_code,
                    tickets,
                    service_codes,
                    now,
                    staff.get,
                    [me],
                ),
            ),
        )

    def statistics(
        self, first_day: dt.date, last_day: dt.date, *, all_sites: bool = False
    ) -> tuple[list[StatisticsRow], list[StatisticsRow]]:
        """(per counter, per service) for the days, of this site or of every site whose
        tickets this store holds (with sync: what the server has sent)."""
        if last_day < first_day:
            raise ValidationError("Slutdatoen ligger før startdatoen.", field="last_day")
        with self._uow_factory() as uow:
            tickets = uow.tickets.between(
                None if all_sites else self._ws.site_code, first_day, last_day
            )
        return by_counter(tickets), by_service(tickets)

    def ticket(self, ticket_id: str) -> Ticket | None:
        with self._uow_factory() as uow:
            return uow.tickets.get(ticket_id)

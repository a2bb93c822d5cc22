"""What a counter does: see its queue, call the next citizen, and move tickets on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.entities import Staff, Ticket, TicketStatus
from app.errors import ValidationError
from app.opening_hours import OpeningHours
from app.ports import UnitOfWorkFactory
from app.queue.at_counter import CitizenAtCounter, citizen_at_counter
from app.queue.callbacks import PHONE, WALK_IN, ready_at, ready_to_ring
from app.queue.counter_services import effective_profile
from app.queue.day_statistics import StatisticsRow, by_counter, by_service
from app.queue.figures import ServiceFigures, figures_for
from app.queue.lifecycle import IllegalTransitionError
from app.queue.overview import Overview, WorkstationPresence, site_overview
from app.queue.targets import is_for, reserved_for_others
from app.reference_data.readers import EntranceHours
from app.workstation import WorkstationConfig


@dataclass(frozen=True, slots=True)
class QueueDirectory:
    counters: tuple[int, ...]
    staff: tuple[Staff, ...]


class QueueService:
    """`profile` lists the services this counter serves, most important first; `hours`
    reads the site's opening hours for the figures (None: every minute counts as open);
    `clock` is the moment a callback's retry gap is measured against (a test moves it)."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        profile: Sequence[str],
        *,
        hours: EntranceHours | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._bus = bus
        self._ws = workstation
        self._profile = list(profile)
        self._hours = hours

    def _signed_in(self) -> str | None:
        """Who sits here now (None while the desk is locked): a ticket sent to them is theirs."""
        current = self._ws.signed_in
        if current is None:
            return self._ws.staff_id
        return current.session.staff_id if current.session else None

    def profile(self) -> list[str]:
        """The counter's services today: the seed's, as a supervisor opened or closed them."""
        with self._uow_factory() as uow:
            settings = uow.counter_services.for_day(self._ws.site_code, service_day(utc_now()))
        return effective_profile(self._profile, settings, self._ws.counter_number)

    def waiting(self) -> list[Ticket]:
        """The counter's list in the order "call next" takes it: profile priority, then
        arrival (a transferred ticket keeps its place). Tickets sent to this counter or to
        the person signed in come first-priority whatever their queue; tickets of these
        queues sent to another counter or person are listed (marked) but not called next."""
        day = service_day(utc_now())
        with self._uow_factory() as uow:  # one read: the profile and the queue agree
            settings = uow.counter_services.for_day(self._ws.site_code, day)
            tickets = uow.tickets.in_queue(self._ws.site_code, day, [TicketStatus.WAITING.value])
        profile = effective_profile(self._profile, settings, self._ws.counter_number)
        me = self._signed_in()
        rank = {code: i for i, code in enumerate(profile)}

        def place(t: Ticket) -> int | None:
            if is_for(t, self._ws.counter_number, me):  # sent here: first priority
                return 0
            return rank.get(t.service_code)

        placed = [(p, t) for t in tickets if (p := place(t)) is not None]
        placed.sort(key=lambda pt: (pt[0], pt[1].arrival, pt[1].number))
        return [t for _p, t in placed]

    def callable_next(self, channel: str = WALK_IN) -> list[Ticket]:
        """`waiting()` of one channel (walk-ins, or callbacks to ring) without the tickets
        reserved for another counter or person, nor callbacks that rang out less than
        `RETRY_GAP` ago (`ready_to_ring`; `call_specific` still rings them)."""
        now = self._clock()
        return [t for t in self._of_channel(channel) if ready_to_ring(t, now)]

    def next_callback_ready(self) -> dt.datetime | None:
        """When the first callback held back by its retry gap may be rung (None: none is)."""
        now = self._clock()
        held = [at for t in self._of_channel(PHONE) if (at := ready_at(t)) and at > now]
        return min(held, default=None)

    def _of_channel(self, channel: str) -> list[Ticket]:
        me, counter = self._signed_in(), self._ws.counter_number
        return [
            t
            for t in self.waiting()
            if t.channel == channel and not reserved_for_others(t, counter, me)
        ]

    def call_next(self, channel: str = WALK_IN) -> Ticket | None:
        """Call the first waiting ticket of the channel; if another counter got it first,
        take the next. A ticket reserved for another counter or person is skipped."""
        for candidate in self.callable_next(channel):
            try:
                self.act("call_ticket", candidate.id, counter_number=self._ws.counter_number)
            except IllegalTransitionError:
                continue  # called elsewhere a moment ago
            return self.ticket(candidate.id)
        return None

    def call_next_callback(self) -> Ticket | None:
        """The next callback to ring, by the same profiles and the same first-call-wins."""
        return self.call_next(PHONE)

    def not_answered(self, ticket_id: str) -> Ticket | None:
        """The callback rang out: back in the queue, or given up at the limit."""
        self.act("callback_not_answered", ticket_id)
        return self.ticket(ticket_id)

    def call_specific(self, ticket_id: str) -> Ticket | None:
        """Call a named ticket out of turn; refused like any call if it is no longer waiting."""
        self.act("call_ticket", ticket_id, counter_number=self._ws.counter_number)
        return self.ticket(ticket_id)

    def at_counter(self) -> CitizenAtCounter | None:
        """Who this counter holds now, as the store says (after a restart too)."""
        with self._uow_factory() as uow:
            return citizen_at_counter(
                uow, self._ws.site_code, service_day(utc_now()), self._ws.counter_number
            )

    def finish(self, ticket_id: str) -> Ticket | None:
        """Done, from called or serving: serving is implied by the citizen at the counter."""
        self._bus.execute_one(self._ws.envelope("finish_ticket", 2, {"ticket_id": ticket_id}))
        return self.ticket(ticket_id)

    def undo_no_show(self, ticket_id: str) -> Ticket | None:
        """Take a mistaken no-show back: the ticket is called at this counter again."""
        self.act("undo_no_show", ticket_id)
        return self.ticket(ticket_id)

    def act(self, command_name: str, ticket_id: str, **args: object) -> dict[str, object]:
        """Any lifecycle move (recall_ticket, start_serving, finish_ticket, …) as a command."""
        return self._bus.execute_one(
            self._ws.envelope(command_name, 1, {"ticket_id": ticket_id, **args})
        )

    def transfer(
        self,
        ticket_id: str,
        service_code: str,
        *,
        keep_arrival: bool = True,
        to_counter: int | None = None,
        to_staff: str | None = None,
    ) -> dict[str, object]:
        """To a queue, optionally reserved for one counter or one staff member (v2)."""
        args: dict[str, object] = {
            "ticket_id": ticket_id,
            "service_code": service_code,
            "keep_arrival": keep_arrival,
        }
        if to_counter is not None:
            args["to_counter"] = to_counter
        if to_staff is not None:
            args["to_staff"] = to_staff
        return self._bus.execute_one(self._ws.envelope("transfer_ticket", 2, args))

    def set_counter_service(self, counter_number: int, service_code: str, is_open: bool) -> None:
        """A supervisor opens or closes a service at a counter of this site, for today."""
        self._bus.execute_one(
            self._ws.envelope(
                "set_counter_service",
                1,
                {"counter_number": counter_number, "service_code": service_code, "open": is_open},
            )
        )

    def counter_profiles(self, base: Callable[[int], Sequence[str]]) -> dict[int, list[str]]:
        """Every counter of this site with the services it calls today; `base` gives a
        counter's seeded profile."""
        with self._uow_factory() as uow:
            counters = [c.number for c in uow.reference.counters(self._ws.site_code)]
            settings = uow.counter_services.for_day(self._ws.site_code, service_day(utc_now()))
        return {n: effective_profile(base(n), settings, n) for n in sorted(counters)}

    def directory(self) -> QueueDirectory:
        """Where a ticket can be sent at this site: its counters and its staff."""
        with self._uow_factory() as uow:
            counters = tuple(sorted(c.number for c in uow.reference.counters(self._ws.site_code)))
            staff = tuple(uow.reference.staff(self._ws.site_code))
        return QueueDirectory(counters, staff)

    def site_waiting(self) -> list[Ticket]:
        """Every waiting ticket of this site, by arrival (the supervisor moves them)."""
        with self._uow_factory() as uow:
            return list(
                uow.tickets.in_queue(
                    self._ws.site_code, service_day(utc_now()), [TicketStatus.WAITING.value]
                )
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

    def opening_hours(self, now: dt.datetime) -> OpeningHours | None:
        """The site's hours as they stand on the day of `now` (None: not counted)."""
        if self._hours is None:
            return None
        with self._uow_factory() as uow:
            return self._hours(uow, self._ws.site_code, service_day(now))

    def figures(
        self,
        service_codes: Sequence[str],
        *,
        tickets: Sequence[Ticket] | None = None,
        now: dt.datetime | None = None,
    ) -> list[ServiceFigures]:
        """Each queue's figures at `now` (the clock's), from `tickets` when the caller has
        read today's already (the waiting-room display reads them once for both halves)."""
        moment = now or utc_now()
        site_tickets = self.site_tickets() if tickets is None else tickets
        hours = self.opening_hours(moment)
        return [figures_for(code, site_tickets, moment, hours=hours) for code in service_codes]

    def local_overview(self, service_codes: Sequence[str]) -> Overview:
        """This site only, from the local store: what a supervisor sees without a server."""
        now = utc_now()
        tickets = self.site_tickets()
        hours = self.opening_hours(now)
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
                    hours=hours,
                ),
            ),
        )

    def today(self) -> dt.date:
        """The service day now, in Copenhagen (not the PC's own time zone)."""
        return service_day(self._clock())

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

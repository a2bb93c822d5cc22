"""Placing a callback from a desk (the phone entrance or any counter): one command that
makes the visit and the ticket at the site that is to ring back."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import new_id, utc_now
from app.errors import ConflictError, TicketNumberTakenError
from app.ports import UnitOfWorkFactory
from app.queue.callbacks import PHONE, phone_number
from app.workstation import WorkstationConfig


@dataclass(frozen=True, slots=True)
class PlacedCallback:
    ticket_id: str
    number: str
    site_code: str
    phone: str


class CallbackService:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, bus: CommandBus, workstation: WorkstationConfig
    ) -> None:
        self._uow_factory, self._bus, self._ws = uow_factory, bus, workstation

    def next_sequence(self) -> int:
        """One more than this workstation's callbacks today, at whichever site."""
        day = service_day(utc_now())
        with self._uow_factory() as uow:
            mine = [
                t.sequence
                for t in uow.tickets.between(None, day, day)
                if t.channel == PHONE and t.workstation_id == self._ws.workstation_id
            ]
        return max(mine, default=0) + 1

    def place(
        self,
        citizen_id: str,
        service_code: str,
        phone: str,
        *,
        site_code: str | None = None,
        note: str = "",
    ) -> PlacedCallback:
        """A callback in `service_code`'s queue at `site_code` (this desk's own by default).
        A wrong phone number is refused before anything is written."""
        number = phone_number(phone)
        site = site_code or self._ws.site_code
        ticket_id, visit_id = new_id(), new_id()
        sequence = self.next_sequence()
        for _attempt in range(3):
            try:
                result = self._bus.execute_one(
                    self._ws.envelope(
                        "place_callback",
                        1,
                        {
                            "ticket_id": ticket_id,
                            "visit_id": visit_id,
                            "citizen_id": citizen_id,
                            "service_code": service_code,
                            "site_code": site,
                            "phone": number,
                            "series": self._ws.ticket_series,
                            "sequence": sequence,
                            "note": note,
                        },
                    )
                )
                return PlacedCallback(ticket_id, str(result["number"]), site, number)
            except TicketNumberTakenError:
                sequence += 1  # placed by this workstation in another process: the next
        raise ConflictError("Der kunne ikke tildeles et ledigt billetnummer. Prøv igen.")

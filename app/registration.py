"""The receptionist's use cases: find or register a citizen, start a visit, issue a ticket."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.clock import service_day
from app.commands.bus import CommandBus
from app.commands.envelope import new_id, utc_now
from app.cpr import Cpr, looks_like_cpr, mask_cpr, parse_cpr
from app.entities import (
    Citizen,
    Service,
    SupportBasis,
    SupportBasisInfo,
    TicketStatus,
    ticket_number,
)
from app.errors import ConflictError, NotFoundError, TicketNumberTakenError, ValidationError
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.queue.figures import figures_for
from app.reference_data.readers import EntranceHours, basis_flags
from app.reference_data.readers import support_bases as bases_in_force
from app.workstation import WorkstationConfig

if TYPE_CHECKING:
    from app.security.audit_trail import AuditTrail

VIEW_PURPOSE = "Henvendelse ved skranken"  # why a receptionist opens a record


@dataclass(frozen=True, slots=True)
class VisitLine:
    started_at: dt.datetime
    site_code: str
    service_name: str


@dataclass(frozen=True, slots=True)
class CitizenCard:
    """What the desk shows about a citizen; the CPR is masked unless asked for."""

    citizen: Citizen
    recent_visits: tuple[VisitLine, ...]
    # The support basis's flags in the reference data in force: the desk offers a
    # visitation for either (categorisation at once, or the insured's deadline).
    primary_visitation: bool = False
    akasse_report: bool = False

    @property
    def masked_cpr(self) -> str:
        return mask_cpr(self.citizen.cpr)


@dataclass(frozen=True, slots=True)
class SearchHit:
    citizen_id: str
    masked_cpr: str
    full_name: str
    support_basis: SupportBasis


@dataclass(frozen=True, slots=True)
class NewCitizen:
    cpr: str
    given_name: str
    family_name: str
    support_basis: SupportBasis
    a_kasse: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class TicketReceipt:
    ticket_id: str
    number: str
    service_name: str
    site_name: str
    issued_at: dt.datetime
    expected_wait_min: int | None = None  # printed on the ticket; None for a walk-in
    after_closing: bool = False  # the wait would run past closing: no minutes are promised
    opens_at: dt.datetime | None = None  # drawn before opening: the wait counts from then


@dataclass(frozen=True, slots=True)
class OpenTicket:
    """A ticket of today the citizen still holds in the queue at this site."""

    number: str
    service_name: str
    status: TicketStatus


STILL_IN_QUEUE = (TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.PARKED)


class RegistrationService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        audit: AuditTrail | None = None,
        hours: EntranceHours | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._bus = bus
        self._ws = workstation
        # Every look-up of a person is logged (who, when, whom, why); None in scripts.
        self._audit = audit
        # The site's opening hours for the printed expected wait; None: not counted.
        self._hours = hours

    # --- reading -----------------------------------------------------------------
    def services(self) -> list[Service]:
        with self._uow_factory() as uow:
            return sorted(uow.reference.services(), key=lambda s: (s.sort_order, s.name_da))

    def support_bases(self, on: dt.date | None = None) -> list[SupportBasisInfo]:
        """The bases a *new* registration may choose today (old ones stay on old records)."""
        day = on or service_day(utc_now())
        with self._uow_factory() as uow:
            return [info for info in bases_in_force(uow, day) if info.valid_on(day)]

    def all_support_bases(self) -> list[SupportBasisInfo]:
        """Every basis with its label, also the retired ones old records still carry."""
        with self._uow_factory() as uow:
            return list(bases_in_force(uow, service_day(utc_now())))

    def find_by_cpr(self, text: str) -> tuple[Cpr, CitizenCard | None]:
        """Parse the CPR (raises CprError with a Danish message) and look it up."""
        cpr = parse_cpr(text)
        with self._uow_factory() as uow:
            citizen = uow.citizens.by_cpr(cpr.digits)
            card = self._card(uow, citizen) if citizen else None
        if self._audit is not None:  # one entry: the card seen, or the search that found none
            if card is not None:
                self._audit.record(
                    "view_citizen",
                    citizen_id=card.citizen.id,
                    purpose=VIEW_PURPOSE,
                    detail="fundet ved CPR-opslag",
                )
            else:
                self._audit.searched(cpr.digits, hits=0)
        return cpr, card

    def card(self, citizen_id: str) -> CitizenCard | None:
        with self._uow_factory() as uow:
            citizen = uow.citizens.get(citizen_id)
            card = self._card(uow, citizen) if citizen else None
        if card is not None and self._audit is not None:
            self._audit.viewed_citizen(citizen_id, VIEW_PURPOSE)
        return card

    def reveal_cpr(self, citizen_id: str, purpose: str) -> str:
        """The full CPR number (ddmmyy-ssss) of one citizen, for a stated purpose (logged)."""
        if not purpose.strip():
            raise ValidationError("Skriv formålet med at vise CPR-nummeret.", field="purpose")
        with self._uow_factory() as uow:
            citizen = uow.citizens.get(citizen_id)
        if citizen is None:
            raise NotFoundError("Borgeren findes ikke.")
        if self._audit is not None:
            self._audit.revealed_cpr(citizen_id, purpose)
        return f"{citizen.cpr[:6]}-{citizen.cpr[6:]}"

    def record_print(self, what: str, citizen_id: str = "") -> None:
        """A print-out was made (a ticket carries no CPR or name, but is logged too)."""
        if self._audit is not None:
            self._audit.printed(what, citizen_id)

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """CPR digits → exact look-up; anything else → name search (folded, infix)."""
        text = text.strip()
        if not text:
            return []
        with self._uow_factory() as uow:
            if looks_like_cpr(text):
                digits = "".join(ch for ch in text if ch.isdigit())
                found = uow.citizens.by_cpr(digits) if len(digits) == 10 else None
                citizens = [found] if found else []
            else:
                citizens = list(uow.citizens.search_name(text, limit=limit))
        if self._audit is not None:
            only = citizens[0].id if len(citizens) == 1 else ""
            self._audit.searched(text, hits=len(citizens), citizen_id=only)
        return [SearchHit(c.id, mask_cpr(c.cpr), c.full_name, c.support_basis) for c in citizens]

    # --- changing ----------------------------------------------------------------
    def register_citizen(self, new: NewCitizen) -> Citizen:
        citizen_id = new_id()
        self._bus.execute_one(
            self._ws.envelope(
                "register_citizen",
                1,
                {
                    "citizen_id": citizen_id,
                    "cpr": new.cpr,
                    "given_name": new.given_name,
                    "family_name": new.family_name,
                    "support_basis": new.support_basis.value,
                    "a_kasse": new.a_kasse,
                    "phone": new.phone,
                    "email": new.email,
                },
            )
        )
        with self._uow_factory() as uow:
            citizen = uow.citizens.get(citizen_id)
        assert citizen is not None  # just committed in the same store
        return citizen

    @property
    def counter_number(self) -> int:
        """The counter this workstation serves from."""
        return self._ws.counter_number

    def issue_ticket(
        self,
        citizen_id: str,
        service_code: str,
        *,
        note: str = "",
        serve_at_counter: int | None = None,
    ) -> TicketReceipt:
        """Start the visit and issue its ticket together: both or neither.

        `serve_at_counter`: a walk-in served at once at that counter without queueing;
        the ticket is issued, called and served in the same transaction, so the visit
        still counts in the statistics (with no wait)."""
        visit_id, ticket_id = new_id(), new_id()
        for _attempt in range(3):
            sequence = self._next_sequence()
            try:
                serve_now = (
                    []
                    if serve_at_counter is None
                    else [
                        self._ws.envelope(
                            "call_ticket",
                            1,
                            {"ticket_id": ticket_id, "counter_number": serve_at_counter},
                        ),
                        self._ws.envelope("start_serving", 1, {"ticket_id": ticket_id}),
                    ]
                )
                self._bus.execute(
                    self._ws.envelope(
                        "start_visit",
                        1,
                        {
                            "visit_id": visit_id,
                            "citizen_id": citizen_id,
                            "service_code": service_code,
                            "note": note,
                        },
                    ),
                    self._ws.envelope(
                        "issue_ticket",
                        1,
                        {
                            "ticket_id": ticket_id,
                            "visit_id": visit_id,
                            "series": self._ws.ticket_series,
                            "sequence": sequence,
                        },
                    ),
                    *serve_now,
                )
                break
            except TicketNumberTakenError:
                # Another process of this workstation took the number first; take the next.
                continue
        else:
            raise ConflictError("Der kunne ikke tildeles et ledigt billetnummer. Prøv igen.")
        now = utc_now()
        with self._uow_factory() as uow:
            ticket = uow.tickets.get(ticket_id)
            service = uow.reference.service(service_code)
            site = uow.reference.site(self._ws.site_code)
            ahead = [
                t
                for t in uow.tickets.in_queue(
                    self._ws.site_code, service_day(now), [s.value for s in TicketStatus]
                )
                if t.id != ticket_id
            ]
            day = service_day(now)
            hours = None if self._hours is None else self._hours(uow, self._ws.site_code, day)
        assert ticket is not None and service is not None and site is not None
        receipt = TicketReceipt(
            ticket.id, ticket.number, service.name_da, site.name, ticket.issued_at
        )
        if serve_at_counter is not None:
            return receipt
        # The same estimate as the waiting-room display shows.
        figures = figures_for(service_code, ahead, now, hours=hours)
        return replace(
            receipt,
            expected_wait_min=round(figures.expected_wait.total_seconds() / 60),
            after_closing=figures.after_closing,
            opens_at=figures.opens_at,
        )

    def open_ticket(self, citizen_id: str) -> OpenTicket | None:
        """The citizen's ticket of today at this site still in the queue, if any: a second
        ticket is usually a mistake, so the desk asks before it issues one."""
        day = service_day(utc_now())
        with self._uow_factory() as uow:
            visits = {v.id for v in uow.visits.recent_for_citizen(citizen_id, limit=20)}
            held = [
                t
                for t in uow.tickets.in_queue(
                    self._ws.site_code, day, [s.value for s in STILL_IN_QUEUE]
                )
                if t.visit_id in visits
            ]
            if not held:
                return None
            ticket = held[0]
            service = uow.reference.service(ticket.service_code)
        name = service.name_da if service else ticket.service_code
        return OpenTicket(ticket.number, name, ticket.status)

    def preview_ticket_number(self, service_code: str) -> str:
        with self._uow_factory() as uow:
            service = uow.reference.service(service_code)
        letter = service.letter if service else "?"
        return ticket_number(letter, self._ws.ticket_series, self._next_sequence())

    def _next_sequence(self) -> int:
        with self._uow_factory() as uow:
            return (
                uow.tickets.last_sequence(
                    self._ws.site_code, service_day(utc_now()), self._ws.ticket_series
                )
                + 1
            )

    @staticmethod
    def _card(uow: UnitOfWork, citizen: Citizen) -> CitizenCard:
        lines = tuple(
            VisitLine(
                v.started_at,
                v.site_code,
                (s.name_da if (s := uow.reference.service(v.service_code)) else v.service_code),
            )
            for v in uow.visits.recent_for_citizen(citizen.id, limit=5)
        )
        flags = basis_flags(uow, citizen.support_basis.value, service_day(utc_now()))
        return CitizenCard(citizen, lines, flags.primary_visitation, flags.akasse_report)

"""What the core needs from storage, stated as small protocols.

`local_cache/` implements them with SQLAlchemy on SQLite; the server will
implement the same on SQLite or PostgreSQL. A command handler sees only these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from app.commands.envelope import CommandEnvelope
from app.entities import (
    Citizen,
    Counter,
    Service,
    Site,
    Staff,
    SupportBasisInfo,
    Ticket,
    Visit,
)
from app.jobnet.ports import JobnetRepository
from app.jobshop.ports import JobshopRepository
from app.phone.ports import CallLog
from app.queue.counter_services import CounterServiceRepository
from app.reference_data.ports import ReferenceVersionRepository
from app.security.ports import AuditRepository, CredentialRepository
from app.selfservice.ports import SelfServiceRepository
from app.visitation.ports import VisitationRepository


class CitizenRepository(Protocol):
    def get(self, citizen_id: str) -> Citizen | None: ...
    def by_cpr(self, cpr_digits: str) -> Citizen | None: ...
    def add(self, citizen: Citizen) -> None: ...
    def update(self, citizen: Citizen) -> None: ...
    def search_name(self, query: str, *, limit: int = 50) -> Sequence[Citizen]: ...


class VisitRepository(Protocol):
    def get(self, visit_id: str) -> Visit | None: ...
    def add(self, visit: Visit) -> None: ...
    def recent_for_citizen(self, citizen_id: str, *, limit: int = 5) -> Sequence[Visit]: ...


class TicketRepository(Protocol):
    def get(self, ticket_id: str) -> Ticket | None: ...
    def add(self, ticket: Ticket) -> None: ...
    def number_taken(self, site_code: str, day: dt.date, number: str) -> bool: ...
    def last_sequence(self, site_code: str, day: dt.date, series: int) -> int: ...
    def get_for_update(self, ticket_id: str) -> Ticket | None: ...
    def between(
        self, site_code: str | None, first_day: dt.date, last_day: dt.date
    ) -> Sequence[Ticket]: ...
    def save(self, ticket: Ticket) -> None: ...
    def in_queue(
        self, site_code: str, day: dt.date, statuses: Sequence[str]
    ) -> Sequence[Ticket]: ...


class ReferenceData(Protocol):
    def sites(self) -> Sequence[Site]: ...
    def site(self, code: str) -> Site | None: ...
    def services(self) -> Sequence[Service]: ...
    def service(self, code: str) -> Service | None: ...
    def counters(self, site_code: str) -> Sequence[Counter]: ...
    def staff(self, site_code: str | None = None) -> Sequence[Staff]: ...
    def staff_member(self, staff_id: str) -> Staff | None: ...
    def support_bases(self) -> Sequence[SupportBasisInfo]: ...


class Outbox(Protocol):
    """Commands not yet confirmed by the central server, in the order they were made."""

    def append(self, envelope: CommandEnvelope) -> int: ...
    def pending(self, *, limit: int = 500) -> Sequence[tuple[int, CommandEnvelope]]: ...
    def pending_count(self) -> int: ...


class AppliedCommands(Protocol):
    """Which command ids have taken effect here, with their results (idempotency)."""

    def result_of(self, command_id: str) -> dict[str, Any] | None: ...
    def record(self, envelope: CommandEnvelope, result: dict[str, Any]) -> None: ...


class UnitOfWork(Protocol):
    """One transaction over every repository: all of it commits, or none of it."""

    citizens: CitizenRepository
    visits: VisitRepository
    tickets: TicketRepository
    reference: ReferenceData
    outbox: Outbox
    applied: AppliedCommands
    visitation: VisitationRepository
    jobshop: JobshopRepository
    jobnet: JobnetRepository
    credentials: CredentialRepository
    audit: AuditRepository
    counter_services: CounterServiceRepository
    reference_versions: ReferenceVersionRepository
    selfservice: SelfServiceRepository
    phone: CallLog

    def begin_write(self) -> None:
        """Take the store's write lock before reading, so a command's checks and its
        writes see one state (no other writer can slip in between)."""
        ...

    def savepoint(self) -> AbstractContextManager[None]:
        """A part of the transaction that an error undoes alone (the rest stays)."""
        ...

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...

    def changed_tables(self) -> frozenset[str]:
        """The shared tables this unit of work has written (what a screen may show)."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]


class SettingsStore(Protocol):
    """Small key/value settings that belong to this workstation's store."""

    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...

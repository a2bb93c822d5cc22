"""SQLAlchemy implementations of the repositories `app.ports` asks for."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.commands.envelope import CommandEnvelope, utc_now
from app.entities import (
    Citizen,
    Counter,
    Service,
    Site,
    Staff,
    SupportBasis,
    SupportBasisInfo,
    Ticket,
    TicketStatus,
    Visit,
)
from app.text_search import fold_name
from shared_store.registration.name_search import find_citizen_pks
from shared_store.tables import (
    AppliedCommandRow,
    CitizenRow,
    CounterRow,
    ServiceRow,
    SiteRow,
    StaffRow,
    SupportBasisRow,
    TicketRow,
    VisitRow,
)


def _fields(entity: Any) -> dict[str, Any]:
    return {f.name: getattr(entity, f.name) for f in fields(entity)}


def _citizen(row: CitizenRow) -> Citizen:
    return Citizen(
        id=row.id,
        cpr=row.cpr,
        given_name=row.given_name,
        family_name=row.family_name,
        support_basis=SupportBasis(row.support_basis),
        a_kasse=row.a_kasse,
        phone=row.phone,
        email=row.email,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def citizen_row_values(citizen: Citizen) -> dict[str, Any]:
    return {
        "id": citizen.id,
        "cpr": citizen.cpr,
        "given_name": citizen.given_name,
        "family_name": citizen.family_name,
        "name_folded": fold_name(citizen.full_name),
        "support_basis": citizen.support_basis.value,
        "a_kasse": citizen.a_kasse,
        "phone": citizen.phone,
        "email": citizen.email,
        "created_at": citizen.created_at,
        "updated_at": citizen.updated_at,
    }


class SqlCitizens:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, citizen_id: str) -> Citizen | None:
        row = self._s.scalar(select(CitizenRow).where(CitizenRow.id == citizen_id))
        return _citizen(row) if row else None

    def by_cpr(self, cpr_digits: str) -> Citizen | None:
        row = self._s.scalar(select(CitizenRow).where(CitizenRow.cpr == cpr_digits))
        return _citizen(row) if row else None

    def add(self, citizen: Citizen) -> None:
        self._s.add(CitizenRow(**citizen_row_values(citizen)))
        self._s.flush()

    def update(self, citizen: Citizen) -> None:
        row = self._s.scalar(select(CitizenRow).where(CitizenRow.id == citizen.id))
        if row is None:
            raise LookupError(citizen.id)
        for key, value in citizen_row_values(citizen).items():
            setattr(row, key, value)
        self._s.flush()

    def search_name(self, query: str, *, limit: int = 50) -> Sequence[Citizen]:
        """Prefix matches first, then infixes; see shared_store/registration/name_search.py."""
        driver = self._s.connection().connection.driver_connection
        pks = find_citizen_pks(driver, fold_name(query), limit=limit)  # type: ignore[arg-type]
        if not pks:
            return []
        rows = {r.pk: r for r in self._s.scalars(select(CitizenRow).where(CitizenRow.pk.in_(pks)))}
        return [_citizen(rows[pk]) for pk in pks if pk in rows]


def _visit(row: VisitRow) -> Visit:
    return Visit(
        id=row.id,
        citizen_id=row.citizen_id,
        site_code=row.site_code,
        service_code=row.service_code,
        started_at=row.started_at,
        workstation_id=row.workstation_id,
        staff_id=row.staff_id,
        note=row.note,
    )


class SqlVisits:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, visit_id: str) -> Visit | None:
        row = self._s.get(VisitRow, visit_id)
        return _visit(row) if row else None

    def add(self, visit: Visit) -> None:
        self._s.add(VisitRow(**_fields(visit)))
        self._s.flush()

    def recent_for_citizen(self, citizen_id: str, *, limit: int = 5) -> Sequence[Visit]:
        stmt = (
            select(VisitRow)
            .where(VisitRow.citizen_id == citizen_id)
            .order_by(VisitRow.started_at.desc())
            .limit(limit)
        )
        return [_visit(r) for r in self._s.scalars(stmt)]


def _ticket(row: TicketRow) -> Ticket:
    return Ticket(
        id=row.id,
        visit_id=row.visit_id,
        site_code=row.site_code,
        service_code=row.service_code,
        service_day=row.service_day,
        series=row.series,
        sequence=row.sequence,
        number=row.number,
        issued_at=row.issued_at,
        workstation_id=row.workstation_id,
        status=TicketStatus(row.status),
        queued_at=row.queued_at,
        counter_number=row.counter_number,
        called_at=row.called_at,
        called_by=row.called_by,
        recall_count=row.recall_count or 0,
        serving_at=row.serving_at,
        finished_at=row.finished_at,
        target_counter=row.target_counter,
        target_staff=row.target_staff,
        first_called_at=row.first_called_at,
        channel=row.channel or "walk_in",
        phone=row.phone,
        no_answers=row.no_answers or 0,
    )


class SqlTickets:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, ticket_id: str) -> Ticket | None:
        row = self._s.get(TicketRow, ticket_id)
        return _ticket(row) if row else None

    def add(self, ticket: Ticket) -> None:
        values = _fields(ticket)
        values["status"] = ticket.status.value
        self._s.add(TicketRow(**values))
        self._s.flush()

    def get_for_update(self, ticket_id: str) -> Ticket | None:
        # FOR UPDATE locks the row on PostgreSQL (two counters, one ticket: first wins);
        # SQLite ignores it: the workstation's write lock already serialises commands.
        row = self._s.scalar(select(TicketRow).where(TicketRow.id == ticket_id).with_for_update())
        return _ticket(row) if row else None

    def save(self, ticket: Ticket) -> None:
        row = self._s.get(TicketRow, ticket.id)
        if row is None:
            raise LookupError(ticket.id)
        values = _fields(ticket)
        values["status"] = ticket.status.value
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)  # through the ORM: sync's change capture sees it
        self._s.flush()

    def in_queue(self, site_code: str, day: dt.date, statuses: Sequence[str]) -> Sequence[Ticket]:
        stmt = (
            select(TicketRow)
            .where(
                TicketRow.site_code == site_code,
                TicketRow.service_day == day,
                TicketRow.status.in_(list(statuses)),
            )
            .order_by(func.coalesce(TicketRow.queued_at, TicketRow.issued_at), TicketRow.number)
        )
        return [_ticket(r) for r in self._s.scalars(stmt)]

    def between(
        self, site_code: str | None, first_day: dt.date, last_day: dt.date
    ) -> Sequence[Ticket]:
        """Every ticket of the days (both included); of one site, or of all sites."""
        stmt = select(TicketRow).where(
            TicketRow.service_day >= first_day, TicketRow.service_day <= last_day
        )
        if site_code is not None:
            stmt = stmt.where(TicketRow.site_code == site_code)
        return [_ticket(r) for r in self._s.scalars(stmt.order_by(TicketRow.service_day))]

    def number_taken(self, site_code: str, day: dt.date, number: str) -> bool:
        stmt = select(TicketRow.id).where(
            TicketRow.site_code == site_code,
            TicketRow.service_day == day,
            TicketRow.number == number,
        )
        return self._s.scalar(stmt) is not None

    def last_sequence(self, site_code: str, day: dt.date, series: int) -> int:
        stmt = select(func.max(TicketRow.sequence)).where(
            TicketRow.site_code == site_code,
            TicketRow.service_day == day,
            TicketRow.series == series,
        )
        return self._s.scalar(stmt) or 0


class SqlReferenceData:
    def __init__(self, session: Session) -> None:
        self._s = session

    def sites(self) -> Sequence[Site]:
        rows = self._s.scalars(select(SiteRow).order_by(SiteRow.name))
        return [Site(r.code, r.name, r.specialist_function, r.trade_area) for r in rows]

    def site(self, code: str) -> Site | None:
        r = self._s.get(SiteRow, code)
        return Site(r.code, r.name, r.specialist_function, r.trade_area) if r else None

    def services(self) -> Sequence[Service]:
        rows = self._s.scalars(select(ServiceRow).order_by(ServiceRow.sort_order))
        return [Service(r.code, r.letter, r.name_da, r.name_en, r.sort_order) for r in rows]

    def service(self, code: str) -> Service | None:
        r = self._s.get(ServiceRow, code)
        return Service(r.code, r.letter, r.name_da, r.name_en, r.sort_order) if r else None

    def counters(self, site_code: str) -> Sequence[Counter]:
        stmt = (
            select(CounterRow).where(CounterRow.site_code == site_code).order_by(CounterRow.number)
        )
        return [Counter(r.site_code, r.number, r.name) for r in self._s.scalars(stmt)]

    def staff(self, site_code: str | None = None) -> Sequence[Staff]:
        stmt = select(StaffRow).order_by(StaffRow.name)
        if site_code is not None:
            stmt = stmt.where(StaffRow.site_code == site_code)
        return [Staff(r.id, r.initials, r.name, r.role, r.site_code) for r in self._s.scalars(stmt)]

    def staff_member(self, staff_id: str) -> Staff | None:
        r = self._s.get(StaffRow, staff_id)
        return Staff(r.id, r.initials, r.name, r.role, r.site_code) if r else None

    def support_bases(self) -> Sequence[SupportBasisInfo]:
        rows = self._s.scalars(select(SupportBasisRow))
        order = {basis.value: i for i, basis in enumerate(SupportBasis)}
        infos = [
            SupportBasisInfo(SupportBasis(r.code), r.label_da, r.label_en, r.valid_from, r.valid_to)
            for r in rows
        ]
        return sorted(infos, key=lambda i: order[i.code.value])


class SqlAppliedCommands:
    def __init__(self, session: Session) -> None:
        self._s = session

    def result_of(self, command_id: str) -> dict[str, Any] | None:
        row = self._s.get(AppliedCommandRow, command_id)
        return json.loads(row.result_json) if row else None

    def record(self, envelope: CommandEnvelope, result: dict[str, Any]) -> None:
        self._s.add(
            AppliedCommandRow(
                command_id=envelope.command_id,
                name=envelope.name,
                version=envelope.version,
                result_json=json.dumps(result, ensure_ascii=False, sort_keys=True),
                applied_at=utc_now(),
            )
        )
        self._s.flush()

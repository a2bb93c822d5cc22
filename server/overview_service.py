"""GET /v1/queue/overview: every queue at every site, from what the workstations synced."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.clock import service_day
from app.commands.envelope import utc_now
from app.entities import TicketStatus
from app.queue.overview import Overview, WorkstationPresence, site_overview, to_wire
from app.reference_data.readers import entrance_hours_in_use
from server.db import Database
from server.presence import Presence
from server.tables import WorkstationRow
from shared_store.unit_of_work import SqlUnitOfWork
from shared_store.uow_port import as_port


def overview(db: Database, presence: Presence, *, site_code: str, staff_id: str) -> dict[str, Any]:
    """Every site for a supervisor; the caller's own site for anyone else (the role table)."""
    now = utc_now()
    day = service_day(now)
    statuses = [s.value for s in TicketStatus]
    reader = entrance_hours_in_use()
    with SqlUnitOfWork(db.reads) as uow:
        rows = uow.session.scalars(
            select(WorkstationRow).where(WorkstationRow.revoked_at.is_(None))
        ).all()
        service_codes = [s.code for s in uow.reference.services()]

        def staff_name(staff_id: str) -> str | None:
            member = uow.reference.staff_member(staff_id)
            return None if member is None else member.name

        sites = tuple(
            site_overview(
                site.code,
                site.name,
                uow.tickets.in_queue(site.code, day, statuses),
                service_codes,
                now,
                staff_name,
                [
                    WorkstationPresence(
                        workstation_id=row.id,
                        counter_number=row.counter_number,
                        live=presence.is_live(row.id),
                        last_seen=presence.last_seen(row.id),
                    )
                    for row in sorted(rows, key=lambda r: r.counter_number)
                    if row.site_code == site.code
                ],
                hours=reader(as_port(uow), site.code, day) if reader else None,
            )
            for site in uow.reference.sites()
        )
        viewer = uow.reference.staff_member(staff_id)
    role = viewer.role if viewer is not None else ""
    return to_wire(Overview(as_of=now, sites=sites).visible_to(role, site_code))

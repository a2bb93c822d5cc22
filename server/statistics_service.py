"""GET /v1/queue/statistics: queue figures for a range of days, every site for a supervisor.

The same `by_counter`/`by_service` as the desk's own export, over the tickets the
workstations synced here; anyone but a supervisor gets the caller's site only (the
role table's `view_other_sites`, as the live overview).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.queue.day_statistics import by_counter, by_service
from app.queue.statistics_wire import to_wire
from app.security.roles import allowed
from server.db import Database
from server.periods import check_period
from shared_store.unit_of_work import SqlUnitOfWork


def statistics(
    db: Database, *, site_code: str, staff_id: str, first_day: dt.date, last_day: dt.date
) -> dict[str, Any]:
    check_period(first_day, last_day)
    with SqlUnitOfWork(db.reads) as uow:
        viewer = uow.reference.staff_member(staff_id)
        every_site = viewer is not None and allowed(viewer.role, "view_other_sites")
        tickets = uow.tickets.between(None if every_site else site_code, first_day, last_day)
        sites = [s.code for s in uow.reference.sites()] if every_site else [site_code]
    return to_wire(sites, by_counter(tickets), by_service(tickets))

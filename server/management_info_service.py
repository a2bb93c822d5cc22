"""GET /v1/management/production-figures: production figures for supervisors only.

The figures name staff members, so the whole read is a supervisor's
(``read_production_figures``): the role is the one of the staff member named by
the staff session the server itself signed for the asking workstation — never a
role or staff id the desk states. A supervisor may read every site; a site the
server does not know is refused rather than silently left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.management_info.figures import FiguresOrigin
from app.management_info.wire import to_wire
from app.security.roles import allowed
from server.db import Database
from server.errors import ApiError
from server.periods import check_period
from shared_store.management_info import SqlProductionFigures
from shared_store.unit_of_work import SqlUnitOfWork


def production_figures(
    db: Database,
    *,
    staff_id: str,
    first_day: dt.date,
    last_day: dt.date,
    sites: Sequence[str],
    per_staff: bool,
) -> dict[str, Any]:
    if not staff_id:
        raise ApiError(
            401,
            "staff_session_required",
            "Log ind som leder for at se ledelsesinformation.",
            "Sign in as a supervisor to read production figures.",
        )
    check_period(first_day, last_day)
    with SqlUnitOfWork(db.reads) as uow:
        viewer = uow.reference.staff_member(staff_id)
        known = {s.code for s in uow.reference.sites()}
    if viewer is None or not allowed(viewer.role, "read_production_figures"):
        raise ApiError(
            403,
            "not_a_supervisor",
            "Kun ledere kan se ledelsesinformation.",
            "Only supervisors may read production figures.",
        )
    unknown = sorted(set(sites) - known)
    if unknown:
        raise ApiError(
            422,
            "unknown_site",
            "Afdelingen kendes ikke: " + ", ".join(unknown) + ".",
            "Unknown site: " + ", ".join(unknown) + ".",
        )
    source = SqlProductionFigures(db.reads, FiguresOrigin.SERVER)
    return to_wire(source.production_figures(first_day, last_day, sorted(set(sites)), per_staff))

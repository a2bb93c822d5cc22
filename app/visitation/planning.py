"""Which of a site's template sessions a desk has not planned yet (a counter when it
books, the phone desk before it offers a site's meetings): both plan the same sessions,
so the ids agree and the server sees one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.ports import UnitOfWorkFactory
from app.visitation.meetings import MeetingTemplate, planned_sessions
from app.visitation.records import GroupSession, MeetingKind


def unplanned_sessions(
    uow_factory: UnitOfWorkFactory,
    template: MeetingTemplate,
    site_code: str,
    kinds: Iterable[MeetingKind],
    today: dt.date,
) -> list[GroupSession]:
    wanted = [s for kind in kinds for s in planned_sessions(template, site_code, kind, today)]
    with uow_factory() as uow:
        return [s for s in wanted if uow.visitation.session(s.id) is None]

"""The counters' services of the day in SQL (rows change through the ORM: sync sees them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queue.counter_services import CounterServiceSetting
from shared_store.queue.tables import CounterServiceRow


def _setting(row: CounterServiceRow) -> CounterServiceSetting:
    return CounterServiceSetting(
        site_code=row.site_code,
        service_day=row.service_day,
        counter_number=row.counter_number,
        service_code=row.service_code,
        is_open=bool(row.is_open),
        changed_at=row.changed_at,
        changed_by=row.changed_by,
    )


class SqlCounterServices:
    def __init__(self, session: Session) -> None:
        self._s = session

    def for_day(self, site_code: str, day: dt.date) -> Sequence[CounterServiceSetting]:
        stmt = (
            select(CounterServiceRow)
            .where(CounterServiceRow.site_code == site_code, CounterServiceRow.service_day == day)
            .order_by(CounterServiceRow.counter_number, CounterServiceRow.changed_at)
        )
        return [_setting(r) for r in self._s.scalars(stmt)]

    def put(self, setting: CounterServiceSetting) -> None:
        key = (setting.site_code, setting.service_day, setting.counter_number, setting.service_code)
        row = self._s.get(CounterServiceRow, key)
        if row is None:
            self._s.add(
                CounterServiceRow(
                    site_code=setting.site_code,
                    service_day=setting.service_day,
                    counter_number=setting.counter_number,
                    service_code=setting.service_code,
                    is_open=setting.is_open,
                    changed_at=setting.changed_at,
                    changed_by=setting.changed_by,
                )
            )
        else:
            row.is_open = setting.is_open
            row.changed_at = setting.changed_at
            row.changed_by = setting.changed_by
        self._s.flush()

"""Job orders distributed by trade area: which orders have landed at a site's job shop and
not been taken, and how long they have waited in that site's opening hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.clock import service_day
from app.jobshop.records import Vacancy
from app.ports import UnitOfWork
from app.reference_data.readers import EntranceHours, trade_area_site

# An order in a trade area the reference data does not distribute waits this long.
DEFAULT_PICKUP_HOURS = 4


@dataclass(frozen=True, slots=True)
class UntakenOrder:
    vacancy: Vacancy
    site_name: str  # the site it landed at
    trade_area_label: str
    waited: dt.timedelta  # open time at that site since the order came in
    limit: dt.timedelta  # «Tages inden (timer)» for its trade area

    @property
    def overdue(self) -> bool:
        return self.waited > self.limit


def untaken_orders(
    uow: UnitOfWork, now: dt.datetime, hours: EntranceHours | None
) -> list[UntakenOrder]:
    """Every open order not taken yet, the longest overdue first. Waits count the landing
    site's opening hours (evenings and holidays do not make an order late); without hours
    (SKRANKE_OPENING_HOURS=off) every minute counts."""
    today = service_day(now)
    sites = {s.code: s.name for s in uow.reference.sites()}
    labels = {t.code: t.label_da for t in uow.jobshop.trade_areas()}
    orders = []
    for vacancy in uow.jobshop.untaken_vacancies():
        answer = trade_area_site(uow, vacancy.trade_area, today)
        limit = dt.timedelta(hours=answer.pickup_hours if answer else DEFAULT_PICKUP_HOURS)
        if hours is None:
            waited = max(now - vacancy.created_at, dt.timedelta())
        else:
            waited = hours(uow, vacancy.lands_at, today).open_between(vacancy.created_at, now)
        orders.append(
            UntakenOrder(
                vacancy,
                sites.get(vacancy.lands_at, vacancy.lands_at),
                labels.get(vacancy.trade_area, vacancy.trade_area),
                waited,
                limit,
            )
        )
    return sorted(orders, key=lambda o: o.limit - o.waited)

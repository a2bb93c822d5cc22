"""Queue statistics per day, site, service and counter, from the tickets themselves.

One row per (day, site, service, counter). A ticket that was never called has no
counter: it is counted in the row with an empty counter (it arrived, nobody
served it). Arrivals = tickets issued (walk-ins included: they are issued,
called and served at once). Waits = first call − arrival (the arrival a transfer
keeps; a recall does not lengthen the wait), service time = done − serving start. Percentiles are nearest-rank.
A second table sums each (day, site, service) over its counters. Callbacks (channel
"phone") get rows of their own beside the walk-ins of the same queue: their wait runs from
the placing to the first ring.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from app.entities import Ticket, TicketStatus


@dataclass(frozen=True, slots=True)
class StatisticsRow:
    day: dt.date
    site_code: str
    service_code: str
    channel: str  # "walk_in" or "phone" (callbacks), as Ticket.channel
    counter_number: int | None  # None: the service's total, or tickets never called
    arrivals: int
    served: int
    no_shows: int
    cancelled: int
    wait_p50_min: float | None
    wait_p90_min: float | None
    service_mean_min: float | None
    service_p90_min: float | None


def nearest_rank(values: Sequence[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _minutes(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 60


Key = tuple[dt.date, str, str, str, int | None]  # day, site, service, channel, counter


def _row(key: Key, tickets: Sequence[Ticket]) -> StatisticsRow:
    waits = [_minutes(t.first_called - t.arrival) for t in tickets if t.first_called is not None]
    service = [
        _minutes(t.finished_at - t.serving_at)
        for t in tickets
        if t.status is TicketStatus.DONE and t.serving_at and t.finished_at
    ]
    day, site, code, channel, counter = key
    return StatisticsRow(
        day=day,
        site_code=site,
        service_code=code,
        channel=channel,
        counter_number=counter,
        arrivals=len(tickets),
        served=sum(1 for t in tickets if t.status is TicketStatus.DONE),
        no_shows=sum(1 for t in tickets if t.status is TicketStatus.NO_SHOW),
        cancelled=sum(1 for t in tickets if t.status is TicketStatus.CANCELLED),
        wait_p50_min=nearest_rank(waits, 50),
        wait_p90_min=nearest_rank(waits, 90),
        service_mean_min=sum(service) / len(service) if service else None,
        service_p90_min=nearest_rank(service, 90),
    )


def by_counter(tickets: Sequence[Ticket]) -> list[StatisticsRow]:
    groups: dict[Key, list[Ticket]] = defaultdict(list)
    for t in tickets:
        groups[(t.service_day, t.site_code, t.service_code, t.channel, t.counter_number)].append(t)
    return [_row(key, groups[key]) for key in sorted(groups, key=_order)]


def by_service(tickets: Sequence[Ticket]) -> list[StatisticsRow]:
    groups: dict[Key, list[Ticket]] = defaultdict(list)
    for t in tickets:
        groups[(t.service_day, t.site_code, t.service_code, t.channel, None)].append(t)
    return [_row(key, groups[key]) for key in sorted(groups, key=_order)]


def _order(key: Key) -> tuple[dt.date, str, str, bool, int]:
    """Walk-ins before the same queue's callbacks."""
    day, site, code, channel, counter = key
    return (day, site, code, channel != "walk_in", -1 if counter is None else counter)

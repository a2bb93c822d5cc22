"""Queue figures from tickets: expected waiting time and the supervisor's numbers.

Expected waiting time (EWT) for a service: the mean service time of the last
`window` finished tickets of that service (serving → finished) and the open
counters (those that called a ticket of that service within the last `open_for`
minutes). Little's law in its queue form: wait = queue length × service time /
servers, where the queue a newcomer joins counts every citizen already waiting.
A moving average follows the day's tempo; with no history yet,
`DEFAULT_SERVICE` is used.

The waiting room reads the estimate in steps of five minutes (`shown_wait`): a
moving average of a few services is no more precise than that, and a citizen who
is waiting is never told "ca. 0 min".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.clock import COPENHAGEN
from app.entities import Ticket, TicketStatus

DEFAULT_SERVICE = dt.timedelta(minutes=8)


@dataclass(frozen=True, slots=True)
class ServiceFigures:
    service_code: str
    waiting: int
    longest_wait: dt.timedelta
    average_wait: dt.timedelta  # of those still waiting
    open_counters: int
    served: int
    no_shows: int
    service_level: float | None  # share called within the target, of those called today
    expected_wait: dt.timedelta


def _service_time(t: Ticket) -> dt.timedelta | None:
    if t.serving_at and t.finished_at and t.status is TicketStatus.DONE:
        return t.finished_at - t.serving_at
    return None


def mean_service_time(
    tickets: Sequence[Ticket], window: int = 20, default: dt.timedelta = DEFAULT_SERVICE
) -> dt.timedelta:
    done = sorted(
        (t for t in tickets if _service_time(t)), key=lambda t: t.finished_at or t.issued_at
    )
    recent = [_service_time(t) for t in done[-window:]]
    durations = [d for d in recent if d is not None]
    return sum(durations, dt.timedelta()) / len(durations) if durations else default


def open_counters(tickets: Sequence[Ticket], now: dt.datetime, open_for: dt.timedelta) -> int:
    return len(
        {
            t.counter_number
            for t in tickets
            if t.called_at and t.counter_number and now - t.called_at <= open_for
        }
    )


def expected_wait(waiting_ahead: int, counters: int, service_time: dt.timedelta) -> dt.timedelta:
    """The wait of a newcomer behind `waiting_ahead` citizens.

    Nobody waiting and a counter open: the newcomer is called at once. Anyone waiting
    means every open counter is busy (else that citizen would have been called), so the
    newcomer's turn comes after `waiting_ahead + 1` services shared by the open counters.
    With no counter open the first one to open serves them all in turn."""
    if waiting_ahead == 0 and counters:
        return dt.timedelta()
    return service_time * (waiting_ahead + 1) / max(counters, 1)


WAIT_STEP_MINUTES = 5


@dataclass(frozen=True, slots=True)
class ShownWait:
    """An expected wait as the waiting room reads it: "under 5 min" or "ca. N min"."""

    minutes: int  # a multiple of WAIT_STEP_MINUTES, never 0
    under: bool  # True: fewer than `minutes`; False: about `minutes`


def shown_wait(expected: dt.timedelta) -> ShownWait:
    """The expected wait of a queue where citizens wait, in whole steps of five minutes
    (half a step up): below one step it is "under 5 min", never "ca. 0 min"."""
    steps = math.floor(expected.total_seconds() / 60 / WAIT_STEP_MINUTES + 0.5)
    if expected < dt.timedelta(minutes=WAIT_STEP_MINUTES):
        return ShownWait(WAIT_STEP_MINUTES, under=True)
    return ShownWait(steps * WAIT_STEP_MINUTES, under=False)


def figures_for(
    service_code: str,
    tickets: Sequence[Ticket],
    now: dt.datetime,
    *,
    target: dt.timedelta = dt.timedelta(minutes=15),
    open_for: dt.timedelta = dt.timedelta(minutes=30),
) -> ServiceFigures:
    mine = [t for t in tickets if t.service_code == service_code]
    waiting = [t for t in mine if t.status is TicketStatus.WAITING]
    waits = [now - t.arrival for t in waiting]
    called = [t for t in mine if t.first_called is not None]
    within = [
        t for t in called if t.first_called is not None and t.first_called - t.arrival <= target
    ]
    counters = open_counters(mine, now, open_for)
    return ServiceFigures(
        service_code=service_code,
        waiting=len(waiting),
        longest_wait=max(waits, default=dt.timedelta()),
        average_wait=sum(waits, dt.timedelta()) / len(waits) if waits else dt.timedelta(),
        open_counters=counters,
        served=sum(1 for t in mine if t.status is TicketStatus.DONE),
        no_shows=sum(1 for t in mine if t.status is TicketStatus.NO_SHOW),
        service_level=len(within) / len(called) if called else None,
        expected_wait=expected_wait(len(waiting), counters, mean_service_time(mine)),
    )


@dataclass(frozen=True, slots=True)
class HourFigures:
    hour: int  # Copenhagen local hour, 0–23
    arrivals: int
    average_wait: dt.timedelta | None  # of the tickets called that hour; None if none was


def hourly(tickets: Sequence[Ticket]) -> tuple[HourFigures, ...]:
    """Arrivals by the hour they arrived, and the mean wait of the calls made each hour,
    in Copenhagen time: the supervisor's chart of the day."""
    arrivals: dict[int, int] = {}
    waits: dict[int, list[dt.timedelta]] = {}
    for t in tickets:
        hour = t.arrival.astimezone(COPENHAGEN).hour
        arrivals[hour] = arrivals.get(hour, 0) + 1
        first = t.first_called  # a recall does not lengthen the wait
        if first is not None:
            waits.setdefault(first.astimezone(COPENHAGEN).hour, []).append(first - t.arrival)
    hours = sorted(set(arrivals) | set(waits))
    return tuple(
        HourFigures(
            hour=h,
            arrivals=arrivals.get(h, 0),
            average_wait=(sum(waits[h], dt.timedelta()) / len(waits[h])) if h in waits else None,
        )
        for h in hours
    )

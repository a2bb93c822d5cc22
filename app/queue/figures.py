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

With the entrance's opening hours (`hours`), closed time is no waiting time: waits and
the service level count open minutes only (a ticket drawn before opening waits from
opening), the expected wait of a newcomer counts from opening when the entrance is
closed, and a wait that would run past closing time is flagged (`after_closing`) rather
than promised as minutes. Without hours every minute counts, as before.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.clock import COPENHAGEN, service_day
from app.entities import Ticket, TicketStatus
from app.opening_hours import OpeningHours

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
    expected_wait: dt.timedelta  # open time from now, or from `opens_at`
    after_closing: bool = False  # the expected wait would end after today's closing time
    opens_at: dt.datetime | None = None  # closed now: the wait starts when it opens today


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


def waited(start: dt.datetime, end: dt.datetime, hours: OpeningHours | None) -> dt.timedelta:
    """The wait between two moments: with opening hours, their open time only."""
    return end - start if hours is None else hours.open_between(start, end)


@dataclass(frozen=True, slots=True)
class WaitStart:
    opens_at: dt.datetime | None  # later than now: the entrance opens then, today
    after_closing: bool  # the wait cannot end today


def wait_start(hours: OpeningHours, now: dt.datetime, wait: dt.timedelta) -> WaitStart:
    """Where a newcomer's expected wait starts (now, or today's opening) and whether it ends
    by closing time; closed for the rest of the day, it cannot be expected today."""
    start = hours.open_from(now)
    if start is None or service_day(start) != service_day(now):
        return WaitStart(None, after_closing=True)
    closes = hours.closes_today(start)
    return WaitStart(
        start if start > now else None, after_closing=closes is None or start + wait > closes
    )


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
    hours: OpeningHours | None = None,
) -> ServiceFigures:
    mine = [t for t in tickets if t.service_code == service_code]
    waiting = [t for t in mine if t.status is TicketStatus.WAITING]
    waits = [waited(t.arrival, now, hours) for t in waiting]
    called = [t for t in mine if t.first_called is not None]
    within = [
        t
        for t in called
        if t.first_called is not None and waited(t.arrival, t.first_called, hours) <= target
    ]
    counters = open_counters(mine, now, open_for)
    expected = expected_wait(len(waiting), counters, mean_service_time(mine))
    start = WaitStart(None, False) if hours is None else wait_start(hours, now, expected)
    return ServiceFigures(
        service_code=service_code,
        waiting=len(waiting),
        longest_wait=max(waits, default=dt.timedelta()),
        average_wait=sum(waits, dt.timedelta()) / len(waits) if waits else dt.timedelta(),
        open_counters=counters,
        served=sum(1 for t in mine if t.status is TicketStatus.DONE),
        no_shows=sum(1 for t in mine if t.status is TicketStatus.NO_SHOW),
        service_level=len(within) / len(called) if called else None,
        expected_wait=expected,
        after_closing=start.after_closing,
        opens_at=start.opens_at,
    )


@dataclass(frozen=True, slots=True)
class HourFigures:
    hour: int  # Copenhagen local hour, 0–23
    arrivals: int
    average_wait: dt.timedelta | None  # of the tickets called that hour; None if none was


def hourly(
    tickets: Sequence[Ticket], opening: OpeningHours | None = None
) -> tuple[HourFigures, ...]:
    """Arrivals by the hour they arrived, and the mean wait of the calls made each hour,
    in Copenhagen time: the supervisor's chart of the day (waits in open time, with
    `opening`)."""
    arrivals: dict[int, int] = {}
    waits: dict[int, list[dt.timedelta]] = {}
    for t in tickets:
        hour = t.arrival.astimezone(COPENHAGEN).hour
        arrivals[hour] = arrivals.get(hour, 0) + 1
        first = t.first_called  # a recall does not lengthen the wait
        if first is not None:
            waits.setdefault(first.astimezone(COPENHAGEN).hour, []).append(
                waited(t.arrival, first, opening)
            )
    hours = sorted(set(arrivals) | set(waits))
    return tuple(
        HourFigures(
            hour=h,
            arrivals=arrivals.get(h, 0),
            average_wait=(sum(waits[h], dt.timedelta()) / len(waits[h])) if h in waits else None,
        )
        for h in hours
    )

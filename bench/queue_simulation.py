"""A generated busy day at one site, simulated on a virtual clock.

Arrivals follow a non-homogeneous Poisson process with a morning peak (thinning);
each citizen picks a service by the site's mix; service times are lognormal per
service. Counters work by their profiles (`app.queue.profiles.counter_profile`),
calling the first waiting ticket by profile priority, then arrival — the same
rule as `QueueService.waiting`. At every arrival the predictors are asked for
the citizen's expected wait; at the call, the actual wait is known.

The tickets are `app.entities.Ticket` values, so the EWT under test is exactly
`app.queue.figures.figures_for` as the desk and the display use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.clock import COPENHAGEN
from app.entities import Ticket, TicketStatus
from app.queue.figures import figures_for
from app.queue.profiles import counter_profile

# (service, share of arrivals, mean service minutes): a reception desk, not a case meeting.
MIX: tuple[tuple[str, float, float], ...] = (
    ("jobbutik", 0.38, 1.8),
    ("aaben_raadgivning", 0.17, 2.5),
    ("primaervisitation", 0.15, 3.0),
    ("ydelsesservice", 0.10, 1.8),
    ("sygedagpenge", 0.05, 2.0),
    ("aftale", 0.15, 1.0),  # a booked meeting: check in and go
)
SIGMA = 0.5  # lognormal shape: most visits near the mean, a few long ones


def arrival_rate(hour: float) -> float:
    """Relative arrival intensity over the opening day (08–16): a peak at 09:30."""
    return 0.35 + math.exp(-((hour - 9.5) ** 2) / 1.2) + 0.35 * math.exp(-((hour - 13) ** 2))


@dataclass(frozen=True, slots=True)
class Prediction:
    service: str
    predicted: dict[str, float]  # predictor name → minutes
    actual: float  # minutes


@dataclass
class Day:
    tickets: list[Ticket]
    predictions: list[Prediction]


Predictor = Callable[[str, Sequence[Ticket], dt.datetime], float]


def ewt_method(service: str, tickets: Sequence[Ticket], now: dt.datetime) -> float:
    """The method under test: `figures_for(...).expected_wait` as shown on display and ticket."""
    return figures_for(service, tickets, now).expected_wait.total_seconds() / 60


def naive_day_mean(service: str, tickets: Sequence[Ticket], now: dt.datetime) -> float:
    """Baseline: the mean wait of this service's calls so far today."""
    waits = [
        (t.called_at - t.arrival).total_seconds() / 60
        for t in tickets
        if t.service_code == service and t.called_at is not None
    ]
    return sum(waits) / len(waits) if waits else 0.0


def call_rate(service: str, tickets: Sequence[Ticket], now: dt.datetime) -> float:
    """Candidate: Little's law on observed throughput — waiting ahead ÷ the service's call
    rate over the last 30 minutes. The rate already shows how much of the counters'
    time this queue really gets when other queues come first in their profiles."""
    window = dt.timedelta(minutes=30)
    mine = [t for t in tickets if t.service_code == service]
    ahead = sum(1 for t in mine if t.status is TicketStatus.WAITING)
    calls = sum(1 for t in mine if t.called_at is not None and now - t.called_at <= window)
    if calls == 0:
        return ewt_method(service, tickets, now)  # no recent calls: fall back to the method
    return (ahead + 0.5) * window.total_seconds() / 60 / calls


PREDICTORS: dict[str, Predictor] = {
    "EWT (figures_for)": ewt_method,
    "kaldrate (Little)": call_rate,
    "dagens gns.": naive_day_mean,
}


def generate_day(
    citizens: int = 1500,
    counters: int = 8,
    *,
    seed: int = 2026,
    site: str = "MUS",
    day: dt.date = dt.date(2026, 11, 25),
    predictors: dict[str, Predictor] | None = None,
) -> Day:
    rng = random.Random(seed)
    predictors = PREDICTORS if predictors is None else predictors
    opening = dt.datetime(day.year, day.month, day.day, 8, tzinfo=COPENHAGEN)
    arrivals = _arrival_times(rng, citizens, opening)
    services, weights = [m[0] for m in MIX], [m[1] for m in MIX]
    mean = {m[0]: m[2] for m in MIX}
    profiles = {c: counter_profile(site, c) for c in range(1, counters + 1)}

    tickets: dict[str, Ticket] = {}
    waiting: dict[str, Ticket] = {}  # the same tickets, while they wait: the counters' view
    predictions: list[Prediction] = []
    pending: dict[str, dict[str, float]] = {}
    free_at = dict.fromkeys(profiles, opening)
    events: list[tuple[dt.datetime, int, str, str]] = []  # (time, order, kind, id)
    for i, at in enumerate(arrivals):
        heapq.heappush(events, (at, i, "arrive", f"t{i}"))
    seq = len(arrivals)
    service_of = {f"t{i}": rng.choices(services, weights)[0] for i in range(len(arrivals))}

    while events:
        now, _, kind, ticket_id = heapq.heappop(events)
        if kind == "arrive":
            service = service_of[ticket_id]
            so_far = list(tickets.values())
            pending[ticket_id] = {name: p(service, so_far, now) for name, p in predictors.items()}
            number = int(ticket_id[1:]) + 1
            tickets[ticket_id] = Ticket(
                id=ticket_id,
                visit_id=f"v{number}",
                site_code=site,
                service_code=service,
                service_day=day,
                series=1,
                sequence=number,
                number=f"{service[0].upper()}1-{number:04d}",
                issued_at=now,
                workstation_id="reception",
                queued_at=now,
            )
            waiting[ticket_id] = tickets[ticket_id]
        else:  # a counter finished (or opened): it is free now
            current = tickets.get(ticket_id)
            if current is not None and current.status is TicketStatus.SERVING:
                tickets[ticket_id] = dataclasses.replace(
                    current, status=TicketStatus.DONE, finished_at=now
                )
        for counter, profile in profiles.items():
            if free_at[counter] > now:
                continue
            chosen = _next_for(profile, waiting.values())
            if chosen is None:
                continue
            # mu chosen so the lognormal's mean is the service's mean
            mu = math.log(mean[chosen.service_code]) - SIGMA**2 / 2
            minutes = rng.lognormvariate(mu, SIGMA)
            done_at = now + dt.timedelta(minutes=minutes)
            tickets[chosen.id] = dataclasses.replace(
                chosen,
                status=TicketStatus.SERVING,
                counter_number=counter,
                called_at=now,
                serving_at=now,
            )
            del waiting[chosen.id]
            free_at[counter] = done_at
            seq += 1
            heapq.heappush(events, (done_at, seq, "finish", chosen.id))
            predictions.append(
                Prediction(
                    service=chosen.service_code,
                    predicted=pending.pop(chosen.id),
                    actual=(now - chosen.arrival).total_seconds() / 60,
                )
            )
    return Day(tickets=list(tickets.values()), predictions=predictions)


def _next_for(profile: Sequence[str], waiting: Iterable[Ticket]) -> Ticket | None:
    rank = {code: i for i, code in enumerate(profile)}
    mine = [t for t in waiting if t.service_code in rank]
    return min(mine, key=lambda t: (rank[t.service_code], t.arrival), default=None)


def _arrival_times(rng: random.Random, count: int, opening: dt.datetime) -> list[dt.datetime]:
    """Exactly `count` arrivals over 8 hours with the day's shape (sorted uniform thinning)."""
    peak = max(arrival_rate(8 + h / 60) for h in range(8 * 60))
    times: list[float] = []
    while len(times) < count:
        hour = rng.uniform(0, 8)
        if rng.random() * peak <= arrival_rate(8 + hour):
            times.append(hour)
    return [opening + dt.timedelta(hours=h) for h in sorted(times)]


def errors(day: Day, predictor: str, service: str | None = None) -> list[float]:
    return [
        abs(p.predicted[predictor] - p.actual)
        for p in day.predictions
        if service is None or p.service == service
    ]


def p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)] if ordered else 0.0

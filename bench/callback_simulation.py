"""A day of walk-ins and callbacks at the three sites, simulated on a virtual clock.

Walk-ins arrive while the doors are open; callbacks are placed by the phone desk over
its longer day and wait, as tickets of channel "phone", in the same queues. Counters
work by their profiles (`app.queue.profiles.counter_profile`) and pick the next ticket
with the rule of `QueueService.waiting` / `callable_next`: one channel, profile
priority, then arrival, then number, leaving out a callback that rang out less than
`RETRY_GAP` ago (the app's own `ready_to_ring`). An unanswered ring goes through the
real `callback_not_answered` handler, so re-queueing at the end and giving up at
`MAX_NO_ANSWERS` are the app's own rules, not a copy.

Everything random is drawn before the day runs, per site and per stream (walk-ins,
calls), so the same seed gives the same walk-ins — arrival, service, duration — with
and without callbacks, and the two days differ only by the callbacks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from app.clock import COPENHAGEN
from app.commands.envelope import CommandEnvelope, utc_now
from app.entities import Ticket, TicketStatus
from app.ports import UnitOfWork
from app.queue.callbacks import (
    MAX_NO_ANSWERS,
    PHONE,
    RETRY_GAP,
    WALK_IN,
    callback_not_answered,
    ready_to_ring,
)

__all__ = ["PHONE", "WALK_IN"]  # the channels, for the bench
from app.queue.lifecycle import QueueAction, next_status
from app.queue.profiles import counter_profile

SITES = ("MUS", "SKB", "NYR")
DAY = dt.date(2026, 11, 25)
# Walk-ins: the site's mix and service minutes are the queue bench's (queue_simulation.MIX).
WALK_IN_MIX: tuple[tuple[str, float, float], ...] = (
    ("jobbutik", 0.38, 1.8),
    ("aaben_raadgivning", 0.17, 2.5),
    ("primaervisitation", 0.15, 3.0),
    ("ydelsesservice", 0.10, 1.8),
    ("sygedagpenge", 0.05, 2.0),
    ("aftale", 0.15, 1.0),
)
# Callbacks: what people phone about; a booked meeting is not rung back.
CALLBACK_MIX: tuple[tuple[str, float], ...] = (
    ("ydelsesservice", 0.35),
    ("sygedagpenge", 0.20),
    ("aaben_raadgivning", 0.20),
    ("jobbutik", 0.15),
    ("primaervisitation", 0.10),
)
SIGMA = 0.5  # lognormal shape, as in queue_simulation: most near the mean, a few long
# none: walk-ins only (the baseline). idle: F2 first, Shift+F2 when no walk-in of the
# profile waits. dedicated: the site's highest staffed counter rings callbacks only, the
# others call walk-ins only. dedicated+idle: that, and the others ring when idle.
POLICIES = ("none", "idle", "dedicated", "dedicated+idle")


@dataclass(frozen=True, slots=True)
class Settings:
    calls: int = 600
    walk_ins: int = 1500
    # staffed counters (of 8, 8 and 6): enough that walk-ins alone rarely wait long
    counters: tuple[tuple[str, int], ...] = (("MUS", 5), ("SKB", 5), ("NYR", 4))
    answer_probability: float = 0.7  # each ring, independently
    talk_minutes: float = 3.0  # mean of an answered callback (lognormal)
    ring_minutes: float = 0.5  # an unanswered ring: ~30 s of ringing and the key press
    doors: tuple[float, float] = (9.0, 15.0)  # walk-ins arrive and are called from opening
    phone_day: tuple[float, float] = (8.0, 17.0)  # callbacks are placed over these hours
    ring_hours: tuple[float, float] = (9.0, 15.0)  # counters ring callbacks only then
    callback_target_minutes: float = 120.0
    walk_in_target_minutes: float = 15.0


@dataclass(frozen=True, slots=True)
class WalkIn:
    at: dt.datetime
    service: str
    minutes: float


@dataclass(frozen=True, slots=True)
class Call:
    at: dt.datetime
    service: str
    talk_minutes: float
    answers: tuple[bool, ...]  # one draw per allowed ring: answered or not


@dataclass(frozen=True, slots=True)
class SitePlan:
    seed: int
    site: str
    counters: int
    walk_ins: tuple[WalkIn, ...]
    calls: tuple[Call, ...]


@dataclass(frozen=True, slots=True)
class SiteDay:
    """The site's tickets at the end of the day and when each callback was rung (every
    ring; `call_ticket` keeps only the first in `first_called_at`)."""

    site: str
    tickets: tuple[Ticket, ...]
    rings: dict[str, list[dt.datetime]]


def at_hour(hour: float) -> dt.datetime:
    start = dt.datetime(DAY.year, DAY.month, DAY.day, tzinfo=COPENHAGEN)
    return start + dt.timedelta(hours=hour)


def walk_in_rate(hour: float) -> float:
    """Relative intensity while the doors are open (09–15): a peak at 10, a smaller at 13."""
    return 0.4 + math.exp(-((hour - 10) ** 2) / 1.0) + 0.4 * math.exp(-((hour - 13) ** 2))


def call_rate(hour: float) -> float:
    """Relative intensity over the phone day (08–17): most calls 08:30–10, fewer later."""
    return 0.3 + math.exp(-((hour - 9.0) ** 2) / 1.5) + 0.5 * math.exp(-((hour - 13) ** 2) / 2)


def arrival_hours(
    rng: random.Random, count: int, span: tuple[float, float], rate: Callable[[float], float]
) -> list[float]:
    """Exactly `count` arrivals with the rate's shape (thinning of uniform draws)."""
    first, last = span
    peak = max(rate(first + (last - first) * i / 600) for i in range(601))
    hours: list[float] = []
    while len(hours) < count:
        hour = rng.uniform(first, last)
        if rng.random() * peak <= rate(hour):
            hours.append(hour)
    return sorted(hours)


def lognormal(rng: random.Random, mean: float) -> float:
    # mu chosen so that the lognormal's mean is `mean`
    return rng.lognormvariate(math.log(mean) - SIGMA**2 / 2, SIGMA)


def split(total: int, weights: Sequence[int]) -> list[int]:
    """`total` in proportion to `weights`, largest remainder: the parts add up exactly."""
    exact = [total * w / sum(weights) for w in weights]
    parts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: parts[i] - exact[i])
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def plan_day(settings: Settings, seed: int) -> list[SitePlan]:
    """Walk-ins and calls shared out in proportion to the sites' staffed counters."""
    weights = [n for _s, n in settings.counters]
    walk_ins = split(settings.walk_ins, weights)
    calls = split(settings.calls, weights)
    return [
        SitePlan(
            seed,
            site,
            n,
            _walk_ins(random.Random(f"{seed}-{site}-walk-ins"), walk_ins[i], settings),
            _calls(random.Random(f"{seed}-{site}-calls"), calls[i], settings),
        )
        for i, (site, n) in enumerate(settings.counters)
    ]


def _walk_ins(rng: random.Random, count: int, settings: Settings) -> tuple[WalkIn, ...]:
    services, weights = [m[0] for m in WALK_IN_MIX], [m[1] for m in WALK_IN_MIX]
    mean = {m[0]: m[2] for m in WALK_IN_MIX}
    result = []
    for hour in arrival_hours(rng, count, settings.doors, walk_in_rate):
        service = rng.choices(services, weights)[0]
        result.append(WalkIn(at_hour(hour), service, lognormal(rng, mean[service])))
    return tuple(result)


def _calls(rng: random.Random, count: int, settings: Settings) -> tuple[Call, ...]:
    services, weights = [m[0] for m in CALLBACK_MIX], [m[1] for m in CALLBACK_MIX]
    result = []
    for hour in arrival_hours(rng, count, settings.phone_day, call_rate):
        service = rng.choices(services, weights)[0]
        talk = lognormal(rng, settings.talk_minutes)
        answers = tuple(rng.random() < settings.answer_probability for _ in range(MAX_NO_ANSWERS))
        result.append(Call(at_hour(hour), service, talk, answers))
    return tuple(result)


def callable_next(
    profile: Sequence[str],
    waiting: Iterable[Ticket],
    channel: str,
    now: dt.datetime | None = None,
) -> Ticket | None:
    """The head of `QueueService.callable_next(channel)` at `now` (the wall clock, as the
    service's, if None): the counter's services ranked by its profile, then arrival
    (`queued_at`, so a re-queued callback is at the end), then number, without the
    callbacks whose retry gap has not passed (`ready_to_ring`). No ticket here is
    reserved for a counter or a person."""
    moment = utc_now() if now is None else now
    rank = {code: i for i, code in enumerate(profile)}
    mine = [
        t
        for t in waiting
        if t.channel == channel and t.service_code in rank and ready_to_ring(t, moment)
    ]
    return min(mine, key=lambda t: (rank[t.service_code], t.arrival, t.number), default=None)


class _Tickets:
    """The two repository methods `callback_not_answered` uses, over one site's dict."""

    def __init__(self, tickets: dict[str, Ticket]) -> None:
        self._tickets = tickets

    def get_for_update(self, ticket_id: str) -> Ticket | None:
        return self._tickets.get(ticket_id)

    def save(self, ticket: Ticket) -> None:
        self._tickets[ticket.id] = ticket


@dataclass
class _Uow:
    tickets: _Tickets


class _Site:
    """One site's day in progress: its tickets, its counters and the event queue."""

    def __init__(self, plan: SitePlan, policy: str, settings: Settings) -> None:
        self.plan, self.policy, self.settings = plan, policy, settings
        self.tickets: dict[str, Ticket] = {}
        self.rings: dict[str, list[dt.datetime]] = {}
        self.talk: dict[str, float] = {}
        self.answers: dict[str, tuple[bool, ...]] = {}
        self.minutes: dict[str, float] = {}
        self.profiles = {c: counter_profile(plan.site, c) for c in range(1, plan.counters + 1)}
        self.free_at = dict.fromkeys(self.profiles, at_hour(settings.doors[0]))
        self.events: list[tuple[dt.datetime, int, str, str]] = []
        self.order = 0
        self.uow = cast(UnitOfWork, _Uow(_Tickets(self.tickets)))

    def push(self, at: dt.datetime, kind: str, ticket_id: str) -> None:
        self.order += 1
        heapq.heappush(self.events, (at, self.order, kind, ticket_id))

    def waiting(self) -> list[Ticket]:
        return [t for t in self.tickets.values() if t.status is TicketStatus.WAITING]

    def ringing(self, now: dt.datetime) -> bool:
        first, last = self.settings.ring_hours
        return at_hour(first) <= now < at_hour(last)

    def channels(self, counter: int, now: dt.datetime) -> list[str]:
        """What the counter presses, in order: F2 (walk-ins), then Shift+F2 (callbacks)."""
        rings = self.policy != "none" and self.ringing(now)
        if self.policy.startswith("dedicated") and counter == self.plan.counters:
            return [PHONE] if rings else []  # after ringing hours it has no walk-in line
        rings_when_idle = self.policy in ("idle", "dedicated+idle")
        return [WALK_IN, PHONE] if rings and rings_when_idle else [WALK_IN]


def _ticket(
    site: str, ticket_id: str, service: str, at: dt.datetime, channel: str, sequence: int
) -> Ticket:
    return Ticket(
        id=ticket_id,
        visit_id=ticket_id,
        site_code=site,
        service_code=service,
        service_day=DAY,
        series=1,
        sequence=sequence,
        number=f"{'T' if channel == PHONE else service[0].upper()}1-{sequence:04d}",
        issued_at=at,
        workstation_id="bench",
        queued_at=at,
        channel=channel,
        phone="12345678" if channel == PHONE else None,
    )


def _ids(rng: random.Random, count: int) -> list[str]:
    # uuid4-shaped ids from the seed: the real handler checks the form, the day stays the same
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


def simulate_site(plan: SitePlan, policy: str, settings: Settings) -> SiteDay:
    site = _Site(plan, policy, settings)
    rng = random.Random(f"{plan.seed}-{plan.site}-ids")
    for walk_in, tid in zip(plan.walk_ins, _ids(rng, len(plan.walk_ins)), strict=True):
        site.minutes[tid] = walk_in.minutes
        site.push(walk_in.at, "arrive-" + WALK_IN + "-" + walk_in.service, tid)
    if policy != "none":
        for call, tid in zip(plan.calls, _ids(rng, len(plan.calls)), strict=True):
            site.talk[tid], site.answers[tid] = call.talk_minutes, call.answers
            site.push(call.at, "arrive-" + PHONE + "-" + call.service, tid)
    for hour in (settings.doors[0], settings.ring_hours[0]):
        site.push(at_hour(hour), "open", "")  # wakes every counter
    while site.events:
        now, _order, kind, ticket_id = heapq.heappop(site.events)
        _handle(site, now, kind, ticket_id)
        _counters_call(site, now)
    return SiteDay(plan.site, tuple(site.tickets.values()), site.rings)


def _handle(site: _Site, now: dt.datetime, kind: str, ticket_id: str) -> None:
    if kind.startswith("arrive-"):
        _, channel, service = kind.split("-", 2)
        sequence = len(site.tickets) + 1  # the day's running number, in order of arrival
        site.tickets[ticket_id] = _ticket(
            site.plan.site, ticket_id, service, now, channel, sequence
        )
    elif kind == "finish":
        ticket = site.tickets[ticket_id]
        site.tickets[ticket_id] = dataclasses.replace(
            ticket,
            status=next_status(ticket.number, ticket.status, QueueAction.FINISH),
            finished_at=now,
        )
    elif kind == "no-answer":
        envelope = CommandEnvelope(
            "callback_not_answered",
            1,
            {"ticket_id": ticket_id},
            workstation_id="bench",
            site_code=site.plan.site,
            staff_id="bench",
            issued_at=now.isoformat(),
        )
        callback_not_answered(site.uow, envelope)  # the real rule: end of queue, or given up
        if site.tickets[ticket_id].status is TicketStatus.WAITING:
            site.push(now + RETRY_GAP, "ready", ticket_id)  # wakes an idle counter then


def _counters_call(site: _Site, now: dt.datetime) -> None:
    for counter, profile in site.profiles.items():
        if site.free_at[counter] > now:
            continue
        waiting = site.waiting()
        for channel in site.channels(counter, now):
            chosen = callable_next(profile, waiting, channel, now)
            if chosen is not None:
                _call(site, counter, chosen, now)
                break


def _call(site: _Site, counter: int, ticket: Ticket, now: dt.datetime) -> None:
    """As `call_ticket` writes it (its status from the real state machine), then served
    at once; a callback either answers (talk) or rings out (`no-answer`)."""
    called = dataclasses.replace(
        ticket,
        status=next_status(ticket.number, ticket.status, QueueAction.CALL),
        counter_number=counter,
        called_at=now,
        # As call_ticket: a callback rung again keeps its first ring.
        first_called_at=(
            ticket.first_called_at
            if ticket.channel == PHONE and ticket.first_called_at is not None
            else now
        ),
        called_by=f"staff-{counter}",
        recall_count=0,
    )
    if ticket.channel == PHONE:
        site.rings.setdefault(ticket.id, []).append(now)
        if not site.answers[ticket.id][ticket.no_answers]:
            site.tickets[ticket.id] = called
            _busy(site, counter, now, site.settings.ring_minutes, "no-answer", ticket.id)
            return
        minutes = site.talk[ticket.id]
    else:
        minutes = site.minutes[ticket.id]
    site.tickets[ticket.id] = dataclasses.replace(
        called,
        status=next_status(ticket.number, TicketStatus.CALLED, QueueAction.START),
        serving_at=now,
    )
    _busy(site, counter, now, minutes, "finish", ticket.id)


def _busy(site: _Site, counter: int, now: dt.datetime, minutes: float, kind: str, tid: str) -> None:
    done = now + dt.timedelta(minutes=minutes)
    site.free_at[counter] = done
    site.push(done, kind, tid)


def simulate_day(plans: Sequence[SitePlan], policy: str, settings: Settings) -> list[SiteDay]:
    return [simulate_site(plan, policy, settings) for plan in plans]

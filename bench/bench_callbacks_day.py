"""What callbacks cost the walk-ins: a simulated day at MUS, SKB and NYR with and without them.

    python3 bench/bench_callbacks_day.py            # 600 calls, 1,500 walk-ins, 3 sites
    python3 bench/bench_callbacks_day.py --quick    # 200 calls, 500 walk-ins, 4/3/3 counters

The day runs on the virtual clock of bench/callback_simulation.py (counters pick by the
rule of `QueueService.callable_next`; an unanswered ring goes through the real
`callback_not_answered`). Printed side by side: the same day without callbacks (same
seed, walk-ins, counters) and with callbacks under each counter policy — "idle" (a
counter rings the next callback of its profile only when no walk-in of its profile
waits: F2 first, then Shift+F2), "dedicated" (the highest staffed counter of each site
rings callbacks only, the others call walk-ins only) and "dedicated+idle" (that, and the
others ring when idle). Last, the simulation's pick is checked against the real
`QueueService.callable_next` on a real SQLite store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import callback_simulation as sim  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.demo_population import generate_citizens  # noqa: E402
from app.entities import SupportBasis, Ticket, TicketStatus  # noqa: E402
from app.ports import UnitOfWorkFactory  # noqa: E402
from app.queue.callback_service import CallbackService  # noqa: E402
from app.queue.callbacks import CALLBACKS, MAX_NO_ANSWERS, is_callback  # noqa: E402
from app.queue.figures import figures_for  # noqa: E402
from app.queue.profiles import counter_profile  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.registration import NewCitizen, RegistrationService  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402

COLUMN, PER_SITE = 18, 51  # table widths: a policy's column, the per-site label
LABELS = {
    "none": "no callbacks",
    "idle": "idle rings",
    "dedicated": "1 counter/site",
    "dedicated+idle": "1 counter + idle",
}


@dataclass(frozen=True, slots=True)
class WalkIns:
    """The walk-ins of a day (minutes): waits from drawing the ticket to its first call."""

    count: int
    never_called: int
    mean: float
    p90: float
    level: float  # share called within the walk-in target
    longest: float
    last_called: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Callbacks:
    """The callbacks of a day; shares are of every callback placed, times in minutes."""

    count: int
    level: float  # first rung within the target (one not rung today has missed it)
    ring_p50: float | None  # time to first ring, of those rung today
    ring_p90: float | None
    not_rung: float
    placed_after_ringing: float
    given_up: float
    answered: float
    quick_rerings: float | None  # of the re-rings, those within a minute of the last ring
    gap_p50: float | None  # between a ring and the next ring of the same number
    overview_level: float | None  # the supervisor's figure for the same target


@dataclass(frozen=True, slots=True)
class Figures:
    walk_ins: WalkIns
    callbacks: Callbacks | None  # None: the day without callbacks


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest rank, as queue_simulation.p90."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def minutes(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 60


def figures(days: Sequence[sim.SiteDay], settings: sim.Settings) -> Figures:
    tickets = [t for d in days for t in d.tickets]
    rings = {tid: at for d in days for tid, at in d.rings.items()}
    calls = [t for t in tickets if is_callback(t)]
    return Figures(
        _walk_ins([t for t in tickets if not is_callback(t)], settings),
        _callbacks(calls, rings, settings) if calls else None,
    )


def _walk_ins(walk_ins: Sequence[Ticket], settings: sim.Settings) -> WalkIns:
    # the counters work until the queue is empty; a walk-in is left only if no staffed
    # counter's profile holds its queue (too few counters for the profiles)
    called = [t.first_called for t in walk_ins if t.first_called]
    waits = [minutes(t.issued_at, t.first_called) for t in walk_ins if t.first_called]
    return WalkIns(
        count=len(walk_ins),
        never_called=len(walk_ins) - len(waits),
        mean=statistics.mean(waits),
        p90=percentile(waits, 0.9),
        level=sum(w <= settings.walk_in_target_minutes for w in waits) / len(waits),
        longest=max(waits),
        last_called=max(called, default=None),
    )


def _callbacks(
    calls: Sequence[Ticket], ring_times: dict[str, list[dt.datetime]], settings: sim.Settings
) -> Callbacks:
    rings = [minutes(t.issued_at, ring_times[t.id][0]) for t in calls if t.id in ring_times]
    # a re-queued callback goes to the end of its queue and waits out RETRY_GAP before
    # "ring next" picks it again
    gaps = [minutes(a, b) for r in ring_times.values() for a, b in zip(r, r[1:], strict=False)]
    n = len(calls)
    last_ring = sim.at_hour(settings.ring_hours[1])
    return Callbacks(
        count=n,
        level=sum(r <= settings.callback_target_minutes for r in rings) / n,
        ring_p50=percentile(rings, 0.5) if rings else None,
        ring_p90=percentile(rings, 0.9) if rings else None,
        not_rung=(n - len(rings)) / n,
        placed_after_ringing=sum(t.issued_at >= last_ring for t in calls) / n,
        given_up=sum(t.status is TicketStatus.NO_SHOW for t in calls) / n,
        answered=sum(t.status is TicketStatus.DONE for t in calls) / n,
        quick_rerings=sum(g <= 1.0 for g in gaps) / len(gaps) if gaps else None,
        gap_p50=percentile(gaps, 0.5) if gaps else None,
        overview_level=_overview_level(calls, settings),
    )


def _overview_level(calls: Sequence[Ticket], settings: sim.Settings) -> float | None:
    """The overview's callback line as `site_overview` computes it (`figures_for` over the
    callbacks as one queue, each waiting from its placing to its first ring), at the end
    of the day and with the same target. It counts the callbacks rung, not those never
    rung, so it reads above «first rung within target» of all placed."""
    rings = [replace(t, service_code=CALLBACKS, queued_at=None) for t in calls]
    end = sim.at_hour(settings.phone_day[1])
    target = dt.timedelta(minutes=settings.callback_target_minutes)
    return figures_for(CALLBACKS, rings, end, target=target).service_level


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _min(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} min"


def _clock(value: dt.datetime | None) -> str:
    return "–" if value is None else f"{value:%H:%M}"


def walk_in_rows(settings: sim.Settings) -> list[tuple[str, Callable[[WalkIns], str]]]:
    return [
        ("walk-ins", lambda w: f"{w.count:,}"),
        ("walk-ins never called (no counter for the queue)", lambda w: f"{w.never_called:,}"),
        ("walk-in wait, mean", lambda w: _min(w.mean)),
        ("walk-in wait, p90", lambda w: _min(w.p90)),
        (f"walk-ins called within {settings.walk_in_target_minutes:.0f} min", lambda w: _pct(w.level)),
        ("walk-in longest wait", lambda w: _min(w.longest)),
        ("last walk-in called", lambda w: _clock(w.last_called)),
    ]  # fmt: skip


def callback_rows(settings: sim.Settings) -> list[tuple[str, Callable[[Callbacks], str]]]:
    target, stop = settings.callback_target_minutes, settings.ring_hours[1]
    return [
        ("callbacks placed", lambda c: f"{c.count:,}"),
        (f"callbacks first rung within {target:.0f} min", lambda c: _pct(c.level)),
        ("time to first ring, p50 (rung today)", lambda c: _min(c.ring_p50)),
        ("time to first ring, p90 (rung today)", lambda c: _min(c.ring_p90)),
        ("not rung today", lambda c: _pct(c.not_rung)),
        (f"… placed after ringing stops ({stop:02.0f}:00)", lambda c: _pct(c.placed_after_ringing)),
        (f"given up after {MAX_NO_ANSWERS} unanswered rings", lambda c: _pct(c.given_up)),
        ("answered (done)", lambda c: _pct(c.answered)),
        ("rings again within 1 min of the last", lambda c: _pct(c.quick_rerings)),
        ("time between rings of a number, p50", lambda c: _min(c.gap_p50)),
        (f"overview's callback level ({target:.0f} min)", lambda c: _pct(c.overview_level)),
    ]  # fmt: skip


def print_table(results: dict[str, Figures], settings: sim.Settings) -> None:
    rows = [
        (label, [cell(f.walk_ins) for f in results.values()])
        for label, cell in walk_in_rows(settings)
    ] + [
        (label, [cell(f.callbacks) if f.callbacks else "–" for f in results.values()])
        for label, cell in callback_rows(settings)
    ]
    width = max(len(label) for label, _ in rows) + 2
    print(f"  {'':<{width}}" + "".join(f"{LABELS[p]:>{COLUMN}}" for p in results))
    for label, cells in rows:
        print(f"  {label:<{width}}" + "".join(f"{c:>{COLUMN}}" for c in cells))


def per_site(results: dict[str, list[sim.SiteDay]], settings: sim.Settings) -> None:
    """Walk-in mean wait and callback level per site: where the cost lands."""
    print("\n  per site: walk-in mean wait / callbacks first rung within target")
    for site, counters in settings.counters:
        cells = []
        for days in results.values():
            f = figures([d for d in days if d.site == site], settings)
            level = _pct(f.callbacks.level) if f.callbacks else "–"
            cells.append(f"{f.walk_ins.mean:.1f} min / {level}")
        label = f"{site} ({counters} counters)"
        print(f"  {label:<{PER_SITE}}" + "".join(f"{c:>{COLUMN}}" for c in cells))


def cross_check(seed: int, tickets: int = 60, steps: int = 40) -> tuple[int, int]:
    """The simulation's pick beside `QueueService.callable_next` on a real store (MUS):
    walk-ins and callbacks placed by command, then called, finished and rung out through
    the service, comparing both channels at a random counter before every move. Returns
    (checks, equal)."""
    with tempfile.TemporaryDirectory(prefix="skranke-callbacks-") as folder:
        store = open_store(Path(folder))
        try:
            ws = _fill(store, random.Random(seed), tickets)
            return _compare(store, ws, random.Random(seed + 1), steps)
        finally:
            store.close()


def _factory(store: LocalStore) -> UnitOfWorkFactory:
    # the store's SQL unit of work is a UnitOfWork; mypy cannot see it through the protocol
    return cast(UnitOfWorkFactory, store.unit_of_work)


def _fill(store: LocalStore, rng: random.Random, tickets: int) -> WorkstationConfig:
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-bbj"
        )
    bus = CommandBus(_factory(store), CATALOGUE)
    desk, phone = (
        RegistrationService(_factory(store), bus, ws),
        CallbackService(_factory(store), bus, ws),
    )
    people = [
        desk.register_citizen(NewCitizen(p.cpr, p.given_name, p.family_name, SupportBasis.OTHER)).id
        for p in generate_citizens(30, seed=7)
    ]
    for _ in range(tickets):
        if rng.random() < 0.4:
            phone.place(rng.choice(people), rng.choice(sim.CALLBACK_MIX)[0], "12345678")
        else:
            desk.issue_ticket(rng.choice(people), rng.choice(sim.WALK_IN_MIX)[0])
    return ws


def _compare(
    store: LocalStore, ws: WorkstationConfig, rng: random.Random, steps: int
) -> tuple[int, int]:
    bus = CommandBus(_factory(store), CATALOGUE)
    checks = equal = 0
    for _ in range(steps):
        counter = rng.randint(1, 5)
        profile = counter_profile("MUS", counter)
        queue = QueueService(_factory(store), bus, replace(ws, counter_number=counter), profile)
        for channel in (sim.WALK_IN, sim.PHONE):
            mine = sim.callable_next(profile, queue.site_waiting(), channel)
            real = queue.callable_next(channel)
            checks += 1
            equal += (mine.id if mine else None) == (real[0].id if real else None)
        channel = rng.choice((sim.WALK_IN, sim.PHONE))
        called = queue.call_next(channel)
        if called is not None and channel == sim.PHONE and rng.random() < 0.5:
            queue.not_answered(called.id)  # back to the end of the queue, or given up
        elif called is not None:
            queue.finish(called.id)
    return checks, equal


def parse_counters(text: str) -> tuple[tuple[str, int], ...]:
    pairs = [part.split("=") for part in text.split(",")]
    return tuple((site.strip().upper(), int(n)) for site, n in pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 calls, 500 walk-ins")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--calls", type=int, default=None)
    parser.add_argument("--walk-ins", type=int, default=None)
    parser.add_argument("--counters", default=None, help="staffed counters, e.g. MUS=5,SKB=5,NYR=4")
    parser.add_argument("--answer", type=float, default=0.7, help="chance a ring is answered")
    parser.add_argument("--target", type=float, default=120.0, help="callback target, minutes")
    parser.add_argument("--ring-until", type=float, default=15.0, help="last hour callbacks ring")
    parser.add_argument("--days", type=int, default=1, help="pool N days (seeds seed, seed+1, …)")
    parser.add_argument("--policy", choices=["all", *sim.POLICIES[1:]], default="all")
    args = parser.parse_args(argv)
    quick = (200, 500, "MUS=4,SKB=3,NYR=3") if args.quick else (600, 1500, "MUS=5,SKB=5,NYR=4")
    base = sim.Settings()
    settings = replace(
        base,
        calls=args.calls if args.calls is not None else quick[0],
        walk_ins=args.walk_ins if args.walk_ins is not None else quick[1],
        counters=parse_counters(args.counters or quick[2]),
        answer_probability=args.answer,
        callback_target_minutes=args.target,
        ring_hours=(base.ring_hours[0], args.ring_until),
    )
    policies = ["none", *(sim.POLICIES[1:] if args.policy == "all" else [args.policy])]
    _describe(settings, args.seed, args.days)
    plans = [p for s in range(args.seed, args.seed + args.days) for p in sim.plan_day(settings, s)]
    days = {policy: sim.simulate_day(plans, policy, settings) for policy in policies}
    print()
    print_table({p: figures(d, settings) for p, d in days.items()}, settings)
    per_site(days, settings)
    checks, equal = cross_check(args.seed)
    print(
        f"\n  selection rule beside QueueService.callable_next on a real store: "
        f"{equal}/{checks} picks equal"
    )
    return 0 if equal == checks else 1


def _describe(settings: sim.Settings, seed: int, days: int) -> None:
    counters = ", ".join(f"{s} {n}" for s, n in settings.counters)
    doors, phone, ring = settings.doors, settings.phone_day, settings.ring_hours
    print(
        f"Skranke callbacks benchmark — {days} day(s) from seed {seed}, each: "
        f"{settings.walk_ins:,} walk-ins "
        f"({doors[0]:02.0f}–{doors[1]:02.0f}), {settings.calls:,} callbacks placed "
        f"{phone[0]:02.0f}–{phone[1]:02.0f}, rung {ring[0]:02.0f}–{ring[1]:02.0f}; "
        f"staffed counters {counters}"
    )
    print(
        f"  each ring answered with p={settings.answer_probability:.0%}; talk "
        f"{settings.talk_minutes:.0f} min on average, an unanswered ring "
        f"{settings.ring_minutes * 60:.0f} s; callback target "
        f"{settings.callback_target_minutes:.0f} min, walk-in target "
        f"{settings.walk_in_target_minutes:.0f} min"
    )


if __name__ == "__main__":
    sys.exit(main())

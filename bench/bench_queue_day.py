"""A busy queue day: how right the expected waiting time is, how fast "call next" is,
and whether the supervisor view keeps up.

    python3 bench/bench_queue_day.py            # 1,500 citizens, 8 counters, 5 seeds
    python3 bench/bench_queue_day.py --quick    # 500 citizens, 1 seed

1. EWT error: a simulated day (bench/queue_simulation.py, virtual clock) asks every
   predictor at each arrival and compares with the wait that followed.
3. call next, on a REAL store: the day's tickets issued through commands into a
   SQLite file, then called one by one through QueueService.call_next (+ start,
   finish) beside the bare SQL that finds the next ticket.
2. supervisor: QueueService.figures / local_overview over the day's tickets beside a
   raw GROUP BY, against the view's 3 s refresh.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import queue_simulation as sim  # noqa: E402
from bench_registration import header, row  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.clock import service_day  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.commands.envelope import utc_now  # noqa: E402
from app.demo_population import generate_citizens  # noqa: E402
from app.entities import SupportBasis  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.registration import NewCitizen, RegistrationService  # noqa: E402
from app.workstation import configure_workstation  # noqa: E402
from local_cache.store import DB_FILE_NAME, LocalStore, open_store  # noqa: E402

SERVICES = [m[0] for m in sim.MIX]
REFRESH_MS = 3000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="500 citizens, one seed")
    args = parser.parse_args(argv)
    # --quick keeps the load per counter: 500 citizens at 3 counters
    citizens, counters, seeds = (500, 3, [2026]) if args.quick else (1500, 8, [2026, 1, 2, 3, 4])
    print(f"Skranke queue-day benchmark — {citizens:,} citizens over 8 h, {counters} counters")
    _ewt(citizens, counters, seeds)
    with tempfile.TemporaryDirectory(prefix="skranke-queue-") as folder:
        store = open_store(Path(folder))
        try:
            queue, issued_s = _fill(store, citizens)
            raw = sqlite3.connect(Path(folder) / DB_FILE_NAME)
            _supervisor(queue, raw)
            _call_next(queue, raw, issued_s, citizens)
            raw.close()
        finally:
            store.close()
    return 0


def _ewt(citizens: int, counters: int, seeds: Sequence[int]) -> None:
    days = [sim.generate_day(citizens, counters, seed=s) for s in seeds]
    names = list(sim.PREDICTORS)
    print(f"\n1. Expected waiting time vs the wait that followed (minutes; {len(seeds)} day(s))")
    print(f"  {'service':<20}{'n':>6}{'actual mean':>13}" + "".join(f"{n:>24}" for n in names))
    print(f"  {'':<39}" + "".join(f"{'MAE':>12}{'p90':>12}" for _ in names))
    for service in [*SERVICES, None]:
        actual = [
            p.actual for d in days for p in d.predictions if service is None or p.service == service
        ]
        cells = []
        for name in names:
            errs = [e for d in days for e in sim.errors(d, name, service)]
            cells.append(f"{statistics.mean(errs):>12.1f}{sim.p90(errs):>12.1f}")
        label = service or "ALL"
        print(f"  {label:<20}{len(actual):>6}{statistics.mean(actual):>13.1f}" + "".join(cells))
    longest = max(p.actual for d in days for p in d.predictions)
    print(f"  longest single wait in the simulated days: {longest:.0f} min")


def _fill(store: LocalStore, citizens: int) -> tuple[QueueService, float]:
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-bbj"
        )
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    registration = RegistrationService(store.unit_of_work, bus, ws)
    # Two reception workstations issue the day's tickets: a series holds 999 a day.
    receptions = [
        RegistrationService(store.unit_of_work, bus, dataclasses.replace(ws, counter_number=c))
        for c in (1, 2)
    ]
    people = [
        registration.register_citizen(
            NewCitizen(p.cpr, p.given_name, p.family_name, SupportBasis.OTHER)
        ).id
        for p in generate_citizens(min(citizens, 400), seed=7)
    ]
    rng = random.Random(7)
    weights = [m[1] for m in sim.MIX]
    start = time.perf_counter()
    for i in range(citizens):
        receptions[i % 2].issue_ticket(rng.choice(people), rng.choices(SERVICES, weights)[0])
    issued_s = time.perf_counter() - start
    desk = dataclasses.replace(ws, counter_number=1)
    return QueueService(store.unit_of_work, bus, desk, SERVICES), issued_s


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


NEXT_SQL = (
    "SELECT id FROM ticket WHERE site_code = ? AND service_day = ? AND status = 'waiting' "
    "ORDER BY coalesce(queued_at, issued_at), number LIMIT 1"
)
FIGURES_SQL = (
    "SELECT service_code, status, count(*) FROM ticket WHERE site_code = ? AND service_day = ? "
    "GROUP BY service_code, status"
)


def _call_next(queue: QueueService, raw: sqlite3.Connection, issued_s: float, n: int) -> None:
    day = service_day(utc_now()).isoformat()
    by_size: dict[str, list[float]] = {"first 100": [], "middle": [], "last 100": []}
    cycle: list[float] = []
    baseline: list[float] = []
    for i in range(n):
        baseline.append(_timed(lambda: raw.execute(NEXT_SQL, ("MUS", day)).fetchone()))
        holder: list[object] = []
        took = _timed(lambda holder=holder: holder.append(queue.call_next()))  # type: ignore[misc]
        ticket = holder[0]
        assert ticket is not None
        bucket = "first 100" if i < 100 else "last 100" if i >= n - 100 else "middle"
        by_size[bucket].append(took)
        tid = ticket.id  # type: ignore[attr-defined]
        cycle.append(
            took
            + _timed(lambda tid=tid: queue.act("start_serving", tid))  # type: ignore[misc]
            + _timed(lambda tid=tid: queue.act("finish_ticket", tid))  # type: ignore[misc]
        )
    header(f"3. Call next on a real SQLite store ({n:,} tickets issued by command)")
    print(f"  issuing the day's tickets: {issued_s:.1f} s = {n / issued_s:,.0f} tickets/s")
    for label, values in by_size.items():
        print(row(f"QueueService.call_next, {label}", values))
    print(row("call + start + finish (three commands)", cycle))
    print(row("raw sqlite3: next waiting ticket (baseline)", baseline))


def _supervisor(queue: QueueService, raw: sqlite3.Connection) -> None:
    day = service_day(utc_now()).isoformat()
    figures = [_timed(lambda: queue.figures(SERVICES)) for _ in range(30)]
    overview = [_timed(lambda: queue.local_overview(SERVICES)) for _ in range(30)]
    baseline = [
        _timed(lambda: raw.execute(FIGURES_SQL, ("MUS", day)).fetchall()) for _ in range(30)
    ]
    header("2. Supervisor figures over the full day's tickets (all waiting)")
    print(row("QueueService.figures (all services)", figures))
    print(row("QueueService.local_overview (+counters,hours)", overview))
    print(row("raw sqlite3: GROUP BY service, status", baseline))
    worst = max(overview)
    print(f"  slowest refresh {worst:.0f} ms = {worst / REFRESH_MS:.1%} of the view's 3 s interval")


if __name__ == "__main__":
    sys.exit(main())

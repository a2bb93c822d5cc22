"""A ticket at the counter while the desk applies a first download (issue 17).

    python3 bench/bench_busy_store.py                  # 20,000 changes (~2 min on 2 cores)
    python3 bench/bench_busy_store.py --changes 5000 --busy-cores 0   # quick

A real server process on loopback (SQLite) is seeded with N citizen changes (written
straight into its change log, as bench_sync's first download does). Fresh desks then
download them (pages of 2,000, as a desk does) while a thread issues a ticket every
200 ms the way the registration screen does: `RegistrationService.issue_ticket`
through the real `CommandBus` with the audit hook (start_visit + issue_ticket + their
audit entries, one transaction). Each command's latency is timed, any failure counted.
Per condition (`--busy-cores 0,2`: processes spinning beside the bench, for "two loaded
cores"), rows for:

1. the download written in slices (local_cache/pull_slices.py, the default);
2. the same download written one transaction per page (slicing off: as before);
3. the same command on an idle store (the first desk afterwards, same cadence).

Nothing here asserts on time; the target (p99 < 100 ms, no failure) is printed beside.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from bench_sync import Server, pct, seed_server_rows  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.errors import StoreBusyError  # noqa: E402
from app.registration import RegistrationService  # noqa: E402
from app.security.audit_trail import audit_change  # noqa: E402
from local_cache import sync_rebase  # noqa: E402
from local_cache.pull_slices import SlicePolicy  # noqa: E402
from local_cache.sync_store import SqlSyncStore  # noqa: E402
from tests.sync.desk import SyncedDesk  # noqa: E402

INTERVAL = 0.2  # a ticket every 200 ms
ROWS: list[tuple[str, str, str]] = []


def row(what: str, value: str, target: str = "") -> None:
    ROWS.append((what, value, target))
    print(f"  {what:<62} {value:>42}  {target}", flush=True)


@dataclass
class Counter:
    """Issues a ticket every INTERVAL on its own thread until stopped; times each one."""

    desk: SyncedDesk
    citizen_id: str
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        # As the desk is composed (ui/composition.py): every change with its audit entry.
        bus = CommandBus(self.desk.store.unit_of_work, CATALOGUE, audit=audit_change)
        self.service = RegistrationService(self.desk.store.unit_of_work, bus, self.desk.config)

    def run(self, count: int | None = None) -> None:
        due = time.perf_counter()
        while not self.stop.is_set() and (count is None or len(self.latencies) < count):
            started = time.perf_counter()
            try:
                self.service.issue_ticket(self.citizen_id, "jobbutik")
            except StoreBusyError as exc:
                self.failures.append(exc.message)
            except Exception as exc:  # noqa: BLE001 - counted and shown, the bench goes on
                self.failures.append(repr(exc))
            self.latencies.append(time.perf_counter() - started)
            due += INTERVAL
            self.stop.wait(max(0.0, due - time.perf_counter()))


def figures(samples: list[float]) -> str:
    top = max(samples) if samples else float("nan")
    return (
        f"p50 {pct(samples, 50) * 1000:.1f} / p99 {pct(samples, 99) * 1000:.1f} / "
        f"max {top * 1000:.1f} ms"
    )


@contextmanager
def busy_cores(count: int) -> Iterator[None]:
    """`count` processes spinning at normal priority: the "two loaded cores" of the report."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def fresh_desk(folder: Path, server: Server, name: str, counter: int) -> SyncedDesk:
    desk = SyncedDesk(folder / name, "MUS", counter)
    desk.enrol(server, code=server.code("MUS", counter))
    return desk


@dataclass
class Round:
    changes: int
    seconds: float
    slices: int
    counter: Counter


def download_while_issuing(desk: SyncedDesk, person: int) -> Round:
    """The first download, with a ticket every 200 ms beside it (for citizen `person`,
    registered here first)."""
    citizen = desk.register(900_000 + person)
    counter = Counter(desk, citizen.id)
    slices: list[str] = []
    sync_rebase.fault_hook = lambda p: slices.append(p) if p == "pull.slice_committed" else None
    thread = threading.Thread(target=counter.run)
    thread.start()
    started = time.perf_counter()
    try:
        desk.sync()
    finally:
        elapsed = time.perf_counter() - started
        counter.stop.set()
        thread.join()
        sync_rebase.fault_hook = None
    changes = sum(desk.sync_store.cursors().values())
    return Round(changes, elapsed, len(slices), counter)


def report(label: str, rounds: list[Round]) -> None:
    latencies = [t for r in rounds for t in r.counter.latencies]
    failures = [f for r in rounds for f in r.counter.failures]
    row(
        f"{label}: {len(rounds)} first downloads of {rounds[0].changes:,} changes",
        f"{sum(r.seconds for r in rounds) / len(rounds):.1f} s each, "
        f"{sum(r.slices for r in rounds) // len(rounds)} slices",
    )
    row(f"{label}: issue_ticket × {len(latencies)} beside them", figures(latencies), "p99 < 100 ms")
    first = f" ({failures[0][:40]}…)" if failures else ""
    row(f"{label}: failed commands", f"{len(failures)}{first}", "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2, help="fresh desks downloading, per row")
    parser.add_argument("--idle", type=int, default=75, help="tickets on the idle store")
    parser.add_argument(
        "--busy-cores",
        default="0,2",
        help="comma list: spinning processes beside the bench, one set of rows for each",
    )
    parser.add_argument(
        "--skip-unsliced", action="store_true", help="leave out one transaction a page"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="skranke-bench-busy-"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Skranke busy-store bench — {os.cpu_count()} cores (load {load}), folder {folder}\n")
    server = Server(f"sqlite:///{folder / 'server.sqlite3'}", folder)
    desks: list[SyncedDesk] = []
    modes = [("in slices", SlicePolicy())]
    if not args.skip_unsliced:
        modes.append(("a page a transaction (before)", SlicePolicy(first=10**9)))
    counters = itertools.cycle(range(3, 9))  # MUS has 8; re-enrolling one replaces it
    try:
        seed_server_rows(server, args.changes, first=1_000_000)
        for busy in [int(n) for n in args.busy_cores.split(",")]:
            condition = "quiet" if busy == 0 else f"{busy} cores busy"
            first: Round | None = None
            with busy_cores(busy):
                for label, policy in modes:
                    rounds = []
                    for _ in range(args.rounds):
                        number = next(counters)
                        desk = fresh_desk(folder, server, f"desk-{len(desks)}", number)
                        desk.sync_store = SqlSyncStore(desk.store, policy)
                        desks.append(desk)
                        rounds.append(download_while_issuing(desk, len(desks)))
                    report(f"{condition}, {label}", rounds)
                    first = first or rounds[0]
                assert first is not None
                idle = Counter(first.counter.desk, first.counter.citizen_id)
                idle.run(args.idle)
                row(
                    f"{condition}, idle store: issue_ticket × {len(idle.latencies)}",
                    figures(idle.latencies) + f", {len(idle.failures)} failed",
                )
    finally:
        for desk in desks:
            desk.close()
        server.stop()
    print("\n| measurement | result | target |\n|---|---|---|")
    for what, value, target in ROWS:
        print(f"| {what} | {value} | {target} |")


if __name__ == "__main__":
    main()

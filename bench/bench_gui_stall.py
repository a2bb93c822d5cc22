"""The GUI thread's longest stall while sync applies a big download, and a burst of changes.

    python3 bench/bench_gui_stall.py            # 100,000 rows, then 2,000 changes (~2 min)
    python3 bench/bench_gui_stall.py --quick    # 20,000 rows, then 1,000 changes

A real server process on loopback (`python -m server serve --demo`, SQLite in a temporary
folder, `bench_sync.Server`) is seeded with N citizens (shared with every site, so at
desk's site too; written straight into its tables and change log by
`bench_sync.seed_server_rows`, before the desk enrols). One desk — MUS counter 1,
`ui.composition.build_desk`, signed in with the demo PIN, its main window shown with all
its tabs (offscreen, 1280×900), synced by a `SyncConnection` engine wired with
`attach_sync` on a qasync loop, as `ui/main.py` does — enrols and starts its engine.

A QTimer heartbeat (PreciseTimer, 1 ms) on the GUI thread records the time of each tick;
a stall is a tick's gap minus the interval: how long the GUI thread (and so every key
press and repaint) waited. The run is cut into phases on the same desk:

1. *first download*: from `engine.run()` until the desk's store holds all N rows and the
   engine is online;
2. *burst*: another workstation (counter 2, its own process; no Qt) pushes M
   `register_citizen` commands over HTTP as fast as the server takes them (batches of
   200, signed with the demo PIN), until the desk's store holds all M;
3. *idle* (the baseline): the same desk, online, nothing sent, for as long as phase 1
   lasted — what the screens' own timers and the heartbeat cost on a full store.

A second of settling separates the phases and is not counted. Nothing asserts on time;
the goals (p99 < 16 ms, max < 50 ms) are printed beside.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import os
import subprocess
import sys
import tempfile
import time
import uuid
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import httpx  # noqa: E402
from bench_sync import HEADERS, Server, pct, seed_server_rows  # noqa: E402

from tests.server.raw import signed  # noqa: E402
from tests.sync.desk import cpr  # noqa: E402

INTERVAL_MS = 1
BATCH = 200
SETTLE = 1.0
SITE, STAFF, OTHER_STAFF = "MUS", "mus-bbj", "mus-aan"


# --- the other workstation (a child process: its work is not on the desk's GIL) -----------
def push_burst(url: str, code: str, count: int) -> None:
    """Enrol with `code`, build `count` signed registrations, say "ready", wait for a line
    on stdin, push them in batches as fast as the server answers, say "done"."""
    workstation = str(uuid.uuid4())
    with httpx.Client(base_url=url, headers=HEADERS, timeout=60) as http:
        reply = http.post(
            "/v1/enrol", json={"code": code, "workstation_id": workstation, "first_mutation": 1}
        )
        reply.raise_for_status()
        auth = {"Authorization": f"Bearer {reply.json()['token']}"}
        bodies = []
        for k in range(count):
            body = {
                "mutation": k + 1,
                "command_id": str(uuid.uuid4()),
                "name": "register_citizen",
                "version": 1,
                "args": {
                    "citizen_id": str(uuid.uuid4()),
                    "cpr": cpr(5_000_000 + k),
                    "given_name": "Burst",
                    "family_name": f"Borger {k}",
                    "support_basis": "kontanthjaelp",
                },
                "workstation_id": workstation,
                "site_code": SITE,
                "staff_id": OTHER_STAFF,
                "issued_at": dt.datetime.now(dt.UTC).isoformat(),
                "hlc": "",
            }
            bodies.append(signed(body))
        print("ready", flush=True)
        sys.stdin.readline()
        started = time.perf_counter()
        for first in range(0, count, BATCH):
            pushed = http.post(
                "/v1/push", json={"mutations": bodies[first : first + BATCH]}, headers=auth
            )
            pushed.raise_for_status()
        print(f"done {time.perf_counter() - started:.3f}", flush=True)


class GcPauses:
    """How long each of Python's garbage collections held the interpreter (any thread)."""

    def __init__(self) -> None:
        self.longest: list[tuple[float, int]] = []
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.longest.append(((time.perf_counter() - self._started) * 1000, info["generation"]))

    def summary(self) -> str:
        if not self.longest:
            return "garbage collections: none"
        worst = sorted(self.longest, reverse=True)[:3]
        shown = ", ".join(f"{ms:.1f} ms (gen {gen})" for ms, gen in worst)
        return f"garbage collections: {len(self.longest)}, the longest {shown}"


# --- the desk ---------------------------------------------------------------------------
def run_desk(args: argparse.Namespace) -> None:
    import qasync  # type: ignore[import-untyped]
    from PySide6.QtCore import QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.sync.connection import SyncConnection
    from app.sync.protocol import PullPage
    from app.sync.status import SyncState
    from app.workstation import configure_workstation
    from local_cache.store import open_store
    from local_cache.sync_store import SqlSyncStore
    from tests.ui.helpers import session_for
    from ui.composition import attach_sync, build_desk

    class Heartbeat(QObject):
        """A tick every INTERVAL_MS on the GUI thread; the gaps between ticks are stalls."""

        def __init__(self) -> None:
            super().__init__()
            self.ticks = array("d")
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(INTERVAL_MS)
            self.timer.timeout.connect(self._on_timer_timeout)

        def _on_timer_timeout(self) -> None:
            self.ticks.append(time.perf_counter())

    class Arrivals:
        """Citizen rows committed in the desk's sync store (on the engine's thread)."""

        def __init__(self, sync_store: SqlSyncStore) -> None:
            self.citizens = 0
            real_pull, real_announced = sync_store.apply_pull, sync_store.apply_announced

            def counted_pull(page: PullPage) -> Any:
                report = real_pull(page)
                self._count(page)
                return report

            def counted_announced(after: dict[str, int], page: PullPage) -> Any:
                report = real_announced(after, page)
                if report is not None:
                    self._count(page)
                return report

            sync_store.apply_pull = counted_pull  # type: ignore[method-assign]
            sync_store.apply_announced = counted_announced  # type: ignore[method-assign]

        def _count(self, page: PullPage) -> None:
            self.citizens += sum(1 for c in page.changes if c.table == "citizen")

    folder = Path(tempfile.mkdtemp(prefix="skranke-bench-stall-"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Skranke GUI-stall bench — {os.cpu_count()} cores (load {load}), folder {folder}")
    app = QApplication.instance() or QApplication([])
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # as ui/main.py: the collector runs on the GUI thread
    pauses = GcPauses()
    server = Server(f"sqlite:///{folder / 'server.sqlite3'}", folder)
    phases: list[tuple[str, float, float, str]] = []
    try:
        t = time.perf_counter()
        seed_server_rows(server, args.rows, first=1_000_000)
        print(f"server seeded with {args.rows:,} citizens in {time.perf_counter() - t:.1f} s")
        store = open_store(folder / "desk")
        with store.unit_of_work() as uow:
            ws = configure_workstation(
                store.settings, uow.reference, site_code=SITE, counter_number=1, staff_id=STAFF
            )
        desk = build_desk(store, ws, folder / "desk", "da", session=session_for(store, STAFF))
        desk.window.resize(1280, 900)
        desk.window.show()
        collector.settle()
        sync_store = SqlSyncStore(store)
        arrivals = Arrivals(sync_store)
        heartbeat = Heartbeat()
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def until(done: Any, what: str, timeout: float = 600.0) -> None:
            deadline = time.perf_counter() + timeout
            while not done():
                if time.perf_counter() > deadline:
                    raise TimeoutError(what)
                await asyncio.sleep(0.02)

        async def scenario() -> None:
            connection = SyncConnection(sync_store)
            engine = connection.engine
            attach_sync(desk, engine, loop.create_task)
            await engine.enrol(server.url, server.code(SITE, 1), ws.workstation_id)
            heartbeat.timer.start()
            await asyncio.sleep(SETTLE)
            run = loop.create_task(engine.run())
            try:
                start = time.perf_counter()

                def online() -> bool:
                    status = engine.status
                    return status.state is SyncState.ONLINE and status.download is None

                await until(lambda: arrivals.citizens >= args.rows and online(), "download")
                download = time.perf_counter() - start
                phases.append(("first download", start, start + download, f"{args.rows:,} rows"))
                await asyncio.sleep(SETTLE)
                # The other workstation: ready (enrolled, bodies built) before the clock.
                code = server.code(SITE, 2)
                child = subprocess.Popen(
                    [sys.executable, __file__, "--push-burst", server.url, code, str(args.burst)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                try:
                    assert child.stdin is not None and child.stdout is not None
                    if (await asyncio.to_thread(child.stdout.readline)).strip() != "ready":
                        raise RuntimeError("the other workstation did not get ready")
                    await asyncio.sleep(SETTLE)
                    before = arrivals.citizens
                    start = time.perf_counter()
                    child.stdin.write("go\n")
                    child.stdin.flush()
                    await until(lambda: arrivals.citizens - before >= args.burst, "burst")
                    end = time.perf_counter()
                    pushed = (await asyncio.to_thread(child.stdout.readline)).split()
                finally:
                    if child.poll() is None:
                        child.kill()
                    child.wait()
                note = f"{args.burst:,} changes (pushed in {float(pushed[1]):.1f} s)"
                phases.append(("burst from another workstation", start, end, note))
                await asyncio.sleep(SETTLE)
                start = time.perf_counter()
                await asyncio.sleep(download)
                phases.append(("idle (baseline)", start, time.perf_counter(), "same desk, online"))
                heartbeat.timer.stop()
            finally:
                await connection.aclose()
                run.cancel()
                await asyncio.gather(run, return_exceptions=True)

        try:
            loop.run_until_complete(scenario())
        finally:
            desk.runner.shutdown()
            desk.window.close()
            loop.close()
            asyncio.set_event_loop(None)
            store.close()
    finally:
        server.stop()
    report(heartbeat.ticks, phases)
    print(pauses.summary())
    collector.stop()


@dataclass
class Stalls:
    ticks: int
    stalls: list[float]


def stalls_in(ticks: array[float], start: float, end: float) -> Stalls:
    """The ticks in [start, end] and each one's stall: its gap from the previous tick
    minus the interval (the first tick's gap reaches back before `start`)."""
    first, last = bisect_left(ticks, start), bisect_right(ticks, end)
    interval = INTERVAL_MS / 1000
    stalls = [max(0.0, ticks[i] - ticks[i - 1] - interval) for i in range(max(first, 1), last)]
    return Stalls(last - first, stalls)


def report(ticks: array[float], phases: list[tuple[str, float, float, str]]) -> None:
    print(
        f"\nheartbeat: a QTimer every {INTERVAL_MS} ms on the GUI thread; stall = gap − interval\n"
    )
    print(
        "| phase | duration | ticks | p50 stall ms | p99 stall ms | max stall ms |"
        " stalls > 16 / > 50 ms | what |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, start, end, note in phases:
        found = stalls_in(ticks, start, end)
        s = found.stalls or [float("nan")]
        over16 = sum(1 for x in s if x > 0.016)
        over50 = sum(1 for x in s if x > 0.050)
        print(
            f"| {name} | {end - start:.1f} s | {found.ticks:,} | {pct(s, 50) * 1000:.2f} |"
            f" {pct(s, 99) * 1000:.1f} | {max(s) * 1000:.1f} | {over16} / {over50} | {note} |"
        )
    print("\ngoal: p99 < 16 ms, max < 50 ms in every phase")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--push-burst":
        push_burst(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="20,000 rows, a burst of 1,000")
    parser.add_argument("--rows", type=int, default=None, help="citizens of the first download")
    parser.add_argument("--burst", type=int, default=None, help="changes pushed by another desk")
    args = parser.parse_args()
    args.rows = args.rows or (20_000 if args.quick else 100_000)
    args.burst = args.burst or (1_000 if args.quick else 2_000)
    run_desk(args)


if __name__ == "__main__":
    main()

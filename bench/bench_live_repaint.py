"""A change made at desk A shows on desk B's screens: how long after its commit.

    python3 bench/bench_live_repaint.py            # 100 tickets (~1.5 min)
    python3 bench/bench_live_repaint.py --quick    # 20 tickets (~30 s)

A real server process on loopback (`python -m server serve --demo`, SQLite in a temporary
folder, `bench_sync.Server`) and two real desks of site MUS in ONE process, one
QApplication, one qasync loop (QT_QPA_PLATFORM=offscreen): each desk is built by
`ui.composition.build_desk`, signed in (demo PIN), shown, enrolled and synced by its own
`SyncConnection` engine wired with `attach_sync`, exactly as `ui/main.py` does it.
Desk A is counter 1 (mus-bbj), desk B counter 2 (mus-aan); B shows its counter tab, and
its waiting-room display is opened with the desk's own action (`display_action`,
`ui.composition.open_waiting_room_display`).

Desk A issues N tickets (jobbutik, a random 0.2–0.8 s apart) with
`RegistrationService.issue_ticket` on its own background runner — the real command
through the desk's bus, audit entry included — and then emits the registration screen's
`ticket_issued`, which is what wakes its sync engine in the app. The commit moment is
SQLAlchemy's `after_commit` of that command's session, on the runner's thread. On desk B:

- *store*: the moment B's sync store has committed the ticket's row (B's
  `SqlSyncStore.apply_pull` / `apply_announced` returned, on the engine's thread);
- *counter repaint*: the first paint event Qt delivers to B's waiting-list view
  (`desk.counter.table.viewport()`, an event filter) whose rectangle covers a row that
  holds the ticket — the model contains it and that frame draws it;
- *display repaint*: the waiting-room display shows called numbers ("A012 → 1") and
  the expected wait per queue, never a waiting ticket's number, so it is timed for the
  call: once B's counter has drawn a ticket, desk A calls it
  (`QueueService.call_specific`, desk A's queue service, then `ticket_called` as the
  counter screen emits it) and the commit of that call is timed to the first paint of
  one of the display's call labels showing "<number>  →  1".

Baseline, same run, same desks: tickets issued at desk B itself, its registration
screen's `ticket_issued` emitted as the screen does (the desk's own signal refreshes its
counter screen), timed commit → B's counter repaint: what a repaint costs when the screen
is told of the change. The gap between "in B's store" and "repainted" is the screens'
own: today they poll on timers (counter 5 s, display 2 s), so expect seconds.

Nothing asserts on time; the target (repaint p95 < 150 ms) is printed beside.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import qasync  # type: ignore[import-untyped]  # noqa: E402
from bench_sync import Server, pct  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QPaintEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.entities import Citizen, SupportBasis, Ticket  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.registration import NewCitizen, RegistrationService  # noqa: E402
from app.sync.connection import SyncConnection  # noqa: E402
from app.sync.protocol import PullPage  # noqa: E402
from app.sync.status import SyncState  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402
from local_cache.sync_store import SqlSyncStore  # noqa: E402
from tests.sync.desk import cpr  # noqa: E402
from tests.ui.helpers import session_for  # noqa: E402
from ui.composition import Desk, attach_sync, build_desk  # noqa: E402
from ui.queue.counter_screen import CounterScreen  # noqa: E402
from ui.queue.waiting_room_display import WaitingRoomDisplay  # noqa: E402

T = TypeVar("T")
SERVICE = "jobbutik"  # both counters call it (resources/seed/counter_profiles.json)
OWN_SERVICE = "aaben_raadgivning"  # counter 2's first queue: the baseline's tickets
SHOW_TIMEOUT = 20.0  # a ticket not drawn by then is counted as missed


# --- when a command committed -----------------------------------------------------------
_commit = threading.local()


def _after_commit(_session: Session) -> None:
    _commit.at = time.perf_counter()


event.listen(Session, "after_commit", _after_commit)


def committed(work: Callable[[], T]) -> Callable[[], tuple[T, float]]:
    """`work` for a runner, returning its value and the moment its last commit ended."""

    def run() -> tuple[T, float]:
        _commit.at = None
        value = work()
        at = _commit.at
        if at is None:
            raise RuntimeError("the command did not commit")
        return value, at

    return run


async def on_runner(desk: Desk, work: Callable[[], T]) -> T:
    """`work` on the desk's own background runner (its one database worker), awaited."""
    future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    desk.runner.run(work, future.set_result, future.set_exception)
    return await future


# --- what desk B has and shows ------------------------------------------------------------
class StoreProbe:
    """The moment each ticket row (id, status) was committed in a desk's sync store."""

    def __init__(self, sync_store: SqlSyncStore) -> None:
        self.arrived: dict[tuple[str, str], float] = {}
        self.citizens: set[str] = set()
        real_pull, real_announced = sync_store.apply_pull, sync_store.apply_announced

        def timed_pull(page: PullPage) -> Any:
            report = real_pull(page)
            self._note(page)
            return report

        def timed_announced(after: dict[str, int], page: PullPage) -> Any:
            report = real_announced(after, page)
            if report is not None:
                self._note(page)
            return report

        sync_store.apply_pull = timed_pull  # type: ignore[method-assign]
        sync_store.apply_announced = timed_announced  # type: ignore[method-assign]

    def _note(self, page: PullPage) -> None:
        now = time.perf_counter()
        for change in page.changes:
            if change.table == "ticket":
                key = (str(change.row.get("id")), str(change.row.get("status")))
                self.arrived.setdefault(key, now)
            elif change.table == "citizen":
                self.citizens.add(str(change.row.get("id")))


class CounterPaintProbe(QObject):
    """The first paint of the counter's waiting list that draws each ticket's row."""

    def __init__(self, counter: CounterScreen) -> None:
        super().__init__(counter)
        self.counter = counter
        self.painted: dict[str, float] = {}
        counter.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:  # noqa: N802 - Qt's name
        if ev.type() == QEvent.Type.Paint and isinstance(ev, QPaintEvent):
            now = time.perf_counter()
            area, model, table = ev.rect(), self.counter.model, self.counter.table
            for row in range(model.rowCount()):
                ticket = model.ticket_at(row)
                if ticket is None or ticket.id in self.painted:
                    continue
                if (
                    table.visualRect(model.index(row, 0))
                    .adjusted(0, 0, table.viewport().width(), 0)
                    .intersects(area)
                ):
                    self.painted[ticket.id] = now
        return False


class DisplayPaintProbe(QObject):
    """The first paint of a waiting-room call label showing each text."""

    def __init__(self, display: WaitingRoomDisplay) -> None:
        super().__init__(display)
        self.painted: dict[str, float] = {}
        for label in display.call_labels:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:  # noqa: N802 - Qt's name
        if ev.type() == QEvent.Type.Paint and isinstance(watched, QLabel):
            self.painted.setdefault(watched.text(), time.perf_counter())
        return False


# --- the run --------------------------------------------------------------------------------
@dataclass
class Issued:
    ticket_id: str
    number: str
    committed: float
    called: float | None = None  # commit of desk A's call


def desk_store(folder: Path, counter: int, staff: str) -> tuple[LocalStore, WorkstationConfig]:
    store = open_store(folder)
    with store.unit_of_work() as uow:
        config = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=counter, staff_id=staff
        )
    return store, config


def registration_of(desk: Desk) -> RegistrationService:
    return desk.registration._service  # noqa: SLF001 - the service the desk's screen uses


def queue_of(desk: Desk) -> QueueService:
    return desk.counter._queue  # noqa: SLF001 - the service the desk's counter uses


async def until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@dataclass
class Results:
    issued: list[Issued]
    own: list[tuple[str, float]]  # the baseline: desk B's own tickets (id, commit)
    store: StoreProbe
    counter: CounterPaintProbe
    display: DisplayPaintProbe
    counter_number_a: int


async def scenario(
    server: Server, desks: list[tuple[Desk, LocalStore, WorkstationConfig]], args: Any
) -> Results:
    (a, store_a, ws_a), (b, store_b, ws_b) = desks
    sync_b = SqlSyncStore(store_b)
    probe = StoreProbe(sync_b)
    loop = asyncio.get_running_loop()
    connections = [SyncConnection(SqlSyncStore(store_a)), SyncConnection(sync_b)]
    runs: list[asyncio.Task[None]] = []
    for desk, connection, ws in zip((a, b), connections, (ws_a, ws_b), strict=True):
        attach_sync(desk, connection.engine, loop.create_task)
        code = server.code("MUS", ws.counter_number)
        await connection.engine.enrol(server.url, code, ws.workstation_id)
        runs.append(loop.create_task(connection.engine.run()))
    try:
        b.display_action.trigger()  # the desk's own "Vis venteværelsesskærm"
        display = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, WaitingRoomDisplay)
        )
        counter_probe, display_probe = CounterPaintProbe(b.counter), DisplayPaintProbe(display)
        citizen: Citizen = await on_runner(
            a,
            lambda: registration_of(a).register_citizen(
                NewCitizen(cpr(4242), "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
            ),
        )
        a.registration.citizen_registered.emit(citizen)
        await until(lambda: citizen.id in probe.citizens, "the citizen at desk B")
        await until(
            lambda: all(
                c.engine.status.state is SyncState.ONLINE and not c.engine.status.pending
                for c in connections
            ),
            "both desks online and idle",
        )
        await asyncio.sleep(1.0)
        issued: list[Issued] = []
        issuing_done = asyncio.Event()

        async def issue() -> None:
            for _ in range(args.tickets):
                receipt, at = await on_runner(
                    a, committed(lambda: registration_of(a).issue_ticket(citizen.id, SERVICE))
                )
                issued.append(Issued(receipt.ticket_id, receipt.number, at))
                a.registration.ticket_issued.emit(receipt)  # as the screen does: wakes sync
                await asyncio.sleep(random.uniform(0.2, 0.8))
            issuing_done.set()

        def call_ticket(ticket_id: str) -> Ticket | None:
            queue = queue_of(a)
            held = queue.at_counter()
            if held is not None:  # a counter holds one citizen: the one before is done
                queue.finish(held.ticket.id)
            return queue.call_specific(ticket_id)

        async def call() -> None:
            """Desk A calls each ticket once B's counter has drawn it (or it was missed)."""
            done = 0
            while not (issuing_done.is_set() and done == len(issued)):
                if done == len(issued):
                    await asyncio.sleep(0.01)
                    continue
                item = issued[done]
                while (
                    item.ticket_id not in counter_probe.painted
                    and time.perf_counter() - item.committed < SHOW_TIMEOUT
                ):
                    await asyncio.sleep(0.01)
                ticket, at = await on_runner(a, committed(partial(call_ticket, item.ticket_id)))
                item.called = at
                if ticket is not None:
                    a.counter.ticket_called.emit(ticket)  # as the counter screen does
                done += 1
                # A counter's pace: the display lists the last 6 calls, so a burst of
                # calls between two of its loads would push some off before they are drawn.
                await asyncio.sleep(random.uniform(0.3, 0.7))

        await asyncio.gather(issue(), call())
        last = max(i.called or 0.0 for i in issued)
        counter_a = ws_a.counter_number
        while time.perf_counter() - last < SHOW_TIMEOUT and not all(
            f"{i.number}  →  {counter_a}" in display_probe.painted for i in issued[-3:]
        ):
            await asyncio.sleep(0.05)
        # Baseline: tickets issued at desk B itself, its screen's signal emitted.
        own: list[tuple[str, float]] = []
        for _ in range(args.baseline):
            receipt_b, at = await on_runner(
                b, committed(lambda: registration_of(b).issue_ticket(citizen.id, OWN_SERVICE))
            )
            own.append((receipt_b.ticket_id, at))
            b.registration.ticket_issued.emit(receipt_b)
            drawn_by = time.perf_counter() + SHOW_TIMEOUT
            while receipt_b.ticket_id not in counter_probe.painted:
                if time.perf_counter() > drawn_by:
                    break
                await asyncio.sleep(0.005)
            await asyncio.sleep(random.uniform(0.2, 0.8))
        display.close()
        return Results(issued, own, probe, counter_probe, display_probe, counter_a)
    finally:
        for connection in connections:
            await connection.aclose()
        for run in runs:
            run.cancel()
        await asyncio.gather(*runs, return_exceptions=True)


Moments = list[float | None]


def gaps(starts: Moments, ends: Moments) -> list[float]:
    return [e - s for s, e in zip(starts, ends, strict=True) if s is not None and e is not None]


def report(results: Results, seconds: float) -> None:
    issued, probe = results.issued, results.store
    counter, display = results.counter.painted, results.display.painted
    n = len(issued)
    issue: Moments = [i.committed for i in issued]
    call: Moments = [i.called for i in issued]
    store_in: Moments = [probe.arrived.get((i.ticket_id, "waiting")) for i in issued]
    counter_in: Moments = [counter.get(i.ticket_id) for i in issued]
    call_store: Moments = [probe.arrived.get((i.ticket_id, "called")) for i in issued]
    label = "{}"  # the display writes the number, its counter beside it
    shown: Moments = [display.get(label.format(i.number)) for i in issued]
    own: Moments = [at for _tid, at in results.own]
    own_drawn: Moments = [counter.get(tid) for tid, _at in results.own]
    target = "p95 < 150 ms"
    rows: list[tuple[str, list[float], int, str]] = [
        ("issue at A → in B's store", gaps(issue, store_in), n, ""),
        ("issue at A → B's counter screen repainted with it", gaps(issue, counter_in), n, target),
        ("  of which in B's store → B's counter repainted", gaps(store_in, counter_in), n, ""),
        ("call at A → in B's store", gaps(call, call_store), n, ""),
        ("call at A → B's waiting-room display repainted", gaps(call, shown), n, target),
        ("  of which in B's store → B's display repainted", gaps(call_store, shown), n, ""),
        ("baseline: issue at B itself → B's counter repainted", gaps(own, own_drawn), len(own), ""),
    ]
    span = issued[-1].committed - issued[0].committed if issued else 0.0
    print(
        f"\n{n} tickets issued at desk A over {span:.0f} s, each called there once B's counter"
        f" drew it; baseline {len(own)} tickets at desk B; the run took {seconds:.0f} s\n"
    )
    print(f"| {'measurement':<53} | {'n':>5} | p50 ms | p95 ms | max ms | target |")
    print(f"|{'-' * 55}|{'-' * 7}|-------:|-------:|-------:|--------|")
    for what, samples, total, wanted in rows:
        figures = ["–"] * 3
        verdict = ""
        if samples:
            figures = [f"{x * 1000:.0f}" for x in (pct(samples, 50), pct(samples, 95))]
            figures.append(f"{max(samples) * 1000:.0f}")
            if wanted:
                verdict = f"{wanted}: {'MET' if pct(samples, 95) < 0.150 else 'NOT MET'}"
        count = str(total) if len(samples) == total else f"{len(samples)}/{total}"
        p50, p95, top = figures
        print(f"| {what:<53} | {count:>5} | {p50:>6} | {p95:>6} | {top:>6} | {verdict} |")
    missed = n - len([c for c in counter_in if c is not None])
    if missed:
        print(f"\n{missed} tickets were never drawn on B's counter within {SHOW_TIMEOUT:.0f} s.")
    unseen = n - len([d for d in shown if d is not None])
    if unseen:
        print(
            f"\n{unseen} calls were never drawn on B's display (within {SHOW_TIMEOUT:.0f} s, or"
            " pushed out of its 6 rows by later calls before it loaded)."
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="20 tickets, 5 baseline")
    parser.add_argument("--tickets", type=int, default=None, help="tickets issued at desk A")
    parser.add_argument("--baseline", type=int, default=None, help="tickets issued at desk B")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    args.tickets = args.tickets or (20 if args.quick else 100)
    args.baseline = args.baseline or (5 if args.quick else 20)
    random.seed(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="skranke-bench-repaint-"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Skranke live-repaint bench — {os.cpu_count()} cores (load {load}), folder {folder}")
    app = QApplication.instance() or QApplication([])
    server = Server(f"sqlite:///{folder / 'server.sqlite3'}", folder)
    built: list[tuple[Desk, LocalStore, WorkstationConfig]] = []
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop_errors: list[str] = []
    loop.set_exception_handler(lambda _l, ctx: loop_errors.append(str(ctx.get("message"))))
    try:
        for name, counter, staff in (("desk-a", 1, "mus-bbj"), ("desk-b", 2, "mus-aan")):
            store, ws = desk_store(folder / name, counter, staff)
            desk = build_desk(store, ws, folder / name, "da", session=session_for(store, staff))
            desk.window.resize(1280, 900)
            desk.window.show()
            built.append((desk, store, ws))
        built[1][0].window.tabs.setCurrentWidget(built[1][0].counter)
        started = time.perf_counter()
        results = loop.run_until_complete(scenario(server, built, args))
        elapsed = time.perf_counter() - started
    finally:
        for desk, _store, _ws in built:
            desk.runner.shutdown()
            desk.window.close()
        loop.close()
        asyncio.set_event_loop(None)
        for _desk, store, _ws in built:
            store.close()
        server.stop()
    report(results, elapsed)
    if loop_errors:
        print(f"\nevent-loop errors: {len(loop_errors)} (first: {loop_errors[0]})")


if __name__ == "__main__":
    main()

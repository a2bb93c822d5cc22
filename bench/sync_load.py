"""The load generator of bench_sync: many simulated workstations against running servers.

Each simulated workstation pushes one command every `interval` seconds and pulls after
it, listens for the server's events, takes the changes an event carries when it stands
where they start or within them, and otherwise pulls (at most once a second). As the
desk's engine does (app/sync/engine.py), an event waits while the desk role pushes
and pulls: that pull brings the announcement of its own push and whatever came meanwhile.

A workstation has two roles, and by default they run in two processes: the desk role
(push, then pull) and the listener role (the event stream and the pulls it causes).
On 150 real machines every event is parsed by its own receiver; in one generator
process the 150 events of every push were parsed in a burst, and a push reply that
arrived in that burst waited for it — counted as the server's latency. Both roles
share the workstation's cursors through shared memory, as the engine of one desk does.
`processes=1` runs both roles in one process, as before, for comparison.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.sharedctypes import SynchronizedArray
from typing import Any

import httpx

from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, SCHEMA_VERSION
from server.heap import settle_heap
from shared_store.sync.tables import streams_for_site
from tests.server.raw import signed
from tests.sync.desk import cpr

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}
STAFF = {"MUS": "mus-bbj", "SKB": "skb-mhl", "NYR": "nyr-ajm"}
ROLES = ("desk", "listener")


@dataclass(frozen=True)
class Station:
    index: int
    workstation_id: str
    token: str
    site: str


@dataclass
class Plan:
    urls: list[str]
    stations: list[Station]
    interval: float
    ramp: float  # connections are opened over this many seconds
    measure_from: float  # time.perf_counter() values: CLOCK_MONOTONIC, the same in every process
    stop: float


@dataclass
class Samples:
    push: list[float] = field(default_factory=list)
    pull: list[float] = field(default_factory=list)
    lag: dict[str, list[float]] = field(default_factory=dict)
    errors: int = 0
    inline: int = 0

    def add(self, other: Samples) -> None:
        self.push += other.push
        self.pull += other.pull
        self.lag.update(other.lag)
        self.errors += other.errors
        self.inline += other.inline


SLOTS = 4  # per workstation: its two streams' cursors, last mutation pushed, busy (0/1)


class Cursors:
    """One workstation's cursors per stream, kept in memory shared by its two roles."""

    def __init__(self, shared: SynchronizedArray[Any], station: Station) -> None:
        self.shared = shared
        self.streams = streams_for_site(station.site)
        assert len(self.streams) == SLOTS - 2
        self.base = station.index * SLOTS

    @property
    def confirmed(self) -> int:
        return int(self.shared[self.base + SLOTS - 2])

    @confirmed.setter
    def confirmed(self, mutation: int) -> None:
        self.shared[self.base + SLOTS - 2] = mutation

    @property
    def busy(self) -> bool:
        """The desk role is pushing and pulling (the engine's lock is held)."""
        return bool(self.shared[self.base + SLOTS - 1])

    @contextlib.contextmanager
    def round(self) -> Iterator[None]:
        """The desk role's push and pull: events wait meanwhile, as on a desk."""
        self.shared[self.base + SLOTS - 1] = 1
        try:
            yield
        finally:
            self.shared[self.base + SLOTS - 1] = 0

    def get(self) -> dict[str, int]:
        return {s: int(self.shared[self.base + i]) for i, s in enumerate(self.streams)}

    def advance(self, cursors: dict[str, int]) -> None:
        # Never backwards: the other role may already have moved further.
        for i, s in enumerate(self.streams):
            if cursors.get(s, 0) > self.shared[self.base + i]:
                self.shared[self.base + i] = cursors[s]


def run(
    urls: list[str],
    fleet: Sequence[tuple[str, str, str]],
    seconds: float,
    interval: float,
    processes: int = 2,
) -> Samples:
    stations = [Station(i, ws, token, site) for i, (ws, token, site) in enumerate(fleet)]
    ramp = max(2.0, len(stations) / 100)
    start = time.perf_counter() + 1.0  # the processes' own start-up is not in the ramp
    # Every station works one interval unmeasured (a server that has run for a while:
    # its code loaded, statements compiled, pools filled); only the window after counts.
    plan = Plan(
        urls, stations, interval, ramp, start + ramp + interval, start + ramp + interval + seconds
    )
    context = multiprocessing.get_context("fork")
    shared = context.Array("q", SLOTS * len(stations), lock=False)
    groups = [ROLES] if processes == 1 else [(role,) for role in ROLES]
    results: multiprocessing.Queue[Samples] = context.Queue()
    workers = [
        context.Process(target=_work, args=(plan, roles, shared, results, start))
        for roles in groups
    ]
    for worker in workers:
        worker.start()
    total = Samples()
    for _ in workers:
        total.add(results.get())
    for worker in workers:
        worker.join()
    return total


def _work(
    plan: Plan,
    roles: tuple[str, ...],
    shared: SynchronizedArray[Any],
    results: multiprocessing.Queue[Samples],
    start: float,
) -> None:
    # This process stands in for many machines: its own collector's pauses (a full
    # collection took up to 60 ms) would be counted as the server's.
    settle_heap()
    results.put(asyncio.run(_simulate(plan, roles, shared, start)))


async def _simulate(
    plan: Plan, roles: tuple[str, ...], shared: SynchronizedArray[Any], start: float
) -> Samples:
    samples = Samples()
    await asyncio.sleep(max(0.0, start - time.perf_counter()))
    work = [_loop_lag(plan, samples, "+".join(roles))]
    for station in plan.stations:
        cursors = Cursors(shared, station)
        if "desk" in roles:
            work.append(_desk(plan, station, cursors, samples))
        if "listener" in roles:
            work.append(_listener(plan, station, cursors, samples))
    await asyncio.gather(*work)
    return samples


async def _pull(
    http: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    cursors: Cursors,
    plan: Plan,
    samples: Samples,
) -> None:
    t = time.perf_counter()
    try:
        r = await http.post(
            url + "/v1/pull",
            json={"cursors": cursors.get(), "confirmed": cursors.confirmed},
            headers=headers,
        )
    except httpx.HTTPError:  # an overloaded server drops connections: counted
        samples.errors += 1
        return
    if t >= plan.measure_from:
        samples.pull.append(time.perf_counter() - t)
    if r.status_code == 200:
        cursors.advance(r.json()["cursors"])
    else:
        samples.errors += 1


async def _start(
    http: httpx.AsyncClient, url: str, headers: dict[str, str], samples: Samples
) -> dict[str, int]:
    # Start caught up (steady state, not 150 first downloads at once).
    for _attempt in range(30):
        try:
            first = await http.post(url + "/v1/pull", json={"limit": 1}, headers=headers)
            return dict(first.json()["heads"])
        except httpx.HTTPError:
            samples.errors += 1
            await asyncio.sleep(1.0)
    raise RuntimeError("the server did not answer a first pull")


def _headers(station: Station) -> dict[str, str]:
    return {**HEADERS, "Authorization": f"Bearer {station.token}"}


async def _desk(plan: Plan, station: Station, cursors: Cursors, samples: Samples) -> None:
    """Push one command every interval (resent after a failure, as a desk does), then pull."""
    url = plan.urls[station.index % len(plan.urls)]  # several instances: a load balancer
    headers = _headers(station)
    # Each simulated workstation has its own client, as a real one does (one shared pool
    # of hundreds of connections makes httpx itself the bottleneck).
    async with httpx.AsyncClient(timeout=30) as http:
        await asyncio.sleep(random.uniform(0, plan.ramp))
        cursors.advance(await _start(http, url, headers, samples))
        mutation = 0
        next_push = time.perf_counter() + random.uniform(0, plan.interval)
        unsent: dict[str, Any] | None = None
        while True:
            await asyncio.sleep(max(0.0, next_push - time.perf_counter()))
            if time.perf_counter() >= plan.stop:
                return
            next_push += plan.interval * random.uniform(0.8, 1.2)
            if unsent is None:
                mutation += 1
                unsent = _registration(station, mutation)
            with cursors.round():
                t = time.perf_counter()
                try:
                    r = await http.post(url + "/v1/push", json=unsent, headers=headers)
                except httpx.HTTPError:  # sent again at the next turn
                    samples.errors += 1
                    continue
                if t >= plan.measure_from:
                    samples.push.append(time.perf_counter() - t)
                if r.status_code != 200:
                    samples.errors += 1
                    continue
                unsent = None
                cursors.confirmed = mutation
                await _pull(http, url, headers, cursors, plan, samples)


async def _listener(plan: Plan, station: Station, cursors: Cursors, samples: Samples) -> None:
    """The event stream; changes inside an event are taken, otherwise a pull (≤ 1/s)."""
    url = plan.urls[station.index % len(plan.urls)]
    headers = _headers(station)
    wake = asyncio.Event()

    async def listen(http: httpx.AsyncClient) -> None:
        try:
            async with http.stream("GET", url + "/v1/events", headers=headers, timeout=None) as r:
                async for line in r.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    news = json.loads(line[5:])
                    for _ in range(500):  # the desk's round ends first (≤ 1 s)
                        if not cursors.busy:
                            break
                        await asyncio.sleep(0.002)
                    now = cursors.get()
                    if not any(v > now.get(k, 0) for k, v in news["heads"].items()):
                        continue  # the desk's pull brought it
                    after = news.get("after")
                    if after is not None and all(now.get(k, 0) >= v for k, v in after.items()):
                        cursors.advance(news["heads"])
                        samples.inline += 1
                    else:
                        wake.set()
        except httpx.HTTPError:
            pass

    async with httpx.AsyncClient(timeout=30) as http:
        await asyncio.sleep(random.uniform(0, plan.ramp))
        cursors.advance(await _start(http, url, headers, samples))
        listener = asyncio.create_task(
            listen(http) if not os.environ.get("BENCH_NO_SSE") else asyncio.sleep(0)
        )
        try:
            while (left := plan.stop - time.perf_counter()) > 0:
                try:
                    await asyncio.wait_for(wake.wait(), left)
                except TimeoutError:
                    return
                wake.clear()
                await _pull(http, url, headers, cursors, plan, samples)
                await asyncio.sleep(1.0)
        finally:
            listener.cancel()


def _registration(station: Station, mutation: int) -> dict[str, Any]:
    return {
        "mutations": [
            signed(
                {
                    "mutation": mutation,
                    "command_id": str(uuid.uuid4()),
                    "name": "register_citizen",
                    "version": 1,
                    "args": {
                        "citizen_id": str(uuid.uuid4()),
                        "cpr": cpr(10_000_000 + station.index * 10_000 + mutation),
                        "given_name": "Last",
                        "family_name": f"Test {station.index}",
                        "support_basis": "kontanthjaelp",
                    },
                    "workstation_id": station.workstation_id,
                    "site_code": station.site,
                    "staff_id": STAFF[station.site],
                    "issued_at": dt.datetime.now(dt.UTC).isoformat(),
                    "hlc": "",
                }
            )
        ]
    }


async def _loop_lag(plan: Plan, samples: Samples, name: str) -> None:
    # How late this process's own loop wakes up: what the generator, sharing the cores,
    # adds to the latencies it measures.
    lag: list[float] = []
    samples.lag[name] = lag
    while time.perf_counter() < plan.stop:
        t = time.perf_counter()
        await asyncio.sleep(0.01)
        if t >= plan.measure_from:
            lag.append(time.perf_counter() - t - 0.01)

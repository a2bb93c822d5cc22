"""Sync benchmarks beside a bare HTTP round trip and a bare SQLite insert, measured in the same run.

    python bench/bench_sync.py                 # everything (several minutes on 2 cores)
    python bench/bench_sync.py --quick         # smaller numbers, no 1,500-workstation run
    python bench/bench_sync.py --database-url postgresql://postgres@127.0.0.1:5432/bench
    python bench/bench_sync.py --postgres     # a throwaway PostgreSQL cluster (Debian's package)

Prints one table. Nothing here asserts on time; the issue's targets are printed beside.
The server runs as its own process (`python -m server serve`) on loopback; workstations
are real stores in a temporary folder, except in the load test, where each simulated
workstation is a small async HTTP client (push one command, pull, listen for events).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sync_load  # noqa: E402

from app.sync.client import SyncApi  # noqa: E402
from app.sync.engine import SyncEngine, SyncSettings  # noqa: E402
from app.sync.protocol import (  # noqa: E402
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
)
from shared_store.sync.tables import SYNCED, encode_row  # noqa: E402
from tests.server.raw import signed  # noqa: E402
from tests.sync.desk import SyncedDesk, cpr  # noqa: E402

ADMIN = "bench-admin"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}
ROWS: list[tuple[str, str, str]] = []


def row(what: str, value: str, target: str = "") -> None:
    ROWS.append((what, value, target))
    print(f"  {what:<58} {value:>26}  {target}", flush=True)


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples) or [float("nan")]
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def ms(samples: list[float]) -> str:
    return f"p50 {pct(samples, 50) * 1000:.1f} / p95 {pct(samples, 95) * 1000:.1f} / p99 {pct(samples, 99) * 1000:.1f} ms"


# --- processes ---------------------------------------------------------------------
class Server:
    def __init__(self, database_url: str, folder: Path) -> None:
        self.database_url = database_url
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, PYTHONPATH=str(ROOT), SKRANKE_ADMIN_TOKEN=ADMIN)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                *os.environ.get("BENCH_SERVER_PREFIX", "").split(),
                "-m",
                "server",
                "serve",
                "--database-url",
                database_url,
                "--port",
                str(self.port),
                "--keepalive",
                "15",
                "--head-poll",
                "2",
                "--demo",  # staff keys of the demo PIN: the desks' proofs are checked
            ],
            cwd=ROOT,
            env=env,
            stdout=(folder / "server.log").open("ab"),
            stderr=subprocess.STDOUT,
        )
        for _ in range(600):
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def code(self, site: str, counter: int) -> str:
        r = httpx.post(
            self.url + "/v1/admin/enrolment-codes",
            headers={**HEADERS, "Authorization": f"Bearer {ADMIN}"},
            json={"site_code": site, "counter_number": counter, "replace": True},
        )
        r.raise_for_status()
        return str(r.json()["code"])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def desk(folder: Path, server: Server, name: str, counter: int) -> SyncedDesk:
    d = SyncedDesk(folder / name, "MUS", counter)
    d.enrol(server, code=server.code("MUS", counter))
    return d


def run_engine(d: SyncedDesk, work: Callable[[SyncEngine], Any], **settings: Any) -> Any:
    return d.with_engine(work, SyncSettings(listen=False, **settings))


# --- baselines ---------------------------------------------------------------------
def bench_baselines(server: Server, folder: Path, n: int) -> None:
    with httpx.Client() as client:
        client.get(server.url + "/health")
        times = []
        for _ in range(n):
            t = time.perf_counter()
            client.get(server.url + "/health")
            times.append(time.perf_counter() - t)
    row("baseline: bare HTTP round trip (GET /health)", f"{n / sum(times):,.0f} req/s", ms(times))
    conn = sqlite3.connect(folder / "bare.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)")
    t = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO t VALUES (?, ?)", ((str(uuid.uuid4()), "x" * 200) for _ in range(50_000))
        )
    row(
        "baseline: bare SQLite insert, one transaction",
        f"{50_000 / (time.perf_counter() - t):,.0f} rows/s",
    )
    t = time.perf_counter()
    for _ in range(1000):
        with conn:
            conn.execute("INSERT INTO t VALUES (?, ?)", (str(uuid.uuid4()), "x" * 200))
    row(
        "baseline: bare SQLite insert, a transaction each",
        f"{1000 / (time.perf_counter() - t):,.0f} tx/s",
    )
    conn.close()


# --- throughput, download, catch-up -------------------------------------------------
def bench_throughput(server: Server, folder: Path, n: int, spare_database: str) -> None:
    a = desk(folder, server, "push", 1)
    t = time.perf_counter()
    for k in range(n):
        a.register(k)
    row(
        f"local: register a citizen (command + outbox + undo), {n}",
        f"{n / (time.perf_counter() - t):,.0f} cmds/s",
    )

    async def push(engine: SyncEngine) -> float:
        enrolment = a.sync_store.enrolment()
        assert enrolment is not None
        t0 = time.perf_counter()
        await engine._push_all(SyncApi(engine._http, enrolment.server_url, enrolment.token))
        return time.perf_counter() - t0

    elapsed = run_engine(a, push, push_batch=500)
    row(f"push {n} commands (batches of 500)", f"{n / elapsed:,.0f} cmds/s", "target ≥ 5,000/s")
    bench_push_service(spare_database, n)
    t = time.perf_counter()
    a.sync()
    row(f"pull + settle {n} own commands (rebase)", f"{time.perf_counter() - t:.2f} s")
    b = desk(folder, server, "pull", 2)
    t = time.perf_counter()
    run_engine(b, lambda e: e.sync_once(), pull_limit=5000)
    row(f"pull {n} rows into a fresh workstation", f"{n / (time.perf_counter() - t):,.0f} rows/s")
    a.close()
    b.close()


def bench_push_service(database_url: str, n: int, batch: int = 500) -> None:
    """The server's push alone, in this process (no HTTP, no client): how much of the
    end-to-end push above is the server's own work."""
    from app.catalogue import CATALOGUE
    from server.auth import Caller
    from server.db import give_demo_keys, open_database, prepare
    from server.faults import Faults
    from server.push_service import push
    from server.schemas import PushIn
    from server.tables import WorkstationRow

    db = open_database(database_url)
    prepare(db)
    give_demo_keys(db)
    ws = str(uuid.uuid4())
    with db.writes() as session, session.begin():
        session.add(
            WorkstationRow(
                id=ws,
                site_code="MUS",
                counter_number=99,
                series=99,
                token_hash="-",
                enrolled_at=dt.datetime.now(dt.UTC),
                last_mutation=0,
            )
        )
    requests = [
        PushIn.model_validate(
            {
                "mutations": [
                    signed(
                        {
                            "mutation": k + 1,
                            "command_id": str(uuid.uuid4()),
                            "name": "register_citizen",
                            "version": 1,
                            "args": {
                                "citizen_id": str(uuid.uuid4()),
                                "cpr": cpr(700_000 + k),
                                "given_name": "Søren",
                                "family_name": "Ågård",
                                "support_basis": "kontanthjaelp",
                            },
                            "workstation_id": ws,
                            "site_code": "MUS",
                            "staff_id": "mus-bbj",
                            "issued_at": dt.datetime.now(dt.UTC).isoformat(),
                        }
                    )
                    for k in range(first, min(n, first + batch))
                ]
            }
        )
        for first in range(0, n, batch)
    ]
    t = time.perf_counter()
    for request in requests:
        push(db, Caller(ws, "MUS", 99, "-"), request, Faults(""), CATALOGUE)
    elapsed = time.perf_counter() - t
    db.dispose()
    row(f"  of which the server's push service, in-process, {n}", f"{n / elapsed:,.0f} cmds/s")


def seed_server_rows(server: Server, count: int, first: int) -> None:
    """Put `count` citizens straight into the server's tables and change log (setup only)."""
    from sqlalchemy import create_engine, insert, select, update

    from server.db import normalise_url
    from server.tables import ChangeLogRow, StreamHeadRow

    engine = create_engine(normalise_url(server.database_url))
    spec = SYNCED["citizen"]
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as conn:
        head = conn.execute(
            select(StreamHeadRow.seq).where(StreamHeadRow.stream == "shared")
        ).scalar_one()
        citizens, changes = [], []
        for k in range(count):
            values = {
                "id": str(uuid.uuid4()),
                "cpr": cpr(first + k),
                "given_name": "Bench",
                "family_name": f"Borger {k}",
                "name_folded": f"bench borger {k}",
                "support_basis": "kontanthjaelp",
                "a_kasse": "",
                "phone": "",
                "email": "",
                "created_at": now,
                "updated_at": now,
            }
            citizens.append(values)
            changes.append(
                {
                    "stream": "shared",
                    "seq": head + k + 1,
                    "table_name": "citizen",
                    "row_key": values["id"],
                    "op": "put",
                    "row_json": json.dumps(encode_row(spec, values), ensure_ascii=False),
                }
            )
        conn.execute(insert(spec.table), citizens)
        conn.execute(insert(ChangeLogRow), changes)
        conn.execute(
            update(StreamHeadRow).where(StreamHeadRow.stream == "shared").values(seq=head + count)
        )
    engine.dispose()


def bench_first_download(server: Server, folder: Path, rows_wanted: int) -> None:
    seed_server_rows(server, rows_wanted, first=1_000_000)
    fresh = desk(folder, server, "fresh", 3)
    pages: list[tuple[int, int]] = []

    async def download(engine: SyncEngine) -> None:
        engine.subscribe(lambda s: pages.append(s.download) if s.download else None)
        await engine.sync_once()

    t = time.perf_counter()
    run_engine(fresh, download, pull_limit=5000)
    elapsed = time.perf_counter() - t
    got = fresh.count("citizen")
    row(
        f"first download of {got:,} rows (pages of 5,000, {len(pages) + 1} pages)",
        f"{elapsed:.1f} s ({got / elapsed:,.0f} rows/s)",
        "target < 20 s",
    )
    fresh.close()


def bench_catch_up(server: Server, folder: Path, commands: int) -> None:
    a = desk(folder, server, "offline", 4)
    a.sync()
    made = 0
    k = 500_000
    while made < commands:
        citizen = a.register(k)
        k += 1
        made += 1
        if made + 2 <= commands:
            a.ticket(citizen.id)
            made += 2
    t = time.perf_counter()
    a.sync()
    row(
        f"catch-up after a day offline: {made} commands pushed + settled",
        f"{time.perf_counter() - t:.2f} s",
    )
    b = desk(folder, server, "peer", 5)
    b.sync()
    a.close()
    b.close()


# --- propagation ----------------------------------------------------------------------
def bench_heal(server: Server, folder: Path, desks: int, each: int) -> None:
    """A site's desks all worked offline; the network returns: how long until every
    outbox is empty and every desk equals the server (the model test's "within 10 s"
    counts sync rounds; this is the time, with the desks' own realtime engines)."""
    ds = []
    for i in range(desks):  # a site of its own: MUS's counters are the other benches'
        d = SyncedDesk(folder / f"heal-{i}", "SKB", i + 1, staff="skb-mhl")
        d.enrol(server, code=server.code("SKB", i + 1))
        ds.append(d)
    for d in ds:
        d.sync()
    k = 800_000
    for d in ds:  # offline: only local commands, nothing sent
        for _ in range(each // 2):
            d.ticket(d.register(k).id)
            k += 1

    def drained_at(d: SyncedDesk) -> tuple[int, dict[str, int]]:
        return d.sync_store.counts().pending, d.sync_store.cursors()

    async def main() -> tuple[float, bool]:
        settings = SyncSettings(listen=True, poll_interval=3600)
        async with httpx.AsyncClient() as http:
            enrolment = ds[0].sync_store.enrolment()
            assert enrolment is not None
            api = SyncApi(http, enrolment.server_url, enrolment.token)
            engines = [SyncEngine(d.sync_store, http, settings) for d in ds]
            t0 = time.perf_counter()
            runs = [asyncio.create_task(e.run()) for e in engines]
            # Converged: nothing waits anywhere and every desk stands at the server's
            # heads. The checksums (every row held) are compared after the clock stops:
            # on a full database each takes seconds, and polled they took the engines' time.
            while time.perf_counter() - t0 < 120:
                states = await asyncio.gather(*(asyncio.to_thread(drained_at, d) for d in ds))
                if not any(p for p, _ in states):
                    heads = (await api.pull({}, 0, 1)).heads
                    if all(c == heads for _, c in states):
                        break
                await asyncio.sleep(0.02)
            elapsed = time.perf_counter() - t0
            sums = await asyncio.gather(*(asyncio.to_thread(d.checksum) for d in ds))
            equal = len(set(sums)) == 1 and await api.checksum() == sums[0]
            for e in engines:
                e.stop()
            await asyncio.gather(*runs)
            for e in engines:
                e.close()
            return elapsed, equal

    elapsed, equal = asyncio.run(main())
    row(
        f"heal: {desks} desks × {each} offline commands, until all drained and equal",
        f"{elapsed:.2f} s" + ("" if equal else " (NOT equal to the server)"),
        "within 10 s",
    )
    for d in ds:
        d.close()


def bench_propagation(server: Server, folder: Path, samples: int) -> None:
    a, b = desk(folder, server, "prop-a", 6), desk(folder, server, "prop-b", 7)
    # Both start caught up: a desk's first download (100,000 rows after the download
    # bench) is not a propagation — it used to hold up the first samples for seconds.
    a.sync()
    b.sync()
    arrived: dict[str, float] = {}
    how = {"pull": 0, "event": 0}
    real_pull, real_announced = b.sync_store.apply_pull, b.sync_store.apply_announced

    def arrive(page: Any, way: str) -> None:
        now = time.perf_counter()
        for change in page.changes:
            if change.table == "citizen" and change.row["id"] not in arrived:
                arrived[change.row["id"]] = now
                how[way] += 1

    def timed_pull(page: Any) -> Any:
        report = real_pull(page)
        arrive(page, "pull")
        return report

    def timed_announced(after: dict[str, int], page: Any) -> Any:
        report = real_announced(after, page)
        if report is not None:
            arrive(page, "event")
        return report

    # Timed where the change is committed in b's store, whichever way it came.
    b.sync_store.apply_pull = timed_pull  # type: ignore[method-assign]
    b.sync_store.apply_announced = timed_announced  # type: ignore[method-assign]

    async def main() -> list[float]:
        settings = SyncSettings(listen=True, poll_interval=3600)
        async with httpx.AsyncClient() as http:
            ea = SyncEngine(a.sync_store, http, SyncSettings(listen=False, poll_interval=3600))
            eb = SyncEngine(b.sync_store, http, settings)
            runs = [asyncio.create_task(ea.run()), asyncio.create_task(eb.run())]
            await asyncio.sleep(1.0)
            latencies = []
            for k in range(samples):
                t0 = time.perf_counter()
                citizen = await asyncio.to_thread(a.register, 600_000 + k)
                ea.poke()
                for _ in range(2000):
                    if citizen.id in arrived:
                        break
                    await asyncio.sleep(0.001)
                latencies.append(arrived.get(citizen.id, time.perf_counter()) - t0)
                await asyncio.sleep(random.uniform(0.3, 0.5))  # a busy site: a change every ~0.4 s
            ea.stop()
            eb.stop()
            await asyncio.gather(*runs)
            ea.close()
            eb.close()
            return latencies

    latencies = asyncio.run(main())
    row(
        f"propagation workstation → workstation ({samples} changes, SSE)",
        ms(latencies),
        "target p95 < 100 ms",
    )
    row("  of which arrived in the event / by a pull", f"{how['event']} / {how['pull']}")
    a.close()
    b.close()


# --- many workstations -------------------------------------------------------------------
_fleet_series = iter(range(1000, 10**6, 10_000))


def enrol_fleet(server: Server, count: int) -> list[tuple[str, str, str]]:
    """Workstations written straight into the server's table (more than the seeded counters)."""
    from sqlalchemy import create_engine, insert

    from server.auth import hash_secret
    from server.db import normalise_url
    from server.tables import WorkstationRow

    sites = ("MUS", "SKB", "NYR")
    base = next(_fleet_series)
    fleet, rows = [], []
    for i in range(count):
        ws, secret, site = str(uuid.uuid4()), uuid.uuid4().hex, sites[i % 3]
        rows.append(
            {
                "id": ws,
                "site_code": site,
                "counter_number": base + i,
                "series": base + i,
                "token_hash": hash_secret(secret),
                "enrolled_at": dt.datetime.now(dt.UTC),
                "revoked_at": None,
                "last_mutation": 0,
            }
        )
        fleet.append((ws, f"{ws}.{secret}", site))
    engine = create_engine(normalise_url(server.database_url))
    with engine.begin() as conn:
        conn.execute(insert(WorkstationRow), rows)
    engine.dispose()
    return fleet


def bench_load(
    servers: list[Server], count: int, seconds: float, interval: float, processes: int
) -> None:
    fleet = enrol_fleet(servers[0], count)
    samples = sync_load.run([s.url for s in servers], fleet, seconds, interval, processes)
    target = "target p99 < 50 ms" if count <= 150 else ""
    where = f" ({len(servers)} server processes)" if len(servers) > 1 else ""
    row(
        f"{count} workstations{where}, 1 command/{interval:g} s each: push",
        ms(samples.push),
        target,
    )
    row(f"{count} workstations: pull (after push, and on events ≤ 1/s)", ms(samples.pull), target)
    row(
        f"{count} workstations: requests in {seconds:g} s (errors)",
        f"{len(samples.push)} push + {len(samples.pull)} pull ({samples.errors})",
    )
    row(f"{count} workstations: events that carried the changes", f"{samples.inline:,}")
    for roles, lag in samples.lag.items():
        row(f"{count} workstations: loop lag of the generator's {roles} process", ms(lag))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--database-url")
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="start a throwaway PostgreSQL cluster (fsync on) and use it as the server's database",
    )
    parser.add_argument("--download-rows", type=int, default=100_000)
    parser.add_argument("--load", default="150,1500")
    parser.add_argument(
        "--instances",
        type=int,
        default=1,
        help="server processes sharing the database in the load test (PostgreSQL only)",
    )
    parser.add_argument(
        "--load-seconds",
        type=float,
        default=60.0,
        help="measured window of each load test (60 s: about 900 pushes at 150 workstations)",
    )
    parser.add_argument(
        "--generator-processes",
        type=int,
        choices=(1, 2),
        default=2,
        help="load test: the desk and listener roles in two processes (default), or both in one",
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma list of: baselines,throughput,download,catchup,heal,propagation,load",
    )
    args = parser.parse_args()
    quick = args.quick
    folder = Path(tempfile.mkdtemp(prefix="skranke-bench-"))
    cluster = None
    if args.postgres:
        from tests.server.harness import PgCluster

        cluster = PgCluster().start(durable=True)
        url = cluster.new_database()
    else:
        url = args.database_url or f"sqlite:///{folder / 'server.sqlite3'}"
    print(
        f"Skranke sync bench — {os.cpu_count()} cores, server database {url.split(':')[0]}, folder {folder}\n"
    )
    server = Server(url, folder)
    if args.instances > 1 and url.startswith("sqlite"):
        parser.error("--instances needs PostgreSQL (--postgres or --database-url)")
    servers = [server, *(Server(url, folder) for _ in range(args.instances - 1))]
    wanted = set(filter(None, args.only.split(","))) or {
        "baselines",
        "throughput",
        "download",
        "catchup",
        "heal",
        "propagation",
        "load",
    }
    try:
        if "baselines" in wanted:
            bench_baselines(server, folder, 300 if quick else 2000)
        if "throughput" in wanted:
            spare = (
                cluster.new_database()
                if cluster is not None
                else f"sqlite:///{folder / 'push-service.sqlite3'}"
            )
            bench_throughput(server, folder, 1000 if quick else 5000, spare)
        if "download" in wanted:
            bench_first_download(server, folder, 10_000 if quick else args.download_rows)
        if "catchup" in wanted:
            bench_catch_up(server, folder, 2000)
        if "heal" in wanted:
            bench_heal(server, folder, 3, 200)
        if "propagation" in wanted:
            bench_propagation(server, folder, 50 if quick else 200)
        for count in [int(x) for x in args.load.split(",") if x and "load" in wanted]:
            if quick and count > 150:
                continue
            seconds = 10 if quick else args.load_seconds
            bench_load(servers, count, seconds, 10.0, args.generator_processes)
    finally:
        for each in servers:
            each.stop()
        if cluster is not None:
            cluster.stop()
    print("\n| measurement | result | issue's target |\n|---|---|---|")
    for what, value, target in ROWS:
        print(f"| {what} | {value} | {target} |")


if __name__ == "__main__":
    main()

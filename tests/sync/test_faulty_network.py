"""Through a proxy that drops, delays, duplicates and cuts: slower, never lost, never doubled."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

from app.sync.client import SyncError
from app.sync.engine import SyncEngine, SyncSettings
from tests.server.harness import ServerProcess
from tests.server.inspect_db import server_counts
from tests.sync.desk import DeskMaker, SyncedDesk
from tests.sync.faulty_proxy import FaultRates, FaultyProxy
from tests.waiting import eventually


def try_sync(desk: SyncedDesk) -> bool:
    try:
        desk.sync()
        return True
    except SyncError:
        return False


def sync_until_clean(desk: SyncedDesk, attempts: int = 50) -> None:
    for _ in range(attempts):
        if try_sync(desk):
            return
    raise AssertionError("did not sync on a healed network")


def test_a_faulty_network_never_loses_or_doubles_a_change(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    rng = random.Random(4)
    rates = FaultRates(
        drop_request=0.12, drop_response=0.12, duplicate=0.15, cut_response=0.08, delay=0.1
    )
    proxies = [
        FaultyProxy(sqlite_server.port, seed=i, rates=rates, faulty=False).start() for i in range(3)
    ]
    stations = [desks("MUS", i + 1) for i in range(3)]
    try:
        for desk, proxy in zip(stations, proxies, strict=True):
            desk.enrol(sqlite_server, via=proxy.url)
            proxy.faulty = True
        made = 0
        for _round in range(6):
            for desk, proxy in zip(stations, proxies, strict=True):
                proxy.set_offline(rng.random() < 0.25)
                for _ in range(2):
                    citizen = desk.register(made)
                    desk.ticket(citizen.id)
                    made += 1
                try_sync(desk)
        for proxy in proxies:
            proxy.heal()
        for desk in stations:
            sync_until_clean(desk)
        for desk in stations:
            sync_until_clean(desk)
        counts = server_counts(sqlite_server.database_url)
        assert counts["citizen"] == counts["ticket"] == made
        assert counts["mutation_result"] == counts["applied_command"] == 3 * made
        assert all(d.sync_store.counts().pending == 0 for d in stations)
        assert len({d.checksum() for d in stations}) == 1
        injected = sum((p.stats for p in proxies), start=type(proxies[0].stats)())
        for fault in ("drop_request", "drop_response", "duplicate", "cut_response", "refused"):
            assert injected[fault] > 0, injected  # the faults really happened
    finally:
        for proxy in proxies:
            proxy.stop()


def test_events_reconnect_after_cuts_and_changes_still_arrive(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    writer, listener = desks("MUS", 1), desks("MUS", 2)
    proxy = FaultyProxy(
        sqlite_server.port, seed=9, rates=FaultRates(cut_stream_after=0.4), faulty=False
    ).start()
    try:
        writer.enrol(sqlite_server)
        listener.enrol(sqlite_server, via=proxy.url)
        proxy.faulty = True
        settings = SyncSettings(listen=True, poll_interval=3600, backoff_base=0.05, backoff_cap=0.2)

        def cut_after(cuts: int) -> Callable[[], bool]:
            return lambda: proxy.stats["cut_stream"] > cuts

        async def listen(engine: SyncEngine) -> int:
            run = asyncio.create_task(engine.run())
            ids: list[str] = []

            async def all_arrived() -> bool:
                return all([await asyncio.to_thread(listener.citizen, i) for i in ids])

            for n in range(5):
                # Each change is made after the listener's stream was cut once more.
                await eventually(cut_after(proxy.stats["cut_stream"]), what="a cut stream")
                citizen = await asyncio.to_thread(writer.register, n)
                ids.append(citizen.id)
                await asyncio.to_thread(sync_until_clean, writer)
            await eventually(all_arrived, what="every change at the listening desk")
            engine.stop()
            await run
            return listener.count("citizen")

        assert listener.with_engine(listen, settings) == 5
        assert proxy.stats["cut_stream"] >= 5
    finally:
        proxy.stop()

"""A workstation process that kills itself (SIGKILL) at a chosen point; run by test_crash_points.

    python -m tests.sync.crash_client '<json>'

json: data_dir, site, counter, registers ([first, last)), sync (bool), pull_limit, slice
(changes per slice of a pulled page),
fault: {"kind": "commit_before"|"commit_after"|"push_inflight"|"rebase", "point": str, "nth": int}
(push_inflight also takes "server_database" and "citizens": the client dies once the server's
database holds that many citizens, i.e. the push has committed there and its reply is unread)
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from app.sync.client import SyncApi
from app.sync.engine import SyncSettings
from local_cache import sync_rebase
from local_cache.pull_slices import SlicePolicy
from local_cache.sync_store import SqlSyncStore
from shared_store.unit_of_work import SqlUnitOfWork
from tests.server.inspect_db import server_counts
from tests.sync.desk import SyncedDesk
from tests.waiting import eventually


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def server_has(database_url: str, citizens: int) -> bool:
    return server_counts(database_url)["citizen"] >= citizens


def arm(fault: dict[str, Any]) -> None:
    kind, nth = fault["kind"], int(fault.get("nth", 1))
    hits = {"n": 0}

    def counted() -> bool:
        hits["n"] += 1
        return hits["n"] == nth

    if kind in ("commit_before", "commit_after"):
        real = SqlUnitOfWork.commit

        def commit(self: SqlUnitOfWork) -> None:
            if kind == "commit_before" and counted():
                die()
            real(self)
            if kind == "commit_after" and counted():
                die()

        SqlUnitOfWork.commit = commit  # type: ignore[method-assign]
    elif kind == "push_inflight":
        real_push = SyncApi.push

        async def push(self: SyncApi, mutations: Any) -> Any:
            if counted():
                task = asyncio.ensure_future(real_push(self, mutations))
                await eventually(
                    lambda: asyncio.to_thread(
                        server_has, fault["server_database"], fault["citizens"]
                    ),
                    what="the push committed at the server",
                )
                die()  # the reply is on its way, or read but not yet handed to the engine
                await task
            return await real_push(self, mutations)

        SyncApi.push = push  # type: ignore[method-assign]
    elif kind == "rebase":
        point = fault["point"]

        def hook(name: str) -> None:
            if name == point and counted():
                die()

        sync_rebase.fault_hook = hook


def main() -> None:
    args = json.loads(sys.argv[1])
    desk = SyncedDesk(Path(args["data_dir"]), args.get("site", "MUS"), int(args.get("counter", 1)))
    if args.get("slice"):
        size = int(args["slice"])
        desk.sync_store = SqlSyncStore(desk.store, SlicePolicy(first=size, least=size, most=size))
    arm(args.get("fault") or {"kind": "none"})
    first, last = args.get("registers", [0, 0])
    for n in range(first, last):
        desk.register(n)
    if args.get("sync"):
        settings = SyncSettings(listen=False, pull_limit=int(args.get("pull_limit", 2000)))
        desk.with_engine(lambda e: e.sync_once(), settings)
    desk.close()


if __name__ == "__main__":
    main()

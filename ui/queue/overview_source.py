"""Where the supervisor view gets its figures: this site's store, or the central server.

Both answer on the GUI thread: the local source through the background runner,
the server source as a coroutine on the qasync loop (which is the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject

from app.queue.overview import Overview
from app.queue.service import QueueService
from app.sync.engine import SyncEngine
from app.sync.staff_sessions import ProvenStaff
from ui.background import BackgroundRunner

OnDone = Callable[[Overview], None]
OnError = Callable[[BaseException], None]


class OverviewSource(Protocol):
    all_sites: bool

    def fetch(self, on_done: OnDone, on_error: OnError, owner: QObject) -> None: ...


class LocalOverviewSource:
    all_sites = False

    def __init__(
        self, queue: QueueService, runner: BackgroundRunner, service_codes: Sequence[str]
    ) -> None:
        self._queue = queue
        self._runner = runner
        self._codes = list(service_codes)

    def fetch(self, on_done: OnDone, on_error: OnError, owner: QObject) -> None:
        self._runner.run(lambda: self._queue.local_overview(self._codes), on_done, on_error, owner)


class ServerOverviewSource:
    all_sites = True

    def __init__(
        self,
        engine: SyncEngine,
        schedule: Callable[[Coroutine[Any, Any, None]], object],
        staff: Callable[[], ProvenStaff | None] = lambda: None,
    ) -> None:
        self._engine = engine
        self._schedule = schedule  # runs a coroutine on the qasync loop (the GUI thread)
        # who is signed in: the server shows other sites' queues to supervisors only
        self._staff = staff

    def fetch(self, on_done: OnDone, on_error: OnError, owner: QObject) -> None:
        async def ask() -> None:
            try:
                overview = await self._engine.queue_overview(self._staff())
            except Exception as error:  # noqa: BLE001 - every failure is shown as "old numbers"
                if shiboken6.isValid(owner):
                    on_error(error)
                return
            if shiboken6.isValid(owner):
                on_done(overview)

        work = ask()
        try:
            self._schedule(work)
        except RuntimeError as error:  # the loop is gone (shutting down): say so, do not crash
            work.close()
            on_error(error)

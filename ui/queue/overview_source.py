"""Where the supervisor view gets its figures: this site's store, or the central server.

Both go the background runner's one road and answer on the GUI thread: the local
source on the store's worker thread, the server source as a coroutine on the loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

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
        runner: BackgroundRunner,
        staff: Callable[[], ProvenStaff | None] = lambda: None,
    ) -> None:
        self._engine = engine
        self._runner = runner  # its loop road: the request runs as a coroutine on qasync
        # who is signed in: the server shows other sites' queues to supervisors only
        self._staff = staff

    def fetch(self, on_done: OnDone, on_error: OnError, owner: QObject) -> None:
        staff = self._staff()
        self._runner.run_async(lambda: self._engine.queue_overview(staff), on_done, on_error, owner)

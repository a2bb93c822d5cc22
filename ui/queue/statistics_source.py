"""Where the all-sites statistics come from: the central server, through the sync engine.

The UI never speaks HTTP: the engine asks the server on the qasync loop, through the
background runner's one road, and the answer or the error comes back to the dialog. `StatisticsSources` is filled when
sync is attached, so a desk without a server simply has no all-sites export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.queue.statistics_wire import StatisticsReport
from app.sync.engine import SyncEngine
from app.sync.staff_sessions import ProvenStaff
from ui.background import BackgroundRunner

OnDone = Callable[[StatisticsReport], None]
OnError = Callable[[BaseException], None]


class ServerStatistics:
    def __init__(
        self,
        engine: SyncEngine,
        runner: BackgroundRunner,
        staff: Callable[[], ProvenStaff | None],
    ) -> None:
        self._engine = engine
        self._runner = runner  # its loop road: the request runs as a coroutine on qasync
        self._staff = staff  # who is signed in: the server gives supervisors every site

    def fetch(
        self, first: dt.date, last: dt.date, on_done: OnDone, on_error: OnError, owner: QObject
    ) -> None:
        staff = self._staff()
        self._runner.run_async(
            lambda: self._engine.queue_statistics(first, last, staff), on_done, on_error, owner
        )


class StatisticsSources:
    """Holds the server source once sync is attached (None before, or without a server)."""

    def __init__(self) -> None:
        self.server: ServerStatistics | None = None

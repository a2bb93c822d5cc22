"""Where the all-sites statistics come from: the central server, through the sync engine.

The UI never speaks HTTP: the engine asks the server on the qasync loop (the GUI thread)
and the answer or the error comes back to the dialog. `StatisticsSources` is filled when
sync is attached, so a desk without a server simply has no all-sites export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from app.queue.statistics_wire import StatisticsReport
from app.sync.engine import SyncEngine
from app.sync.staff_sessions import ProvenStaff

OnDone = Callable[[StatisticsReport], None]
OnError = Callable[[BaseException], None]


class ServerStatistics:
    def __init__(
        self,
        engine: SyncEngine,
        schedule: Callable[[Coroutine[Any, Any, None]], object],
        staff: Callable[[], ProvenStaff | None],
    ) -> None:
        self._engine = engine
        self._schedule = schedule  # runs a coroutine on the qasync loop
        self._staff = staff  # who is signed in: the server gives supervisors every site

    def fetch(
        self, first: dt.date, last: dt.date, on_done: OnDone, on_error: OnError, owner: QObject
    ) -> None:
        async def ask() -> None:
            try:
                report = await self._engine.queue_statistics(first, last, self._staff())
            except Exception as error:  # noqa: BLE001 - shown to the user, who can export locally
                if shiboken6.isValid(owner):
                    on_error(error)
                return
            if shiboken6.isValid(owner):
                on_done(report)

        work = ask()
        try:
            self._schedule(work)
        except RuntimeError as error:  # the loop is gone (shutting down)
            work.close()
            on_error(error)


class StatisticsSources:
    """Holds the server source once sync is attached (None before, or without a server)."""

    def __init__(self) -> None:
        self.server: ServerStatistics | None = None

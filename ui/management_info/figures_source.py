"""Where the dashboard's figures come from, on the background runner's one road.

With a server (once sync is attached) the dashboard asks app/management_info/service.py
as a coroutine on the loop: the server's figures for every site, or — when the server
cannot be reached — the own site's from the desk's store, computed on the store's worker
thread. Without a server there is nothing to ask but the store: the own site's figures
on the worker. Either way the answer or the error comes back on the GUI thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject

from app.management_info.figures import ProductionFigures, ProductionFiguresSource
from app.management_info.service import ProductionFiguresService, ServerFiguresSource
from ui.background import BackgroundRunner, OnError

T = TypeVar("T")
OnFigures = Callable[[ProductionFigures], None]


class DashboardSource:
    def __init__(
        self, runner: BackgroundRunner, own_site: str, local: ProductionFiguresSource
    ) -> None:
        self._runner = runner
        self.own_site = own_site
        self._local = local
        self.server: ServerFiguresSource | None = None  # set when sync is attached

    @property
    def has_server(self) -> bool:
        return self.server is not None

    def fetch(
        self,
        first: dt.date,
        last: dt.date,
        sites: Sequence[str] | None,
        per_staff: bool,
        on_done: OnFigures,
        on_error: OnError,
        owner: QObject,
    ) -> None:
        if self.server is None:
            own = (self.own_site,)
            self._runner.run(
                lambda: self._local.production_figures(first, last, own, per_staff),
                on_done,
                on_error,
                owner,
            )
            return
        service = ProductionFiguresService(
            own_site=self.own_site, local=self._local, server=self.server, run_local=self._on_worker
        )
        self._runner.run_async(
            lambda: service.production_figures(first, last, sites=sites, per_staff=per_staff),
            on_done,
            on_error,
            owner,
        )

    async def _on_worker(self, work: Callable[[], T]) -> T:
        """The offline fallback's store call on the store's one worker, awaited on the loop."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()

        def done(value: T) -> None:
            if not future.done():
                future.set_result(value)

        def failed(error: BaseException) -> None:
            if not future.done():
                future.set_exception(error)

        self._runner.run(work, done, failed)
        return await future

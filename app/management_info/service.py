"""The one call the dashboard makes: the server's figures, or the desk's own when offline.

`ProductionFiguresService.production_figures` asks the central server (every site
asked for) and, when the server cannot be reached, computes the figures of the
desk's own site from its own store. The answer's `origin` says which was used
(`FiguresOrigin.SERVER` or `FiguresOrigin.LOCAL`), and `sites` which sites it covers.
A refusal from the server (e.g. a staff member who is not a supervisor) is not
hidden behind local figures: it is raised as it came.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from app.management_info.figures import ProductionFigures, ProductionFiguresSource
from app.sync.client import Offline
from app.sync.engine import SyncEngine
from app.sync.staff_sessions import ProvenStaff

RunLocal = Callable[[Callable[[], ProductionFigures]], Awaitable[ProductionFigures]]


class ServerFiguresSource(Protocol):
    """The server's figures over the network (the sync engine); raises Offline."""

    async def production_figures(
        self,
        period_start: dt.date,
        period_end: dt.date,
        sites: Sequence[str],
        per_staff: bool,
    ) -> ProductionFigures: ...


async def _in_thread(work: Callable[[], ProductionFigures]) -> ProductionFigures:
    return await asyncio.to_thread(work)


class ProductionFiguresService:
    """`own_site`: the desk's site; `local`: figures from the desk's own store;
    `server`: the server's (None on a desk without a server); `run_local` runs a
    store call off the event loop (the desk's store worker)."""

    def __init__(
        self,
        *,
        own_site: str,
        local: ProductionFiguresSource,
        server: ServerFiguresSource | None,
        run_local: RunLocal = _in_thread,
    ) -> None:
        self._own_site = own_site
        self._local = local
        self._server = server
        self._run_local = run_local

    async def production_figures(
        self,
        period_start: dt.date,
        period_end: dt.date,
        *,
        sites: Sequence[str] | None = None,
        per_staff: bool = False,
    ) -> ProductionFigures:
        """The figures of `sites` (None: every site) for the days from `period_start` to
        `period_end`, both included; per staff member when `per_staff`. From the server
        when it answers, else the own site's from the desk's store (see `origin`)."""
        wanted = tuple(sites) if sites is not None else ()
        if self._server is not None:
            try:
                return await self._server.production_figures(
                    period_start, period_end, wanted, per_staff
                )
            except Offline:
                pass
        own = (self._own_site,)
        return await self._run_local(
            lambda: self._local.production_figures(period_start, period_end, own, per_staff)
        )


class EngineFigures:
    """The server's figures through the sync engine, as the person signed in here
    (`staff`: their proven identity; the server gives figures to supervisors only)."""

    def __init__(self, engine: SyncEngine, staff: Callable[[], ProvenStaff | None]) -> None:
        self._engine = engine
        self._staff = staff

    async def production_figures(
        self,
        period_start: dt.date,
        period_end: dt.date,
        sites: Sequence[str],
        per_staff: bool,
    ) -> ProductionFigures:
        return await self._engine.production_figures(
            period_start, period_end, sites, per_staff, self._staff()
        )

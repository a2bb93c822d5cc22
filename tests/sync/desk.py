"""A simulated workstation for sync tests: a real store on disk, the real bus and sync engine."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import Citizen, SupportBasis
from app.registration import NewCitizen, RegistrationService, TicketReceipt
from app.security.demo_credentials import demo_key
from app.security.staff_proof import signed_by_staff
from app.sync.engine import SyncEngine, SyncSettings
from app.sync.staff_sessions import ProvenStaff
from app.workstation import WorkstationConfig, configure_workstation
from local_cache.store import LocalStore, open_store
from local_cache.sync_store import SqlSyncStore
from shared_store.sync.tables import streams_for_site

T = TypeVar("T")
DeskMaker = Callable[..., "SyncedDesk"]  # the `desks` fixture: desks(site, counter, staff)
FAST = SyncSettings(listen=False, backoff_base=0.05, backoff_cap=0.3, poll_interval=0.5)


def proven(staff_id: str) -> ProvenStaff:
    """`staff_id` signed in with the demo PIN: what a read for that person carries."""
    return ProvenStaff(staff_id, demo_key(staff_id))


def cpr(n: int) -> str:
    """A distinct, valid CPR number for every n below 134 million (born in the 1900s)."""
    serial, rest = n % 4000, n // 4000  # serials 0000-3999 mean the 1900s for any year
    day, rest = 1 + rest % 28, rest // 28
    month, year = 1 + rest % 12, (rest // 12) % 100
    return f"{day:02d}{month:02d}{year:02d}{serial:04d}"


class SyncedDesk:
    """A workstation for sync tests: its own store in `data_dir`, configured for a site
    and counter, signed in with the demo PIN, with the real bus and sync store."""

    def __init__(
        self, data_dir: Path, site: str = "MUS", counter: int = 1, staff: str = "mus-bbj"
    ) -> None:
        self.data_dir = data_dir
        self.store: LocalStore = open_store(data_dir)
        with self.store.unit_of_work() as uow:
            self.config: WorkstationConfig = configure_workstation(
                self.store.settings,
                uow.reference,
                site_code=site,
                counter_number=counter,
                staff_id=staff,
            )
        # Signed in with the demo PIN: every change carries the staff member's proof.
        self.store.signer = lambda env: signed_by_staff(env, demo_key(env.staff_id))
        self.bus = CommandBus(self.store.unit_of_work, CATALOGUE)
        self.registration = RegistrationService(self.store.unit_of_work, self.bus, self.config)
        self.sync_store = SqlSyncStore(self.store)

    @property
    def streams(self) -> tuple[str, ...]:
        return streams_for_site(self.config.site_code)

    def register(self, n: int, given: str = "Søren", family: str = "Ågård") -> Citizen:
        return self.registration.register_citizen(
            NewCitizen(cpr(n), given, family, SupportBasis.CASH_BENEFIT)
        )

    def ticket(self, citizen_id: str, service: str = "jobbutik") -> TicketReceipt:
        return self.registration.issue_ticket(citizen_id, service)

    def update(self, citizen_id: str, **changes: str) -> dict[str, Any]:
        return self.bus.execute_one(
            self.config.envelope(
                "update_citizen", 1, {"citizen_id": citizen_id, "changes": changes}
            )
        )

    def citizen(self, citizen_id: str) -> Citizen | None:
        with self.store.unit_of_work() as uow:
            return uow.citizens.get(citizen_id)

    def count(self, table: str) -> int:
        from sqlalchemy import text

        with self.store.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    def checksum(self) -> str:
        return self.sync_store.checksum(self.streams)

    def with_engine(
        self, work: Callable[[SyncEngine], Awaitable[T]], settings: SyncSettings = FAST
    ) -> T:
        """Run `work(engine)` on a fresh event loop with a fresh engine and HTTP client."""

        async def main() -> T:
            async with httpx.AsyncClient() as http:
                engine = SyncEngine(self.sync_store, http, settings)
                try:
                    return await work(engine)
                finally:
                    engine.close()

        return asyncio.run(main())

    def enrol(self, server: Any, *, code: str | None = None, via: str | None = None) -> None:
        """Enrol at `server` (optionally reaching it through a proxy at `via`)."""
        code = code or server.enrolment_code(self.config.site_code, self.config.counter_number)
        url = via or server.url
        self.with_engine(lambda e: e.enrol(url, code, self.config.workstation_id))

    def sync(self) -> None:
        self.with_engine(lambda e: e.sync_once())

    def close(self) -> None:
        self.store.close()

"""Which site, counter and staff member this workstation serves: remembered, given by IT
or the flags, or asked once in the first-run wizard (which may enrol with the server)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.commands.envelope import new_id
from app.ports import SettingsStore, UnitOfWorkFactory
from app.sync.ports import SyncStore
from app.workstation import WorkstationConfig, configure_workstation, load_workstation
from ui.background import BackgroundRunner
from ui.first_run_wizard import EnrolAnswer, FirstRunWizard, Preset

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Place:
    """Site, counter and staff member decided without asking: by the flags (which set the
    workstation at every start) or by IT's file (which presets the wizard)."""

    site: str | None = None
    counter: int | None = None
    staff: str | None = None
    server: str | None = None
    from_flags: bool = False


@dataclass(frozen=True)
class Storage:
    """What the question needs from the store (the composition root opens it)."""

    settings: SettingsStore
    units: UnitOfWorkFactory
    sync: SyncStore


def workstation_for(
    store: Storage,
    place: Place,
    *,
    ask: bool = True,
    ca_file: Path | None = None,
) -> WorkstationConfig | None:
    """The remembered workstation; or the one the flags or IT name; or the wizard's answer
    (None when the user cancels). `ask=False` takes the first choices (a measured start)."""
    if place.from_flags and place.site:
        return _configure(store, place.site, place.counter, place.staff)
    existing = load_workstation(store.settings)
    if existing is not None:
        if place.site and place.site != existing.site_code:
            log.warning(
                "the configuration names site %s; this desk remembers %s",
                place.site,
                existing.site_code,
            )
        return existing
    if not ask:
        return _configure(store, place.site, place.counter, place.staff)
    return _ask(store, place, ca_file)


def _configure(
    store: Storage, site: str | None, counter: int | None, staff: str | None
) -> WorkstationConfig:
    with store.units() as uow:
        site = site or next(iter(uow.reference.sites())).code
        counter = counter or next(iter(uow.reference.counters(site))).number
        staff = staff or next(s.id for s in uow.reference.staff(site))
        return configure_workstation(
            store.settings, uow.reference, site_code=site, counter_number=counter, staff_id=staff
        )


def _ask(store: Storage, place: Place, ca_file: Path | None) -> WorkstationConfig | None:
    runner = BackgroundRunner()
    try:
        wizard = first_run_wizard(store, place, runner, ca_file)
        return save_choice(store, wizard) if wizard.exec() else None
    finally:
        runner.shutdown()


def first_run_wizard(
    store: Storage, place: Place, runner: BackgroundRunner, ca_file: Path | None = None
) -> FirstRunWizard:
    """The wizard with the store's sites, counters and staff, enrolling under this
    workstation's id (made and kept now, so a retried enrolment uses the same one)."""
    with store.units() as uow:
        sites = list(uow.reference.sites())
        counters = {s.code: list(uow.reference.counters(s.code)) for s in sites}
        staff_list = list(uow.reference.staff())
    workstation_id = store.settings.get_setting("workstation_id") or new_id()
    store.settings.set_setting("workstation_id", workstation_id)
    return FirstRunWizard(
        sites,
        counters,
        staff_list,
        runner,
        enrol_with(store.sync, workstation_id, ca_file),
        Preset(server=place.server, site=place.site, counter=place.counter),
    )


def save_choice(store: Storage, wizard: FirstRunWizard) -> WorkstationConfig:
    with store.units() as uow:
        return configure_workstation(
            store.settings,
            uow.reference,
            site_code=wizard.site_code,
            counter_number=wizard.counter_number,
            staff_id=wizard.staff_id,
        )


def enrol_with(
    sync_store: SyncStore, workstation_id: str, ca_file: Path | None
) -> Callable[[str, str], EnrolAnswer]:
    """Enrolment for the wizard: runs on its runner's worker thread with a loop of its own,
    so the wizard stays responsive; the token is kept in the store like any enrolment."""

    def enrol(server_url: str, code: str) -> EnrolAnswer:
        from app.sync.connection import SyncConnection

        async def ask() -> EnrolAnswer:
            connection = SyncConnection(sync_store, ca_file=ca_file)
            try:
                enrolment = await connection.engine.enrol(server_url, code, workstation_id)
            finally:
                await connection.aclose()
            log.info("enrolled with %s at %s", server_url, enrolment.site_code)
            return EnrolAnswer(server_url, enrolment.site_code, enrolment.counter_number)

        return asyncio.run(ask())

    return enrol

"""A supervisor opens or closes a counter's services for today; call next obeys at once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.counter_services import CounterServiceSetting, effective_profile
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.security.roles import PermissionDeniedError
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore

T0 = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)


def setting(service: str, is_open: bool, minutes: int, counter: int = 1) -> CounterServiceSetting:
    return CounterServiceSetting(
        "MUS", T0.date(), counter, service, is_open, T0 + dt.timedelta(minutes=minutes), "mus-ljp"
    )


def test_closed_services_leave_the_profile_and_opened_ones_come_last() -> None:
    base = ["aftale", "primaervisitation", "jobbutik"]
    changes = [
        setting("primaervisitation", False, 1),
        setting("aaben_raadgivning", True, 2),
        setting("ydelsesservice", True, 3),
        setting("ydelsesservice", False, 4, counter=2),  # another counter's business
    ]
    assert effective_profile(base, changes, 1) == [
        "aftale",
        "jobbutik",
        "aaben_raadgivning",
        "ydelsesservice",
    ]
    reopened = [*changes, dataclasses.replace(changes[0], is_open=True)]  # the same key again
    assert effective_profile(base, reopened[1:], 1)[:2] == ["aftale", "primaervisitation"]


def test_a_supervisor_closes_a_counters_queue_and_opens_another(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    shop = registration.issue_ticket(citizen.id, "jobbutik").ticket_id
    advice = registration.issue_ticket(citizen.id, "aaben_raadgivning").ticket_id
    desk = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    supervisor = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, staff_id="mus-ljp"), []
    )
    supervisor.set_counter_service(1, "jobbutik", False)
    supervisor.set_counter_service(1, "aaben_raadgivning", True)
    assert desk.profile() == ["aaben_raadgivning"]
    assert [t.id for t in desk.waiting()] == [advice]
    profiles = supervisor.counter_profiles(lambda n: ["jobbutik"])
    assert profiles[1] == ["aaben_raadgivning"] and profiles[2] == ["jobbutik"]

    supervisor.set_counter_service(1, "jobbutik", True)  # reopened: back after the extra one
    assert desk.profile() == ["jobbutik", "aaben_raadgivning"]
    called = desk.call_next()
    assert called is not None and called.id == shop


@pytest.mark.parametrize("staff", ["mus-bbj", "mus-aan"])
def test_only_a_supervisor_may_change_a_counters_services(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig, staff: str
) -> None:
    desk = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, staff_id=staff), ["jobbutik"]
    )
    with pytest.raises(PermissionDeniedError, match="åbne eller lukke en kø ved en skranke"):
        desk.set_counter_service(1, "jobbutik", False)
    assert desk.profile() == ["jobbutik"]


def test_an_unknown_counter_is_refused(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> None:
    supervisor = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, staff_id="mus-ljp"), []
    )
    with pytest.raises(Exception, match="Skranke 42 findes ikke"):
        supervisor.set_counter_service(42, "jobbutik", False)

"""A counter holds one citizen: the call command refuses a second, whatever the timing."""

from __future__ import annotations

import dataclasses

import pytest

from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.queue.commands import CounterBusyError
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore

PROFILE = ["jobbutik"]


def _tickets(registration: RegistrationService, count: int) -> list[str]:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    return [registration.issue_ticket(citizen.id, "jobbutik").ticket_id for _ in range(count)]


def test_a_second_call_to_a_counter_that_holds_a_citizen_is_refused(
    registration: RegistrationService,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
) -> None:
    first_id, second_id = _tickets(registration, 2)
    queue = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    first = queue.call_next()
    assert first is not None and first.id == first_id
    with pytest.raises(CounterBusyError, match=f"Skranke 1 har allerede billet {first.number}"):
        queue.call_next()  # F2 pressed twice
    with pytest.raises(CounterBusyError):
        queue.call_specific(second_id)
    second = queue.ticket(second_id)
    assert second is not None and second.status is TicketStatus.WAITING


def test_another_desk_at_the_same_counter_is_refused_too(
    registration: RegistrationService,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
) -> None:
    """Two desks (two staff members) configured for one counter: the rule is the counter's."""
    _first, second_id = _tickets(registration, 2)
    mine = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    colleague = QueueService(
        store.unit_of_work,
        bus,
        dataclasses.replace(workstation, staff_id="mus-aan", signed_in=None),
        PROFILE,
    )
    assert mine.call_next() is not None
    with pytest.raises(CounterBusyError):
        colleague.act("call_ticket", second_id, counter_number=workstation.counter_number)


@pytest.mark.parametrize("free_it", ["finish", "no_show", "transfer"])
def test_the_counter_calls_again_once_its_citizen_is_done_absent_or_handed_on(
    registration: RegistrationService,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    free_it: str,
) -> None:
    _first, second_id = _tickets(registration, 2)
    queue = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    first = queue.call_next()
    assert first is not None
    if free_it == "finish":
        queue.finish(first.id)
    elif free_it == "no_show":
        queue.act("mark_no_show", first.id)
    else:
        queue.transfer(first.id, "aaben_raadgivning")
    second = queue.call_next()
    assert second is not None and second.id == second_id


def test_a_walk_in_served_at_once_is_refused_while_the_counter_holds_someone(
    registration: RegistrationService,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
) -> None:
    (waiting,) = _tickets(registration, 1)
    queue = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    assert queue.call_next() is not None
    citizen = registration.find_by_cpr("0101901235")[1]
    assert citizen is not None
    with pytest.raises(CounterBusyError):
        registration.issue_ticket(
            citizen.citizen.id, "jobbutik", serve_at_counter=workstation.counter_number
        )

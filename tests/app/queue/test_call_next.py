"""Call next: by the counter's profile, then arrival; two counters never get one ticket."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.commands import StaffBusyElsewhereError
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from local_cache.store import open_store
from tests.conftest import configure

PROFILE = ["aftale", "primaervisitation", "jobbutik"]


def test_profile_priority_then_arrival(
    registration: RegistrationService, store, bus, workstation
) -> None:  # type: ignore[no-untyped-def]
    queue = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    shop1 = registration.issue_ticket(citizen.id, "jobbutik").number
    advice = registration.issue_ticket(citizen.id, "aaben_raadgivning").number  # not in profile
    shop2 = registration.issue_ticket(citizen.id, "jobbutik").number
    booked = registration.issue_ticket(citizen.id, "aftale").number
    order = []
    while (called := queue.call_next()) is not None:
        order.append(called.number)
        queue.finish(called.id)  # one citizen at a time: the counter is free again
    assert order == [booked, shop1, shop2]
    assert advice not in order
    assert queue.call_next() is None


def test_two_counters_calling_at_once_never_get_the_same_ticket(tmp_path: Path) -> None:
    """Two workstations' processes on ONE store file (threads, separate engines)."""
    seed = open_store(tmp_path / "site")
    ws = configure(seed, counter=1)
    registration = RegistrationService(
        seed.unit_of_work, CommandBus(seed.unit_of_work, CATALOGUE), ws
    )
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    tickets = {registration.issue_ticket(citizen.id, "jobbutik").ticket_id for _ in range(30)}
    seed.close()

    called: dict[int, list[str]] = {1: [], 2: []}
    barrier = threading.Barrier(2)

    def counter(number: int) -> None:
        store = open_store(tmp_path / "site")
        me = configure(store, counter=number, staff={1: "mus-bbj", 2: "mus-aan"}[number])
        queue = QueueService(
            store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), me, PROFILE
        )
        barrier.wait()
        while (ticket := queue.call_next()) is not None:
            called[number].append(ticket.id)
            queue.finish(ticket.id)
        store.close()

    threads = [threading.Thread(target=counter, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    both = called[1] + called[2]
    assert len(both) == len(set(both)) == 30  # every ticket called exactly once
    assert set(both) == tickets


def test_one_staff_member_cannot_hold_citizens_at_two_counters(
    registration: RegistrationService, store, bus, workstation
) -> None:  # type: ignore[no-untyped-def]
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    for _ in range(2):
        registration.issue_ticket(citizen.id, "jobbutik")
    at_one = QueueService(store.unit_of_work, bus, workstation, PROFILE)
    at_two = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, counter_number=2), PROFILE
    )
    first = at_one.call_next()
    assert first is not None
    with pytest.raises(StaffBusyElsewhereError, match=f"billet {first.number} ved skranke 1"):
        at_two.call_next()
    at_one.act("start_serving", first.id)
    at_one.act("finish_ticket", first.id)
    second = at_two.call_next()  # done at counter 1: free to call at counter 2
    assert second is not None and second.counter_number == 2

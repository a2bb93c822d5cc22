"""Transfer to one counter or one staff member: only they call it next, in arrival order."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.errors import ValidationError
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore

PROFILE = ["jobbutik"]


def counter(
    store: LocalStore, bus: CommandBus, ws: WorkstationConfig, number: int, staff: str
) -> QueueService:
    me = dataclasses.replace(ws, counter_number=number, staff_id=staff)
    return QueueService(store.unit_of_work, bus, me, PROFILE)


def tickets(registration: RegistrationService, n: int, service: str = "jobbutik") -> list[str]:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    return [registration.issue_ticket(citizen.id, service).ticket_id for _ in range(n)]


def test_a_ticket_sent_to_a_counter_is_called_only_there_and_keeps_its_place(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    first, second, third = tickets(registration, 3)
    one = counter(store, bus, workstation, 1, "mus-bbj")
    two = counter(store, bus, workstation, 2, "mus-aan")
    one.call_specific(first)
    one.transfer(first, "jobbutik", to_counter=2)

    moved = one.ticket(first)
    assert moved is not None and moved.status is TicketStatus.WAITING
    assert (moved.target_counter, moved.target_staff) == (2, None)
    assert [t.id for t in one.waiting()] == [first, second, third]  # listed, marked …
    assert [t.id for t in one.callable_next()] == [second, third]  # … but not called here
    called = one.call_next()
    assert called is not None and called.id == second
    again = two.call_next()  # counter 2: the reserved ticket first (it arrived first)
    assert again is not None and again.id == first and again.counter_number == 2


def test_a_ticket_sent_to_a_person_follows_them_to_any_counter_even_outside_the_profile(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    [shop] = tickets(registration, 1)
    bbj = counter(store, bus, workstation, 1, "mus-bbj")
    bbj.transfer(shop, "aaben_raadgivning", to_staff="mus-aan")
    assert bbj.call_next() is None  # open advice is not in counter 1's profile anyway
    somebody_else = counter(store, bus, workstation, 2, "mus-ljp")
    assert somebody_else.callable_next() == []
    aan = counter(store, bus, workstation, 3, "mus-aan")  # AAN sits at counter 3 today
    assert [t.id for t in aan.waiting()] == [shop]  # first priority, whatever the queue
    called = aan.call_next()
    assert called is not None and called.id == shop and called.counter_number == 3


def test_a_plain_transfer_v1_still_works_and_clears_a_reservation(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    [ticket_id] = tickets(registration, 1)
    one = counter(store, bus, workstation, 1, "mus-bbj")
    one.transfer(ticket_id, "jobbutik", to_counter=2)
    assert one.call_next() is None
    one.act("transfer_ticket", ticket_id, service_code="jobbutik")  # version 1
    after = one.ticket(ticket_id)
    assert after is not None and after.target_counter is None and after.target_staff is None
    called = one.call_next()
    assert called is not None and called.id == ticket_id


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"to_counter": 2, "to_staff": "mus-aan"}, "ikke begge"),
        ({"to_counter": 42}, "Skranke 42 findes ikke"),
        ({"to_staff": "skb-mhl"}, "arbejder ikke i denne afdeling"),
        ({"to_staff": "nobody"}, "arbejder ikke i denne afdeling"),
    ],
)
def test_a_reservation_must_name_one_counter_or_person_of_this_site(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    targets: dict[str, object],
    message: str,
) -> None:
    [ticket_id] = tickets(registration, 1)
    one = counter(store, bus, workstation, 1, "mus-bbj")
    with pytest.raises(ValidationError, match=message):
        one.transfer(ticket_id, "jobbutik", **targets)  # type: ignore[arg-type]
    after = one.ticket(ticket_id)
    assert after is not None and after.target_counter is None and after.target_staff is None


def test_a_recall_keeps_the_first_call_as_the_end_of_the_wait(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    [ticket_id] = tickets(registration, 1)
    one = counter(store, bus, workstation, 1, "mus-bbj")
    one.call_specific(ticket_id)
    first = one.ticket(ticket_id)
    assert first is not None and first.first_called_at == first.called_at
    with store.unit_of_work() as uow:  # pretend the recall came ten minutes later
        ticket = uow.tickets.get(ticket_id)
        assert ticket is not None
        earlier = dict(
            issued_at=ticket.issued_at - dt.timedelta(minutes=15),
            queued_at=ticket.issued_at - dt.timedelta(minutes=15),
            called_at=ticket.issued_at - dt.timedelta(minutes=10),
            first_called_at=ticket.issued_at - dt.timedelta(minutes=10),
        )
        uow.tickets.save(dataclasses.replace(ticket, **earlier))  # type: ignore[arg-type]
        uow.commit()
    one.act("recall_ticket", ticket_id)
    after = one.ticket(ticket_id)
    assert after is not None and after.called_at is not None and after.first_called_at is not None
    assert after.called_at > after.first_called_at  # the recall moved called_at only
    today = after.service_day
    [row] = one.statistics(today, today)[1]  # per service, from the store
    assert row.wait_p50_min == pytest.approx(5.0)  # first call − arrival, not 15 minutes

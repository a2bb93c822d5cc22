"""Done in one key from called, a no-show taken back, and who the counter holds now."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.errors import ValidationError
from app.queue.commands import CounterBusyError
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore


@pytest.fixture
def queue(store: LocalStore, bus: CommandBus, workstation: WorkstationConfig) -> QueueService:
    return QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])


def _citizen_id(registration: RegistrationService) -> str:
    return registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    ).id


def test_done_from_called_implies_serving_from_the_call(
    registration: RegistrationService, queue: QueueService
) -> None:
    registration.issue_ticket(_citizen_id(registration), "jobbutik")
    called = queue.call_next()
    assert called is not None and called.status is TicketStatus.CALLED
    done = queue.finish(called.id)
    assert done is not None and done.status is TicketStatus.DONE
    assert done.serving_at == called.called_at  # service time counts from the call
    assert done.finished_at is not None and done.finished_at >= done.serving_at


def test_done_from_serving_keeps_when_serving_began(
    registration: RegistrationService, queue: QueueService
) -> None:
    registration.issue_ticket(_citizen_id(registration), "jobbutik")
    called = queue.call_next()
    assert called is not None
    queue.act("start_serving", called.id)
    serving = queue.ticket(called.id)
    done = queue.finish(called.id)
    assert serving is not None and done is not None
    assert done.status is TicketStatus.DONE and done.serving_at == serving.serving_at


def test_a_no_show_taken_back_is_called_at_the_counter_again(
    registration: RegistrationService, queue: QueueService
) -> None:
    registration.issue_ticket(_citizen_id(registration), "jobbutik")
    called = queue.call_next()
    assert called is not None
    queue.act("mark_no_show", called.id)
    assert queue.at_counter() is None
    back = queue.undo_no_show(called.id)
    assert back is not None and back.status is TicketStatus.CALLED
    assert back.counter_number == 1 and back.finished_at is None
    held = queue.at_counter()
    assert held is not None and held.ticket.id == called.id


def test_a_no_show_is_not_taken_back_after_the_short_while(
    registration: RegistrationService,
    queue: QueueService,
    bus: CommandBus,
    workstation: WorkstationConfig,
) -> None:
    registration.issue_ticket(_citizen_id(registration), "jobbutik")
    called = queue.call_next()
    assert called is not None
    queue.act("mark_no_show", called.id)
    late = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    envelope = dataclasses.replace(
        workstation.envelope("undo_no_show", 1, {"ticket_id": called.id}),
        issued_at=late.isoformat(),
    )
    with pytest.raises(ValidationError, match="kan ikke fortrydes"):
        bus.execute_one(envelope)


def test_a_no_show_is_not_taken_back_once_the_counter_called_another(
    registration: RegistrationService, queue: QueueService
) -> None:
    citizen_id = _citizen_id(registration)
    for _ in range(2):
        registration.issue_ticket(citizen_id, "jobbutik")
    first = queue.call_next()
    assert first is not None
    queue.act("mark_no_show", first.id)
    assert queue.call_next() is not None
    with pytest.raises(CounterBusyError):
        queue.undo_no_show(first.id)


def test_the_counter_knows_its_citizen_from_the_store(
    registration: RegistrationService,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    queue: QueueService,
) -> None:
    """After a restart a new service (a new desk process) finds who the counter holds."""
    receipt = registration.issue_ticket(
        _citizen_id(registration), "jobbutik", note="Vil tale om CV"
    )
    assert queue.at_counter() is None
    assert queue.call_next() is not None
    restarted = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    held = restarted.at_counter()
    assert held is not None
    assert held.ticket.number == receipt.number and held.ticket.status is TicketStatus.CALLED
    assert (held.full_name, held.masked_cpr) == ("Ida Bøgh", "010190-xxxx")
    assert held.service_name == "Jobbutik" and held.note == "Vil tale om CV"
    assert held.waited(dt.datetime.now(dt.UTC)) >= dt.timedelta(0)
    elsewhere = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, counter_number=2), ["jobbutik"]
    )
    assert elsewhere.at_counter() is None


def test_a_counter_holding_two_from_before_the_rule_shows_the_first_and_names_the_other(
    registration: RegistrationService, store: LocalStore, queue: QueueService
) -> None:
    """Stores from before the rule may hold two citizens at a counter: both can be finished."""
    citizen_id = _citizen_id(registration)
    first, second = (registration.issue_ticket(citizen_id, "jobbutik") for _ in range(2))
    called = queue.call_next()
    assert called is not None and called.id == first.ticket_id
    with store.unit_of_work() as uow:  # what an older desk let through
        waiting = uow.tickets.get(second.ticket_id)
        assert waiting is not None
        later = (called.called_at or called.issued_at) + dt.timedelta(seconds=1)
        uow.tickets.save(
            dataclasses.replace(
                waiting,
                status=TicketStatus.CALLED,
                counter_number=1,
                called_at=later,
                first_called_at=later,
            )
        )
        uow.commit()
    held = queue.at_counter()
    assert held is not None and held.ticket.id == first.ticket_id
    assert held.also_held == (second.number,)
    queue.finish(first.ticket_id)
    then = queue.at_counter()
    assert then is not None and then.ticket.id == second.ticket_id and then.also_held == ()

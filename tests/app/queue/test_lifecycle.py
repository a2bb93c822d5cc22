"""Every legal and illegal move of a ticket, through the real command bus and store."""

from __future__ import annotations

import itertools

import pytest

from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.queue.lifecycle import TRANSITIONS, IllegalTransitionError, QueueAction, next_status
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore

COMMAND_FOR = {
    QueueAction.CALL: ("call_ticket", {"counter_number": 1}),
    QueueAction.RECALL: ("recall_ticket", {}),
    QueueAction.START: ("start_serving", {}),
    QueueAction.FINISH: ("finish_ticket", {}),
    QueueAction.NO_SHOW: ("mark_no_show", {}),
    QueueAction.TRANSFER: ("transfer_ticket", {"service_code": "aaben_raadgivning"}),
    QueueAction.PARK: ("park_ticket", {}),
    QueueAction.RETURN: ("return_ticket", {}),
    QueueAction.CANCEL: ("cancel_ticket", {}),
    QueueAction.UNDO_NO_SHOW: ("undo_no_show", {}),
}
# The shortest way from a new (waiting) ticket to each state.
PATH_TO = {
    TicketStatus.WAITING: [],
    TicketStatus.CALLED: [QueueAction.CALL],
    TicketStatus.SERVING: [QueueAction.CALL, QueueAction.START],
    TicketStatus.DONE: [QueueAction.CALL, QueueAction.START, QueueAction.FINISH],
    TicketStatus.NO_SHOW: [QueueAction.CALL, QueueAction.NO_SHOW],
    TicketStatus.CANCELLED: [QueueAction.CANCEL],
    TicketStatus.PARKED: [QueueAction.PARK],
}


@pytest.fixture
def queue(store: LocalStore, bus: CommandBus, workstation: WorkstationConfig) -> QueueService:
    return QueueService(
        store.unit_of_work,
        bus,
        workstation,
        ["aftale", "primaervisitation", "jobbutik", "aaben_raadgivning"],
    )


def new_ticket(
    registration: RegistrationService, service: str = "jobbutik", cpr: str = "0101901235"
) -> str:
    _cpr, card = registration.find_by_cpr(cpr)
    citizen_id = (
        card.citizen.id
        if card
        else registration.register_citizen(
            NewCitizen(cpr, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT)
        ).id
    )
    return registration.issue_ticket(citizen_id, service).ticket_id


@pytest.mark.parametrize(("state", "action"), list(itertools.product(TicketStatus, QueueAction)))
def test_every_state_and_action(
    queue: QueueService, registration: RegistrationService, state: TicketStatus, action: QueueAction
) -> None:
    ticket_id = new_ticket(registration)
    for step in PATH_TO[state]:
        name, args = COMMAND_FOR[step]
        queue.act(name, ticket_id, **args)
    ticket = queue.ticket(ticket_id)
    assert ticket is not None and ticket.status is state
    name, args = COMMAND_FOR[action]
    if (state, action) in TRANSITIONS:
        result = queue.act(name, ticket_id, **args)
        assert result["status"] == TRANSITIONS[(state, action)].value
    else:
        with pytest.raises(IllegalTransitionError) as refused:
            queue.act(name, ticket_id, **args)
        assert refused.value.message.startswith(f"Billet {ticket.number} ")
        after = queue.ticket(ticket_id)
        assert after is not None and after.status is state  # nothing changed


def test_the_message_says_what_and_why() -> None:
    with pytest.raises(IllegalTransitionError) as refused:
        next_status("J1-007", TicketStatus.DONE, QueueAction.CALL)
    assert refused.value.message == "Billet J1-007 er færdigbetjent og kan ikke kaldes."


def test_recalls_are_limited_then_no_show(
    queue: QueueService, registration: RegistrationService
) -> None:
    ticket_id = new_ticket(registration)
    queue.act("call_ticket", ticket_id, counter_number=1)
    for _ in range(3):
        queue.act("recall_ticket", ticket_id)
    with pytest.raises(Exception, match="meld den udeblevet"):
        queue.act("recall_ticket", ticket_id)
    assert queue.act("mark_no_show", ticket_id)["status"] == "no_show"


def test_transfer_keeps_the_arrival_time_unless_asked(
    queue: QueueService, registration: RegistrationService
) -> None:
    first = new_ticket(registration, "jobbutik")
    second = new_ticket(registration, "aaben_raadgivning", cpr="0707614285")
    queue.act("call_ticket", first, counter_number=1)
    queue.act("transfer_ticket", first, service_code="aaben_raadgivning")
    ticket = queue.ticket(first)
    assert ticket is not None and ticket.status is TicketStatus.WAITING
    assert ticket.service_code == "aaben_raadgivning" and ticket.counter_number is None
    in_advice = [t.id for t in queue.waiting() if t.service_code == "aaben_raadgivning"]
    assert in_advice == [first, second]  # arrived first, stays first

    queue.act("call_ticket", first, counter_number=1)
    queue.act("transfer_ticket", first, service_code="aaben_raadgivning", keep_arrival=False)
    in_advice = [t.id for t in queue.waiting() if t.service_code == "aaben_raadgivning"]
    assert in_advice == [second, first]

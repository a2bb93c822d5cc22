"""Callbacks in the queue at one desk: a wrong phone number refused with nothing written,
walk-ins and callbacks called by their own keys, three unanswered rings give it up, and
the waiting-room display shows no callback."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.entities import SupportBasis, Ticket, TicketStatus
from app.errors import ValidationError
from app.queue.callback_service import CallbackService
from app.queue.callbacks import (
    CALLBACKS,
    MAX_NO_ANSWERS,
    PHONE,
    RETRY_GAP,
    WALK_IN,
    phone_number,
    ready_to_ring,
)
from app.queue.overview import site_overview
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.conftest import configure
from ui.queue.waiting_room_display import load_board

SERVICE = "aaben_raadgivning"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("22334455", "22334455"), ("+45 22 33 44 55", "22334455"), ("0045-2233-4455", "22334455")],
)
def test_a_phone_number_is_eight_digits(typed: str, stored: str) -> None:
    assert phone_number(typed) == stored


@pytest.mark.parametrize("typed", ["", "1234567", "223344556", "+46 22334455", "22 33 44 5x"])
def test_a_wrong_phone_number_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="8 cifre"):
        phone_number(typed)


def test_callbacks_queue_beside_walk_ins_and_are_given_up_after_three_rings(
    store: LocalStore,
) -> None:
    ws = configure(store, site="MUS", counter=2, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    registration = RegistrationService(store.unit_of_work, bus, ws)
    callbacks = CallbackService(store.unit_of_work, bus, ws)
    later = Clock(utc_now() + RETRY_GAP)  # each ring after the last one's gap
    queue = QueueService(store.unit_of_work, bus, ws, [SERVICE], clock=later)
    ida = registration.register_citizen(NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER))
    ole = registration.register_citizen(NewCitizen("0202902346", "Ole", "Ring", SupportBasis.OTHER))

    with pytest.raises(ValidationError):
        callbacks.place(ole.id, SERVICE, "12 34")
    with store.unit_of_work() as uow:
        assert uow.outbox.pending_count() == 2  # the two registrations, nothing more

    walk_in = registration.issue_ticket(ida.id, SERVICE)
    placed = callbacks.place(ole.id, SERVICE, "22 33 44 55")
    assert [t.channel for t in queue.waiting()] == ["walk_in", PHONE]
    # The supervisor sees the callback as a queue of its own beside the walk-ins.
    overview = site_overview("MUS", "Musvågevej", queue.site_tickets(), [SERVICE], utc_now(), str)
    by_code = {f.service_code: f for f in overview.services}
    assert (by_code[SERVICE].waiting, by_code[CALLBACKS].waiting) == (1, 1)
    board = load_board(queue, [SERVICE], utc_now)
    waiting = next(f for f in board.figures if f.service_code == SERVICE).waiting
    assert waiting == 1  # the waiting room sees the walk-in only

    called = queue.call_next()
    assert called is not None and called.id == walk_in.ticket_id
    queue.act("start_serving", walk_in.ticket_id)
    queue.finish(walk_in.ticket_id)
    first_ring = None
    for ring in range(1, MAX_NO_ANSWERS + 1):
        rung = queue.call_next_callback()
        assert rung is not None and rung.id == placed.ticket_id and rung.phone == "22334455"
        first_ring = first_ring or rung.first_called_at
        after = queue.not_answered(placed.ticket_id)
        assert after is not None and after.no_answers == ring
        later.moment = utc_now() + RETRY_GAP
        expected = TicketStatus.NO_SHOW if ring == MAX_NO_ANSWERS else TicketStatus.WAITING
        assert after.status is expected
    assert queue.call_next_callback() is None
    # Its wait ended at the first ring: a ring after no answer does not move it, and the
    # overview measures callbacks from their placing against their own target.
    gone = queue.ticket(placed.ticket_id)
    assert gone is not None and gone.first_called_at is not None
    assert gone.first_called_at == first_ring
    late = site_overview("MUS", "Musvågevej", [gone], [SERVICE], utc_now(), str)
    [rings] = [f for f in late.services if f.service_code == CALLBACKS]
    assert rings.service_level == 1.0  # rung within two hours of being placed
    with pytest.raises(ValidationError, match="ikke et tilbagekald"):
        ticket = registration.issue_ticket(ida.id, SERVICE)
        queue.call_next()
        queue.not_answered(ticket.ticket_id)


def test_a_callback_that_rang_out_is_not_rung_next_before_its_gap(store: LocalStore) -> None:
    ws = configure(store, site="MUS", counter=2, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    registration = RegistrationService(store.unit_of_work, bus, ws)
    clock = Clock(utc_now())
    queue = QueueService(store.unit_of_work, bus, ws, [SERVICE], clock=clock)
    ole = registration.register_citizen(NewCitizen("0202902346", "Ole", "Ring", SupportBasis.OTHER))
    placed = CallbackService(store.unit_of_work, bus, ws).place(ole.id, SERVICE, "22334455")
    rung = queue.call_next_callback()
    assert rung is not None and rung.id == placed.ticket_id and queue.next_callback_ready() is None
    queue.not_answered(placed.ticket_id)
    held = queue.ticket(placed.ticket_id)
    assert held is not None and held.status is TicketStatus.WAITING and held.queued_at
    walk_in = registration.issue_ticket(ole.id, SERVICE)

    # Rang out just now: "ring next" leaves it out, walk-ins are called as ever.
    clock.moment = held.queued_at + RETRY_GAP - dt.timedelta(seconds=1)
    assert queue.callable_next(PHONE) == []
    assert [t.id for t in queue.callable_next()] == [walk_in.ticket_id]
    assert queue.next_callback_ready() == held.queued_at + RETRY_GAP
    assert queue.call_next_callback() is None
    assert [t.id for t in queue.waiting()] == [placed.ticket_id, walk_in.ticket_id]  # listed

    # The gap has passed: picked and rung, its first ring kept.
    clock.moment = held.queued_at + RETRY_GAP
    assert [t.id for t in queue.callable_next(PHONE)] == [placed.ticket_id]
    assert queue.next_callback_ready() is None
    again = queue.call_next_callback()
    assert again is not None and again.id == placed.ticket_id
    assert again.status is TicketStatus.CALLED and again.no_answers == 1
    assert again.first_called_at == rung.first_called_at


def test_a_counsellor_may_ring_a_callback_early_by_calling_it(store: LocalStore) -> None:
    ws = configure(store, site="MUS", counter=2, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    registration = RegistrationService(store.unit_of_work, bus, ws)
    queue = QueueService(store.unit_of_work, bus, ws, [SERVICE], clock=Clock(utc_now()))
    ole = registration.register_citizen(NewCitizen("0202902346", "Ole", "Ring", SupportBasis.OTHER))
    placed = CallbackService(store.unit_of_work, bus, ws).place(ole.id, SERVICE, "22334455")
    assert queue.call_next_callback() is not None
    queue.not_answered(placed.ticket_id)
    assert queue.call_next_callback() is None  # within the gap

    early = queue.call_specific(placed.ticket_id)  # F5 on it: call_ticket is not held back
    assert early is not None and early.status is TicketStatus.CALLED
    assert early.counter_number == 2 and early.no_answers == 1


def test_only_a_callback_that_rang_out_waits_for_the_gap() -> None:
    at = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    placed = Ticket(
        id="t",
        visit_id="v",
        site_code="MUS",
        service_code=SERVICE,
        service_day=at.date(),
        series=1,
        sequence=1,
        number="TM1-001",
        issued_at=at,
        workstation_id="w",
        queued_at=at,
        channel=PHONE,
        phone="22334455",
    )
    rang_out = replace(placed, no_answers=1, first_called_at=at, queued_at=at)
    assert ready_to_ring(placed, at)  # not rung yet
    assert not ready_to_ring(rang_out, at + RETRY_GAP - dt.timedelta(microseconds=1))
    assert ready_to_ring(rang_out, at + RETRY_GAP)
    # Transferred to another queue after it was answered: a new wait, not a retry.
    assert ready_to_ring(replace(rang_out, first_called_at=None), at)
    assert ready_to_ring(replace(rang_out, channel=WALK_IN, phone=None), at)

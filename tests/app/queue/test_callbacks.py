"""Callbacks in the queue at one desk: a wrong phone number refused with nothing written,
walk-ins and callbacks called by their own keys, three unanswered rings give it up, and
the waiting-room display shows no callback."""

from __future__ import annotations

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.entities import SupportBasis, TicketStatus
from app.errors import ValidationError
from app.queue.callback_service import CallbackService
from app.queue.callbacks import CALLBACKS, MAX_NO_ANSWERS, PHONE, phone_number
from app.queue.overview import site_overview
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
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
    queue = QueueService(store.unit_of_work, bus, ws, [SERVICE])
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

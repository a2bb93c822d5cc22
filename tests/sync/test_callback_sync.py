"""Callbacks over the real server (SQLite and PostgreSQL): the phone entrance at one site
places a callback for another; two counsellors there, both offline, call it — the first
to sync wins and the other is told; not answered, it queues again (rung next only after
its retry gap); answered, it is done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.commands.envelope import utc_now
from app.entities import TicketStatus
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.queue.callback_service import CallbackService
from app.queue.callbacks import PHONE, RETRY_GAP
from app.queue.service import QueueService
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk


def queue_of(desk: SyncedDesk, clock: Callable[[], dt.datetime] = utc_now) -> QueueService:
    return QueueService(
        desk.store.unit_of_work, desk.bus, desk.config, ["aaben_raadgivning"], clock=clock
    )


def test_two_counsellors_never_ring_the_same_callback(
    server: ServerProcess, desks: DeskMaker
) -> None:
    phone_desk = desks("MUS", 1)
    counter_a, counter_b = desks("SKB", 2, "skb-sol"), desks("SKB", 3, "skb-hkn")
    for desk in (phone_desk, counter_a, counter_b):
        desk.enrol(server)
    citizen = phone_desk.register(7)
    placed = CallbackService(phone_desk.store.unit_of_work, phone_desk.bus, phone_desk.config)
    callback = placed.place(citizen.id, "aaben_raadgivning", "+45 22 33 44 55", site_code="SKB")
    assert callback.number.startswith("TM") and callback.phone == "22334455"
    phone_desk.sync()
    counter_a.sync()
    counter_b.sync()
    waiting = queue_of(counter_a).ticket(callback.ticket_id)
    assert waiting is not None and waiting.channel == PHONE and waiting.site_code == "SKB"
    assert queue_of(counter_a).call_next() is None  # F2 calls walk-ins: none are waiting

    # Both offline, both ring the only callback.
    rung_a = queue_of(counter_a).call_next_callback()
    rung_b = queue_of(counter_b).call_next_callback()
    assert rung_a is not None and rung_b is not None
    assert rung_a.id == rung_b.id == callback.ticket_id
    counter_a.sync()
    counter_b.sync()
    counter_b.sync()
    [rejection] = counter_b.sync_store.rejections()
    assert rejection.name == "call_ticket"
    assert callback.number in rejection.message
    for desk in (counter_a, counter_b):
        seen = queue_of(desk).ticket(callback.ticket_id)
        assert seen is not None and seen.status is TicketStatus.CALLED
        assert seen.counter_number == 2

    # Counter A gets no answer: the callback queues again, and counter B rings it once
    # the retry gap has passed (the gap travels with the ticket: it holds at B too).
    again = queue_of(counter_a).not_answered(callback.ticket_id)
    assert again is not None and again.status is TicketStatus.WAITING and again.no_answers == 1
    counter_a.sync()
    counter_b.sync()
    assert queue_of(counter_b).call_next_callback() is None
    rung = queue_of(counter_b, lambda: utc_now() + RETRY_GAP).call_next_callback()
    assert rung is not None and rung.id == callback.ticket_id
    queue_of(counter_b).act("start_serving", callback.ticket_id)
    queue_of(counter_b).finish(callback.ticket_id)
    counter_b.sync()
    counter_a.sync()
    done = queue_of(counter_a).ticket(callback.ticket_id)
    assert done is not None and done.status is TicketStatus.DONE and done.no_answers == 1
    assert counter_a.checksum() == counter_b.checksum()


def test_a_call_logged_at_one_site_is_seen_at_every_site_with_its_callback(
    server: ServerProcess, desks: DeskMaker
) -> None:
    phone_desk, nyr = desks("MUS", 1), desks("NYR", 2, "nyr-ajm")
    for desk in (phone_desk, nyr):
        desk.enrol(server)
    citizen = phone_desk.register(8)
    service = PhoneDeskService(phone_desk.store.unit_of_work, phone_desk.bus, phone_desk.config)
    logged = service.log(
        CallDraft(
            CallerKind.CITIZEN,
            citizen.cpr,
            CallTopic.JOB_SEARCH,
            "Ring efter kl. 12",
            CallOutcome.CALLBACK,
            to_site="NYR",
            service_code="jobbutik",
            callback_phone="22 33 44 55",
        )
    )
    phone_desk.sync()
    nyr.sync()
    [call] = PhoneDeskService(nyr.store.unit_of_work, nyr.bus, nyr.config).calls_today()
    assert (call.site_code, call.to_site, call.staff_id) == ("MUS", "NYR", "mus-bbj")
    rung = QueueService(
        nyr.store.unit_of_work, nyr.bus, nyr.config, ["jobbutik"]
    ).call_next_callback()
    assert rung is not None and rung.number == logged.callback_number and rung.phone == "22334455"

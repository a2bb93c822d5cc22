"""Queue moves over the real server: first call wins; the loser is told, never silently."""

from __future__ import annotations

from app.entities import TicketStatus
from app.queue.service import QueueService
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk, proven


def queue_of(desk: SyncedDesk) -> QueueService:
    return QueueService(desk.store.unit_of_work, desk.bus, desk.config, ["jobbutik"])


def test_two_offline_counters_call_the_same_ticket_and_the_first_to_sync_wins(
    server: ServerProcess, desks: DeskMaker
) -> None:
    reception = desks("MUS", 1)
    counter_a, counter_b = desks("MUS", 2, "mus-aan"), desks("MUS", 3, "mus-ljp")
    for desk in (reception, counter_a, counter_b):
        desk.enrol(server)
    citizen = reception.register(1)
    ticket = reception.ticket(citizen.id)
    reception.sync()
    counter_a.sync()
    counter_b.sync()

    # Both counters are offline and call the only waiting ticket.
    called_a = queue_of(counter_a).call_next()
    called_b = queue_of(counter_b).call_next()
    assert called_a is not None and called_b is not None
    assert called_a.id == called_b.id == ticket.ticket_id

    counter_a.sync()  # reaches the server first
    counter_b.sync()
    counter_b.sync()  # the rejection settles; the local effect is undone

    [rejection] = counter_b.sync_store.rejections()
    assert rejection.name == "call_ticket"
    assert f"Billet {ticket.number} er kaldt" in rejection.message
    for desk in (counter_a, counter_b):
        seen = queue_of(desk).ticket(ticket.ticket_id)
        assert seen is not None and seen.status is TicketStatus.CALLED
        assert seen.counter_number == 2  # counter A's call is the one that stands
    reception.sync()
    assert reception.checksum() == counter_a.checksum() == counter_b.checksum()


def test_the_supervisor_overview_shows_every_site_and_marks_a_silent_one_stale(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus_reception, mus_counter, nyr = desks("MUS", 1), desks("MUS", 2), desks("NYR", 1)
    for desk in (mus_reception, mus_counter, nyr):
        desk.enrol(server)
    for n in (1, 2, 3):
        mus_reception.ticket(mus_reception.register(n).id)
    mus_reception.sync()
    mus_counter.sync()
    called = queue_of(mus_counter).call_next()
    assert called is not None
    mus_counter.sync()

    # Who reads is proven with their key (a staff session), never just named.
    overview = mus_counter.with_engine(lambda e: e.queue_overview(proven("mus-ljp")))
    own_only = mus_counter.with_engine(lambda e: e.queue_overview(proven("mus-bbj")))
    assert [s.site_code for s in own_only.sites] == ["MUS"]  # cut by the server

    by_site = {s.site_code: s for s in overview.sites}
    assert set(by_site) == {"MUS", "SKB", "NYR"}
    jobbutik = next(f for f in by_site["MUS"].services if f.service_code == "jobbutik")
    assert (jobbutik.waiting, jobbutik.open_counters) == (2, 1)
    [counter] = by_site["MUS"].counters
    assert (counter.counter_number, counter.ticket_number) == (2, called.number)
    assert counter.staff_name  # the staff member who made the call, by name
    # MUS and NYR desks spoke to the server a moment ago; SKB has no workstation at all.
    assert not by_site["MUS"].stale and not by_site["NYR"].stale
    assert by_site["SKB"].stale and by_site["SKB"].last_heard is None
    assert [w.counter_number for w in by_site["MUS"].workstations] == [1, 2]

"""Queue changes of issue 5's second round over the real server: a ticket reserved for a
counter or a person, a counter's services for the day, and the all-sites statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.clock import service_day
from app.commands.envelope import utc_now
from app.queue.profiles import counter_profile
from app.queue.service import QueueService
from app.sync.client import Offline
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk, proven


def queue_of(desk: SyncedDesk, profile: list[str] | None = None) -> QueueService:
    return QueueService(desk.store.unit_of_work, desk.bus, desk.config, profile or ["jobbutik"])


def test_a_reserved_ticket_and_a_closed_queue_mean_the_same_on_every_desk(
    server: ServerProcess, desks: DeskMaker
) -> None:
    reception = desks("MUS", 1)
    counter_2, counter_3 = desks("MUS", 2, "mus-aan"), desks("MUS", 3, "mus-ljp")
    for desk in (reception, counter_2, counter_3):
        desk.enrol(server)
    citizen = reception.register(1)
    first, second = reception.ticket(citizen.id), reception.ticket(citizen.id)
    queue_of(reception).transfer(first.ticket_id, "jobbutik", to_counter=3)
    reception.sync()
    counter_2.sync()
    counter_3.sync()

    on_2 = queue_of(counter_2).ticket(first.ticket_id)
    assert on_2 is not None and on_2.target_counter == 3  # the reservation travelled
    assert [t.id for t in queue_of(counter_2).callable_next()] == [second.ticket_id]
    called = queue_of(counter_3).call_next()
    assert called is not None and called.id == first.ticket_id  # counter 3 gets it first

    # The supervisor (at counter 3) closes the job shop at counter 2 for today.
    queue_of(counter_3).set_counter_service(2, "jobbutik", False)
    counter_3.sync()
    counter_2.sync()
    assert queue_of(counter_2).profile() == []
    assert queue_of(counter_2).call_next() is None
    reception.sync()
    assert reception.checksum() == counter_2.checksum() == counter_3.checksum()


def test_a_supervisor_exports_every_site_and_anyone_else_only_their_own(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus, nyr = desks("MUS", 1), desks("NYR", 1)
    for desk in (mus, nyr):
        desk.enrol(server)
    for n, desk in enumerate((mus, mus, nyr)):
        desk.ticket(desk.register(10 + n).id)
    called = queue_of(mus).call_next()
    assert called is not None
    mus.sync()
    nyr.sync()
    today = called.service_day

    every = mus.with_engine(lambda e: e.queue_statistics(today, today, proven("mus-ljp")))
    own = mus.with_engine(lambda e: e.queue_statistics(today, today, proven("mus-bbj")))
    assert set(every.site_codes) == {"MUS", "SKB", "NYR"}
    assert {(r.site_code, r.arrivals) for r in every.per_service} == {("MUS", 2), ("NYR", 1)}
    assert own.site_codes == ("MUS",) and {r.site_code for r in own.per_service} == {"MUS"}
    # The server's figures are the desk's own for its site (the same functions).
    local_counter, local_service = queue_of(mus).statistics(today, today)
    assert list(own.per_counter) == local_counter and list(own.per_service) == local_service


def test_without_the_server_the_export_says_so_and_the_local_one_still_works(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    mus = desks("MUS", 1)
    mus.enrol(sqlite_server)
    mus.ticket(mus.register(20).id)
    sqlite_server.stop()
    today = service_day(utc_now())
    with pytest.raises(Offline):
        mus.with_engine(lambda e: e.queue_statistics(today, today, proven("mus-ljp")))
    supervisor = dataclasses.replace(mus.config, staff_id="mus-ljp")
    local = QueueService(mus.store.unit_of_work, mus.bus, supervisor, counter_profile("MUS", 1))
    _per_counter, per_service = local.statistics(today - dt.timedelta(days=1), today)
    assert sum(r.arrivals for r in per_service) == 1

"""Supervisor figures and expected waiting time against a small day computed by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.entities import Ticket, TicketStatus
from app.queue.figures import ShownWait, expected_wait, figures_for, mean_service_time, shown_wait

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return NOW + dt.timedelta(minutes=minutes)


def ticket(
    n: int,
    status: TicketStatus,
    arrived: int,
    called: int | None = None,
    serving: int | None = None,
    finished: int | None = None,
    counter: int | None = None,
    service: str = "jobbutik",
) -> Ticket:
    return Ticket(
        id=f"t{n}",
        visit_id=f"v{n}",
        site_code="MUS",
        service_code=service,
        service_day=NOW.date(),
        series=1,
        sequence=n,
        number=f"J1-{n:03d}",
        issued_at=at(arrived),
        workstation_id="w",
        status=status,
        queued_at=at(arrived),
        counter_number=counter,
        called_at=at(called) if called is not None else None,
        serving_at=at(serving) if serving is not None else None,
        finished_at=at(finished) if finished is not None else None,
    )


DAY = [
    ticket(1, TicketStatus.DONE, -60, -55, -54, -44, counter=1),  # waited 5, served 10
    ticket(2, TicketStatus.DONE, -50, -30, -29, -23, counter=2),  # waited 20 (> 15), served 6
    ticket(3, TicketStatus.NO_SHOW, -40, -20, counter=1),  # waited 20
    ticket(4, TicketStatus.SERVING, -25, -15, -14, counter=1),  # waited 10
    ticket(5, TicketStatus.WAITING, -12),
    ticket(6, TicketStatus.WAITING, -4),
    ticket(7, TicketStatus.WAITING, -30, service="aftale"),  # another queue
]


def test_supervisor_figures_match_the_hand_computed_day() -> None:
    f = figures_for("jobbutik", DAY, NOW)
    assert (f.waiting, f.served, f.no_shows) == (2, 2, 1)
    assert f.longest_wait == dt.timedelta(minutes=12)
    assert f.average_wait == dt.timedelta(minutes=8)
    assert f.open_counters == 2  # counters 1 and 2 called within 30 minutes
    assert f.service_level == 2 / 4  # tickets 1 and 4 called within 15 min; 2 and 3 not


def test_expected_wait_from_mean_service_time_and_open_counters() -> None:
    assert mean_service_time(DAY) == dt.timedelta(minutes=8)  # (10 + 6) / 2
    # Two waiting, two busy counters: a newcomer is third → three services shared by two.
    assert figures_for("jobbutik", DAY, NOW).expected_wait == dt.timedelta(minutes=12)
    assert expected_wait(0, 2, dt.timedelta(minutes=8)) == dt.timedelta()  # a counter is free
    assert expected_wait(4, 2, dt.timedelta(minutes=8)) == dt.timedelta(minutes=20)
    assert expected_wait(1, 0, dt.timedelta(minutes=5)) == dt.timedelta(minutes=10)  # nobody open


def test_no_history_uses_the_default_service_time() -> None:
    f = figures_for("aftale", DAY, NOW)
    assert (f.waiting, f.open_counters, f.service_level) == (1, 0, None)
    assert f.expected_wait == dt.timedelta(minutes=16)  # closed: two default rounds


def test_a_citizen_waiting_makes_the_wait_longer_than_nothing() -> None:
    """One waiting, three counters that called lately, no finished service yet: the counters
    are busy (else the citizen would have been called), so a newcomer waits too."""
    day = [
        ticket(1, TicketStatus.SERVING, -20, -10, -9, counter=1),
        ticket(2, TicketStatus.SERVING, -20, -8, -7, counter=2),
        ticket(3, TicketStatus.CALLED, -20, -1, counter=3),
        ticket(4, TicketStatus.WAITING, -3),
    ]
    f = figures_for("jobbutik", day, NOW)
    assert (f.waiting, f.open_counters) == (1, 3)
    assert f.expected_wait == dt.timedelta(minutes=8) * 2 / 3  # two default services, 3 counters
    waits = [expected_wait(waiting, 6, dt.timedelta(minutes=8)) for waiting in range(1, 12)]
    assert all(w > dt.timedelta() for w in waits)
    assert waits == sorted(waits)  # each citizen waiting adds to the wait


def test_the_waiting_room_reads_the_wait_in_steps_of_five_minutes_never_zero() -> None:
    minutes = [0, 0.2, 4.9, 5, 7.4, 7.5, 12, 42]
    shown = [shown_wait(dt.timedelta(minutes=m)) for m in minutes]
    assert shown == [
        ShownWait(5, under=True),
        ShownWait(5, under=True),
        ShownWait(5, under=True),
        ShownWait(5, under=False),
        ShownWait(5, under=False),
        ShownWait(10, under=False),
        ShownWait(10, under=False),
        ShownWait(40, under=False),
    ]
    # Finished in seconds (a key pressed twice): the queue still never reads "ca. 0 min".
    served = ticket(1, TicketStatus.DONE, -30, -20, -20, counter=1)
    quick = [replace(served, finished_at=at(-20) + dt.timedelta(seconds=10)), *DAY[4:6]]
    f = figures_for("jobbutik", quick, NOW)
    assert f.expected_wait == dt.timedelta(seconds=30) and f.waiting == 2
    assert shown_wait(f.expected_wait) == ShownWait(5, under=True)

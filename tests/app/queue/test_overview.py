"""The overview's counters and its JSON form."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import Ticket, TicketStatus
from app.queue.figures import hourly
from app.queue.overview import (
    Overview,
    WorkstationPresence,
    counter_statuses,
    from_wire,
    site_overview,
    to_wire,
)

T0 = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def ticket(n: int, status: TicketStatus, counter: int | None, called_min: int | None) -> Ticket:
    return Ticket(
        id=f"t{n}",
        visit_id=f"v{n}",
        site_code="MUS",
        service_code="jobbutik",
        service_day=T0.date(),
        series=1,
        sequence=n,
        number=f"J1-{n:03d}",
        issued_at=T0,
        workstation_id="ws",
        status=status,
        counter_number=counter,
        called_at=None if called_min is None else T0 + dt.timedelta(minutes=called_min),
        called_by=None if called_min is None else f"staff{n}",
    )


def test_a_counter_shows_its_latest_call_and_who_made_it() -> None:
    tickets = [
        ticket(1, TicketStatus.DONE, 2, 5),
        ticket(2, TicketStatus.SERVING, 2, 20),
        ticket(3, TicketStatus.DONE, 3, 10),
        ticket(4, TicketStatus.WAITING, None, None),
    ]
    counters = counter_statuses(tickets, {"staff2": "Åse", "staff3": "Lars"}.get)
    assert [(c.counter_number, c.staff_name, c.ticket_number) for c in counters] == [
        (2, "Åse", "J1-002"),
        (3, "Lars", None),  # finished: nobody at the counter now
    ]


def test_json_round_trip_keeps_everything_and_malformed_input_is_refused() -> None:
    site = site_overview(
        "MUS",
        "Musvågevej",
        [ticket(1, TicketStatus.WAITING, None, None), ticket(2, TicketStatus.CALLED, 2, 1)],
        ["jobbutik", "aftale"],
        T0 + dt.timedelta(minutes=30),
        {"staff2": "Åse"}.get,
        [WorkstationPresence("ws", 2, True, T0)],
    )
    overview = Overview(as_of=T0, sites=(site,))
    assert from_wire(to_wire(overview)) == overview
    assert not site.stale and site.last_heard == T0
    with pytest.raises(ValueError, match="malformed"):
        from_wire({"as_of": T0.isoformat(), "sites": [{"site_code": "MUS"}]})


def test_hourly_counts_arrivals_by_arrival_hour_and_waits_by_call_hour() -> None:
    # T0 is 09:00 in Copenhagen. Two arrive at 09:00; one called 09:20, one 10:10.
    a = ticket(1, TicketStatus.DONE, 2, 20)
    b = ticket(2, TicketStatus.CALLED, 2, 70)
    [nine, ten] = hourly([a, b])
    assert (nine.hour, nine.arrivals, nine.average_wait) == (9, 2, dt.timedelta(minutes=20))
    assert (ten.hour, ten.arrivals, ten.average_wait) == (10, 0, dt.timedelta(minutes=70))

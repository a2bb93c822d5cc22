"""The server re-runs the counter's rule: a second call to a counter that holds a citizen
is rejected there too, whatever a desk let through (an older desk, two quick keys)."""

from __future__ import annotations

import uuid

from tests.server.harness import ServerProcess
from tests.server.raw import RawStation


def test_a_second_call_to_a_busy_counter_is_rejected_by_the_server(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    citizen = station.register(1, 1)
    mutations = [citizen]
    tickets = []
    for n in (1, 2):
        visit_id, ticket_id = str(uuid.uuid4()), str(uuid.uuid4())
        visit_args = {
            "visit_id": visit_id,
            "citizen_id": citizen["args"]["citizen_id"],
            "service_code": "jobbutik",
        }
        ticket_args = {"ticket_id": ticket_id, "visit_id": visit_id, "series": 1, "sequence": n}
        mutations += [
            station.mutation(len(mutations) + 1, "start_visit", visit_args),
            station.mutation(len(mutations) + 2, "issue_ticket", ticket_args),
        ]
        tickets.append(ticket_id)
    for ticket_id in tickets:  # F2, F2: both sent to counter 1
        args = {"ticket_id": ticket_id, "counter_number": 1}
        mutations.append(station.mutation(len(mutations) + 1, "call_ticket", args))
    outcomes = station.push(*mutations).json()["outcomes"]
    assert [o["status"] for o in outcomes[-2:]] == ["applied", "rejected"]
    assert "Skranke 1 har allerede billet" in outcomes[-1]["message"]


def test_done_from_called_and_a_no_show_taken_back_are_re_run_by_the_server(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    citizen = station.register(1, 1)
    visit_id, ticket_id = str(uuid.uuid4()), str(uuid.uuid4())
    visit_args = {
        "visit_id": visit_id,
        "citizen_id": citizen["args"]["citizen_id"],
        "service_code": "jobbutik",
    }
    ticket = {"ticket_id": ticket_id}
    mutations = [
        citizen,
        station.mutation(2, "start_visit", visit_args),
        station.mutation(
            3, "issue_ticket", {**ticket, "visit_id": visit_id, "series": 1, "sequence": 1}
        ),
        station.mutation(4, "call_ticket", {**ticket, "counter_number": 1}),
        station.mutation(5, "mark_no_show", ticket),
        station.mutation(6, "undo_no_show", ticket),
        station.mutation(7, "finish_ticket", ticket, version=2),  # done from called
    ]
    outcomes = station.push(*mutations).json()["outcomes"]
    assert [o["status"] for o in outcomes] == ["applied"] * 7

"""Push exactly once and pull without gaps, on SQLite and on PostgreSQL (each test runs on both)."""

from __future__ import annotations

import uuid

from tests.server.harness import ServerProcess
from tests.server.raw import RawStation


def test_push_applies_in_order_and_a_repush_returns_the_stored_outcomes(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    batch = [station.register(n, n) for n in (1, 2, 3)]
    first = station.push(*batch)
    assert first.status_code == 200
    assert first.json()["last_mutation"] == 3
    assert [o["status"] for o in first.json()["outcomes"]] == ["applied"] * 3
    again = station.push(*batch)  # the reply was "lost": the client sends the same again
    assert again.status_code == 200
    assert again.json()["outcomes"] == first.json()["outcomes"]
    overlapping = station.push(batch[2], station.register(4, 4))
    assert [o["mutation"] for o in overlapping.json()["outcomes"]] == [3, 4]
    citizens = [c for c in station.pull_all() if c["table"] == "citizen"]
    assert len(citizens) == 4  # nothing applied twice


def test_a_gap_is_refused_with_the_number_to_send_from(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    response = station.push(station.register(5, 5))
    assert response.status_code == 409
    assert response.json()["code"] == "mutation_gap" and response.json()["expected"] == 1
    assert station.pull()["changes"] == []
    assert station.push(station.register(1, 5)).status_code == 200


def test_a_different_command_under_a_used_number_is_a_fork(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    assert station.push(station.register(1, 1)).status_code == 200
    clash = station.push(station.register(1, 2))  # same number, another command: a copied database
    assert clash.status_code == 409
    assert clash.json()["code"] == "workstation_fork" and clash.json()["mutation"] == 1


def test_a_refused_command_is_rejected_with_a_reason_and_the_number_advances(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    other = RawStation(server, counter=2).enrol()
    first = station.register(1, 7)
    assert station.push(first).json()["outcomes"][0]["status"] == "applied"
    duplicate = other.register(1, 7)  # the same CPR, registered again elsewhere
    wrong_site = station.register(2, 8, site_code="SKB")
    bad = station.mutation(
        3, "update_citizen", {"citizen_id": str(uuid.uuid4()), "changes": {"phone": "1"}}
    )
    reply = other.push(duplicate).json()
    assert reply["outcomes"][0]["status"] == "rejected"
    assert "allerede registreret" in reply["outcomes"][0]["message"]
    assert reply["outcomes"][0]["field"] == "cpr"
    outcomes = station.push(wrong_site, bad).json()["outcomes"]
    assert [o["status"] for o in outcomes] == ["rejected", "rejected"]
    assert "afdelingen MUS" in outcomes[0]["message"]
    assert outcomes[1]["message"] == "Borgeren findes ikke."
    page = station.pull(confirmed=1)
    assert page["last_mutation"] == 3
    assert [(o["mutation"], o["status"]) for o in page["outcomes"]] == [
        (2, "rejected"),
        (3, "rejected"),
    ]
    reviews = server.admin("GET", "/v1/admin/duplicate-reviews").json()
    assert len(reviews) == 1 and reviews[0]["workstation_id"] == other.workstation_id


def test_a_ticket_outside_the_workstations_series_is_rejected(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    citizen = station.register(1, 1)
    visit_id, ticket_id = str(uuid.uuid4()), str(uuid.uuid4())
    visit = station.mutation(
        2,
        "start_visit",
        {
            "visit_id": visit_id,
            "citizen_id": citizen["args"]["citizen_id"],
            "service_code": "jobbutik",
        },
    )
    foreign = station.mutation(
        3,
        "issue_ticket",
        {"ticket_id": ticket_id, "visit_id": visit_id, "series": 2, "sequence": 1},
    )
    outcomes = station.push(citizen, visit, foreign).json()["outcomes"]
    assert [o["status"] for o in outcomes] == ["applied", "applied", "rejected"]
    assert "nummerserie 1" in outcomes[2]["message"]


def test_an_unknown_command_waits_instead_of_being_rejected(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    future = station.mutation(2, "from_the_future", {})
    reply = station.push(station.register(1, 1), future, station.register(3, 3)).json()
    assert reply["last_mutation"] == 1
    assert reply["stopped"]["code"] == "command_not_supported" and reply["stopped"]["mutation"] == 2
    assert station.pull()["last_mutation"] == 1


def test_pages_cover_every_change_once_and_shared_rows_come_first(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    mutations = []
    for n in range(1, 8):
        citizen = station.register(2 * n - 1, n)
        visit = station.mutation(
            2 * n,
            "start_visit",
            {
                "visit_id": str(uuid.uuid4()),
                "citizen_id": citizen["args"]["citizen_id"],
                "service_code": "jobbutik",
            },
        )
        mutations += [citizen, visit]
    assert station.push(*mutations).status_code == 200
    cursors: dict[str, int] = {}
    seen: list[tuple[str, int, str]] = []
    pages = 0
    while True:
        page = station.pull(cursors, limit=3)
        pages += 1
        seen += [(c["stream"], c["seq"], c["table"]) for c in page["changes"]]
        assert page["heads"] == {"shared": 7, "site:MUS": 7}
        cursors = page["cursors"]
        if not page["has_more"]:
            break
    assert pages == 5
    assert [s for s in seen if s[0] == "shared"] == [("shared", n, "citizen") for n in range(1, 8)]
    assert [s for s in seen if s[0] == "site:MUS"] == [
        ("site:MUS", n, "visit") for n in range(1, 8)
    ]
    first_site = next(i for i, s in enumerate(seen) if s[0] == "site:MUS")
    assert all(s[0] == "site:MUS" for s in seen[first_site:])  # no site row before its citizens
    assert station.pull(cursors)["changes"] == []


def test_each_workstation_sees_its_site_and_the_shared_register(server: ServerProcess) -> None:
    mus = RawStation(server).enrol()
    skb = RawStation(server, site="SKB", counter=1, staff="skb-mhl").enrol()
    citizen = mus.register(1, 1)
    visit = mus.mutation(
        2,
        "start_visit",
        {
            "visit_id": str(uuid.uuid4()),
            "citizen_id": citizen["args"]["citizen_id"],
            "service_code": "jobbutik",
        },
    )
    assert mus.push(citizen, visit).status_code == 200
    seen_by_skb = skb.pull_all()
    assert {(c["stream"], c["table"]) for c in seen_by_skb} == {("shared", "citizen")}
    asked = skb.pull({"site:MUS": 0})  # asking for another site's stream gives nothing of it
    assert {c["stream"] for c in asked["changes"]} == {"shared"}
    assert "site:MUS" not in asked["cursors"]
    assert {(c["stream"], c["table"]) for c in mus.pull_all()} == {
        ("shared", "citizen"),
        ("site:MUS", "visit"),
    }


def test_a_cursor_beyond_the_head_is_rewound_not_trusted(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    page = station.pull({"shared": 50, "site:MUS": 3})
    assert page["rewound"] == ["shared", "site:MUS"]
    assert page["cursors"] == {"shared": 0, "site:MUS": 0}

"""The server is the authority on reference data: as a hostile enrolled desk, raw HTTP against
a real server on SQLite. Only an administrator publishes; a bad draft, a forged staff id and a
version out of order are refused with a reason; a replay changes nothing; the version reaches
the other sites' desks by pull."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from app.clock import service_day
from app.security.demo_credentials import demo_key
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation, signed


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def tomorrow() -> str:
    return (service_day(dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)).isoformat()


def publish(
    desk: RawStation, number: int, version: int, warn: int, limit: int, **over: Any
) -> dict[str, Any]:
    args = {
        "kind": "queue_thresholds",
        "version": version,
        "valid_from": tomorrow(),
        "rows": [{"site_code": "", "warn_minutes": warn, "limit_minutes": limit}],
        "note": "",
    }
    return desk.mutation(number, "publish_reference_data", args, **over)


def forged(body: dict[str, Any], key_of: str) -> dict[str, Any]:
    unsigned = {k: v for k, v in body.items() if k != "staff_proof"}
    return signed(unsigned, key=demo_key(key_of))


def versions(desk: RawStation) -> list[dict[str, Any]]:
    return [c["row"] for c in desk.pull_all() if c["table"] == "reference_data_version"]


def test_only_an_administrator_publishes_and_the_server_checks_every_rule(
    sqlite_server: ServerProcess,
) -> None:
    supervisor = RawStation(sqlite_server, site="NYR", counter=1, staff="nyr-pda").enrol()
    replies = outcomes(
        supervisor.push(
            publish(supervisor, 1, 1, 5, 8),  # a supervisor is not an administrator
            # The administrator's id, signed with the supervisor's key.
            forged(publish(supervisor, 2, 1, 5, 8, staff_id="nyr-ihc"), key_of="nyr-pda"),
        )
    )
    assert [s for s, _ in replies] == ["rejected", "rejected"]
    assert "Som leder må du ikke udgive referencedata" in replies[0][1]
    assert "kræver rollen administrator" in replies[0][1]
    assert "bevis" in replies[1][1]
    admin = RawStation(sqlite_server, site="NYR", counter=2, staff="nyr-ihc").enrol()
    bad = outcomes(
        admin.push(
            publish(admin, 1, 1, 15, 15),  # warning not before the limit
            publish(admin, 2, 2, 5, 8),  # a version number that skips one
            admin.mutation(  # a day in the past, and no rows
                3,
                "publish_reference_data",
                {"kind": "queue_thresholds", "version": 1, "valid_from": "2020-01-01", "rows": []},
            ),
        )
    )
    assert [s for s, _ in bad] == ["rejected"] * 3
    assert bad[0][1] == "Række 1: «Advarsel (min)» (15) skal være mindre end «Grænse (min)» (15)."
    assert bad[1][1] == "Køens grænser skal udgives som version 1, ikke 2."
    assert "en version kan ikke gælde bagud" in bad[2][1]
    assert versions(admin) == []


def test_a_published_version_is_applied_once_and_reaches_another_site(
    sqlite_server: ServerProcess,
) -> None:
    admin = RawStation(sqlite_server, site="NYR", counter=2, staff="nyr-ihc").enrol()
    first = publish(admin, 1, 1, 5, 8)
    assert outcomes(admin.push(first)) == [("applied", "")]
    again = outcomes(admin.push(first))  # the same mutation replayed
    assert again == [("applied", "")]  # answered from the first time, applied once
    # The same version under a new command id: the same content is no change, other content
    # under that number is a conflict.
    assert outcomes(admin.push(publish(admin, 2, 1, 5, 8))) == [("applied", "")]
    conflict = outcomes(admin.push(publish(admin, 3, 1, 6, 9)))
    assert conflict[0][0] == "rejected" and "allerede udgivet" in conflict[0][1]
    other = RawStation(sqlite_server, site="MUS", counter=3, staff="mus-bbj").enrol()
    rows = versions(other)
    assert [(r["kind"], r["version"], r["valid_from"], r["staff_id"]) for r in rows] == [
        ("queue_thresholds", 1, tomorrow(), "nyr-ihc")
    ]
    assert '"warn_minutes": 5' in rows[0]["rows_json"]

"""Inputs that cannot poison the shared state: a real server on SQLite and on PostgreSQL,
driven with raw HTTP the way an attacker with one enrolled workstation would."""

from __future__ import annotations

import datetime as dt
import json
import socket
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.errors import ValidationError
from app.sync import hlc
from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER
from tests.server.harness import VERSION_HEADERS, ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import SyncedDesk

V = str(PROTOCOL_VERSION)
POISON_40 = "9" * 40  # accepted by older servers; every desk that pulled it was wedged
POISON_DOTTED = "9" * 34 + ".99999"  # what such a desk's clock became, ticked once


def outcome(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    [only] = response.json()["outcomes"]
    return dict(only)


def refused(response: httpx.Response, *words: str) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "invalid_request", body
    assert body["message_da"] and body["message_en"]
    for word in words:
        assert word in body["message_en"], body


def register(station: RawStation, number: int, n: int, **fields: Any) -> dict[str, Any]:
    """A registration of citizen `n` whose arguments carry `fields`, signed as a desk would."""
    args = {**station.register(number, n)["args"], **fields}
    return station.mutation(number, "register_citizen", args)


def push_bytes(station: RawStation, *mutations: dict[str, Any]) -> httpx.Response:
    """As `RawStation.push`, but with the body as ASCII JSON: lone surrogates travel."""
    return httpx.post(
        station.server.url + "/v1/push",
        content=json.dumps({"mutations": list(mutations)}).encode(),
        headers={**station.headers, "Content-Type": "application/json"},
        timeout=30,
    )


def within_bound(stamp: str) -> bool:
    ms, _ = hlc.parse_hlc(stamp)
    return hlc.well_formed(stamp) and ms <= hlc.now_ms() + hlc.MAX_AHEAD_MS


def test_malformed_clock_stamps_are_refused_at_the_door(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    for stamp in (POISON_40, POISON_DOTTED, "1767225600000.0001", "١٧٦٧٢٢٥٦٠٠٠٠٠.00000"):
        refused(station.push(station.register(1, 1, hlc=stamp)), "hlc")
    good = hlc.format_hlc(hlc.now_ms(), 0)
    reply = station.push(station.register(1, 1, hlc=good))
    assert outcome(reply)["status"] == "applied"
    assert within_bound(reply.json()["hlc"])


def test_a_stamp_far_ahead_is_clamped_and_never_reaches_a_desk(
    server: ServerProcess, desks: Any
) -> None:
    station = RawStation(server).enrol()
    reply = station.push(station.register(1, 2, hlc="9999999999999.99999"))
    assert outcome(reply)["status"] == "applied"
    assert within_bound(reply.json()["hlc"])
    assert within_bound(station.pull()["hlc"])
    desk: SyncedDesk = desks(counter=2)
    desk.enrol(server)
    desk.register(3)
    desk.sync()
    assert desk.sync_store.counts().pending == 0
    assert desk.sync_store.rejections() == []
    with desk.store.engine.connect() as conn:
        stamp = conn.execute(text("SELECT value FROM sync_state WHERE key = 'hlc'")).scalar_one()
    assert within_bound(stamp)


def test_a_desk_holding_a_poisoned_stamp_still_pushes(server: ServerProcess, desks: Any) -> None:
    """A store from before the fix: its clock and a waiting command carry the poison."""
    desk: SyncedDesk = desks()
    desk.enrol(server)
    first = desk.register(4)
    with desk.store.engine.begin() as conn:
        conn.execute(text("UPDATE sync_state SET value = :v WHERE key = 'hlc'"), {"v": POISON_40})
        conn.execute(text("UPDATE sync_pending SET hlc = :v"), {"v": POISON_DOTTED})
    second = desk.register(5)  # ticked from the poisoned clock
    desk.sync()
    assert desk.sync_store.counts().pending == 0
    assert desk.sync_store.rejections() == []
    ids = {c["row"].get("id") for c in RawStation(server, counter=2).enrol().pull_all()}
    assert {first.id, second.id} <= ids


def test_the_desk_ignores_a_poisoned_stamp_in_a_pull(server: ServerProcess, desks: Any) -> None:
    """An older server (or a restored database) may still send one: the desk's merge
    keeps its own clock and the desk goes on pushing."""
    from dataclasses import replace

    from app.sync.client import SyncApi

    desk: SyncedDesk = desks()
    desk.enrol(server)
    enrolment = desk.sync_store.enrolment()
    assert enrolment is not None

    async def poisoned_page(_engine: Any) -> None:
        async with httpx.AsyncClient() as http:
            api = SyncApi(http, enrolment.server_url, enrolment.token)
            page = await api.pull(desk.sync_store.cursors(), 0, 100)
        for poison in (POISON_40, POISON_DOTTED, "9999999999999.99999"):
            desk.sync_store.apply_pull(replace(page, hlc=poison))

    desk.with_engine(poisoned_page)
    with desk.store.engine.connect() as conn:
        stamp = conn.execute(text("SELECT value FROM sync_state WHERE key = 'hlc'")).scalar()
    assert stamp is None or within_bound(stamp)
    desk.register(6)
    desk.sync()
    assert desk.sync_store.counts().pending == 0
    assert desk.sync_store.rejections() == []


def test_nul_anywhere_is_refused_at_the_door_and_the_station_pushes_on(
    server: ServerProcess,
) -> None:
    station = RawStation(server).enrol()
    refused(station.push(register(station, 1, 7, given_name="An\x00na")), "NUL")
    citizen = station.register(1, 7)["args"]
    hostile_args = [
        {**citizen, "given_name": "An\x00na"},
        {**citizen, "a_kasse": "3F\x00"},
        {**citizen, "extra\x00": "x"},  # a key no handler reads
        {"citizen_id": citizen["citizen_id"], "changes": {"given_name": "\x00"}},
        {**citizen, "nested": {"deep": ["ok", {"k": "\x00"}]}},
    ]
    for args in hostile_args:
        refused(station.push(station.mutation(1, "register_citizen", args)))
    for field, value in (
        ("staff_id", "mus-bbj\x00"),
        ("site_code", "MUS\x00"),
        ("issued_at", dt.datetime.now(dt.UTC).isoformat() + "\x00"),
        ("command_id", "00000000-0000-0000-0000-00000000000\x00"),
        ("hlc", "\x00"),
    ):
        refused(station.push(station.register(1, 7, **{field: value})), field)
    refused(station.push({**station.register(1, 7), "name": "register_citizen\x00"}), "name")
    surrogate = station.mutation(1, "register_citizen", {**citizen, "given_name": "A\ud800"},
                                 staff_proof="")  # fmt: skip
    refused(push_bytes(station, surrogate), "surrogate")
    assert station.pull_all() == []  # nothing of it was stored
    assert outcome(station.push(station.register(1, 7)))["status"] == "applied"


def test_the_desk_refuses_such_names_before_its_outbox(desks: Any) -> None:
    desk: SyncedDesk = desks()
    for name in ("An\x00na", "Anna\u202eGREB", "An\x07na", "An\ud800na"):
        with pytest.raises(ValidationError) as caught:
            desk.register(60, given=name)
        assert caught.value.field == "given_name"
    assert desk.sync_store.counts().pending == 0
    assert desk.count("citizen") == 0


def test_controls_and_bidi_overrides_are_rejected_per_mutation(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    hostile = ["Anna\u202eGREB", "\u2066Anna\u2069", "An\x07na", "An\x85na", "An\x1bna"]
    for number, name in enumerate(hostile, start=1):
        decided = outcome(station.push(register(station, number, 10 + number, given_name=name)))
        assert decided["status"] == "rejected", name
        assert decided["field"] == "given_name"
        assert "indeholder" in decided["message"]
        assert name not in decided["message"]
    nxt = len(hostile) + 1
    assert outcome(station.push(station.register(nxt, 99)))["status"] == "applied"


def test_names_in_every_script_are_stored_and_pulled_back(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    names = ["Zoë Ågård", "李小龍", "عائشة", "e\u0301\u0301", "🙂" * 100, "Ørn\tÆble\nBø"]
    for number, name in enumerate(names, start=1):
        decided = outcome(station.push(register(station, number, 20 + number, given_name=name)))
        assert decided["status"] == "applied", decided
    stored = [c["row"]["given_name"] for c in station.pull_all() if c["table"] == "citizen"]
    assert stored == [" ".join(n.split()) for n in names]


JUNK_VERSIONS = ["²", "1e3", "+1", "0x1", "١", "1.0", "-1", "1" * 100, "", "1,2", "1 2", "\t"]


def test_version_header_junk_answers_4xx(server: ServerProcess) -> None:
    for value in JUNK_VERSIONS:
        for header in (PROTOCOL_HEADER, SCHEMA_HEADER):
            status, body = raw_get(server, "/v1/checksum", {header: value.encode()})
            assert status == 400, (header, value, body)
            assert json.loads(body)["code"] == "version_missing"
    # HTTP takes the spaces around a field value as no part of it (RFC 9110 5.5): the
    # server reads a version it speaks and goes on to ask who is calling.
    for value in (f" {V}", f"{V} ", f"\t{V}"):
        status, body = raw_get(server, "/v1/checksum", {PROTOCOL_HEADER: value.encode()})
        assert status == 401, (value, body)


def raw_get(server: ServerProcess, path: str, headers: dict[str, bytes]) -> tuple[int, bytes]:
    """A GET written byte for byte (an HTTP client refuses to send some of these headers)."""
    lines = [f"GET {path} HTTP/1.1".encode(), f"Host: 127.0.0.1:{server.port}".encode()]
    merged = {**{k: v.encode() for k, v in VERSION_HEADERS.items()}, **headers}
    lines += [name.encode() + b": " + value for name, value in merged.items()]
    request = b"\r\n".join([*lines, b"Connection: close", b"", b""])
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_types_are_strict_and_numbers_fit_their_columns(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    good = station.register(1, 30)
    for field, value in (
        ("mutation", "1"),
        ("mutation", True),
        ("mutation", 1.0),
        ("mutation", 2**31),
        ("version", "1"),
        ("args", "{}"),
        ("hlc", 17),
        ("issued_at", 1767225600),
    ):
        refused(station.push({**good, field: value}), field)
    for body in (
        {"cursors": {"shared": "0"}},
        {"cursors": {"shared": 2**40}},
        {"cursors": {"sha\x00red": 0}},
        {"confirmed": True},
        {"limit": "5"},
    ):
        response = httpx.post(
            server.url + "/v1/pull", json=body, headers=station.headers, timeout=10
        )
        refused(response)
    for body in (
        {"site_code": "MUS", "counter_number": "3"},
        {"site_code": "MUS", "counter_number": 3, "replace": 1},
        {"site_code": "MU\x00S", "counter_number": 3},
    ):
        refused(server.admin("POST", "/v1/admin/enrolment-codes", json=body))
    code = server.enrolment_code("MUS", 4)
    for body in (
        {"code": code, "workstation_id": station.workstation_id, "first_mutation": 2**31},
        {"code": code + "\x00", "workstation_id": station.workstation_id},
    ):
        response = httpx.post(server.url + "/v1/enrol", json=body, headers=VERSION_HEADERS)
        refused(response)
    assert outcome(station.push(good))["status"] == "applied"


def test_issued_at_is_bounded_ahead_but_not_behind(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    now = dt.datetime.now(dt.UTC)
    for issued in (
        "0001-01-01T00:00:00+05:00",  # year 0 in UTC: no date type holds it
        "9999-12-31T23:59:59-05:00",
        "2026-01-01T10:00:00",  # no zone
        "2026-01-01T10:00:00+00:00 ",
    ):
        refused(station.push(station.register(1, 40, issued_at=issued)), "issued_at")
    # A time that cannot be true (a desk whose clock was reset, or runs days ahead) is
    # rejected on its own, with a reason: the desk's outbox goes on.
    number = 1
    for issued in ((now + dt.timedelta(days=2)).isoformat(), "1999-12-31T23:59:59+00:00"):
        decided = outcome(station.push(station.register(number, 40 + number, issued_at=issued)))
        assert decided["status"] == "rejected" and "ur går forkert" in decided["message"]
        number += 1
    hours_ago = (now - dt.timedelta(hours=70)).isoformat()  # a desk offline for a weekend
    decided = outcome(station.push(station.register(number, 50, issued_at=hours_ago)))
    assert decided["status"] == "applied"
    soon = (now + dt.timedelta(hours=2)).isoformat()  # a desk whose clock runs fast
    decided = outcome(station.push(station.register(number + 1, 51, issued_at=soon)))
    assert decided["status"] == "applied"


def test_oversized_and_unparsable_bodies_answer_4xx(server: ServerProcess) -> None:
    station = RawStation(server).enrol()
    deep = b'{"mutations": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    huge_int = b'{"mutations": [{"mutation": ' + b"9" * 5000 + b"}]}"
    nan = json.dumps({"mutations": [register(station, 1, 50, a_kasse=float("nan"))]})
    for body in (deep, huge_int, nan.encode(), b'{"mutations": [', b'{"mutations": "\xff\xfe"}'):
        response = httpx.post(
            server.url + "/v1/push",
            content=body,
            headers={**station.headers, "Content-Type": "application/json"},
            timeout=10,
        )
        assert 400 <= response.status_code < 500, (body[:40], response.text)
    assert outcome(station.push(station.register(1, 50)))["status"] == "applied"

"""The server's HTTP surface: health, OpenAPI, versions, authentication, enrolment, payloads."""

from __future__ import annotations

import json

import httpx
import pytest

from app.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from tests.server.harness import VERSION_HEADERS, ServerProcess
from tests.server.raw import RawStation


def test_health_and_openapi_describe_the_protocol(sqlite_server: ServerProcess) -> None:
    health = httpx.get(sqlite_server.url + "/health").json()
    assert health["status"] == "ok" and health["database"] == "sqlite"
    paths = httpx.get(sqlite_server.url + "/openapi.json").json()["paths"]
    assert {"/v1/push", "/v1/pull", "/v1/events", "/v1/enrol", "/v1/checksum"} <= set(paths)


P, S = str(PROTOCOL_VERSION), str(SCHEMA_VERSION)


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 400, "version_missing"),
        ({"Skranke-Protocol": P}, 400, "version_missing"),
        ({"Skranke-Protocol": "abc", "Skranke-Schema": "1"}, 400, "version_missing"),
        ({"Skranke-Protocol": "0", "Skranke-Schema": "1"}, 426, "version_not_supported"),
        # protocol 1: mutations without staff proofs, which this server cannot believe
        ({"Skranke-Protocol": "1", "Skranke-Schema": S}, 426, "version_not_supported"),
        (
            {"Skranke-Protocol": str(PROTOCOL_VERSION + 1), "Skranke-Schema": S},
            426,
            "version_not_supported",
        ),
        ({"Skranke-Protocol": P, "Skranke-Schema": "9"}, 426, "version_not_supported"),
        ({"Skranke-Protocol": P, "Skranke-Schema": "1"}, 426, "version_not_supported"),
    ],
)
def test_versions_outside_the_window_get_a_clear_answer(
    sqlite_server: ServerProcess, headers: dict[str, str], status: int, code: str
) -> None:
    response = httpx.post(sqlite_server.url + "/v1/pull", json={}, headers=headers)
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code
    assert body["message_da"] and body["message_en"]
    if status == 426:
        assert "understøtter ikke" in body["message_da"]
        assert body["supported"] == {
            "protocol": [PROTOCOL_VERSION, PROTOCOL_VERSION],
            "schema": [SCHEMA_VERSION, SCHEMA_VERSION],
        }


def test_every_request_is_authenticated(sqlite_server: ServerProcess) -> None:
    station = RawStation(sqlite_server).enrol()
    for token in (
        None,
        "nonsense",
        station.workstation_id + ".wrong",
        "x." + station.token.split(".")[1],
    ):
        headers = dict(VERSION_HEADERS)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        for path in ("/v1/pull", "/v1/push"):
            response = httpx.post(sqlite_server.url + path, json={}, headers=headers)
            assert response.status_code == 401, (token, path)
            assert response.json()["code"] == "unauthorised"
    assert station.pull()["changes"] == []


def test_admin_routes_need_the_admin_token(sqlite_server: ServerProcess) -> None:
    body = {"site_code": "MUS", "counter_number": 3}
    url = sqlite_server.url + "/v1/admin/enrolment-codes"
    assert httpx.post(url, json=body, headers=VERSION_HEADERS).status_code == 401
    wrong = {**VERSION_HEADERS, "Authorization": "Bearer not-it"}
    assert httpx.post(url, json=body, headers=wrong).status_code == 401


def test_an_enrolment_code_works_once_and_series_never_collide(
    sqlite_server: ServerProcess,
) -> None:
    code = sqlite_server.enrolment_code("MUS", 4)
    first = RawStation(sqlite_server, counter=4)
    body = {"code": code, "workstation_id": first.workstation_id}
    assert (
        httpx.post(sqlite_server.url + "/v1/enrol", json=body, headers=VERSION_HEADERS).status_code
        == 200
    )
    again = httpx.post(
        sqlite_server.url + "/v1/enrol",
        json={"code": code, "workstation_id": RawStation(sqlite_server).workstation_id},
        headers=VERSION_HEADERS,
    )
    assert again.status_code == 403 and again.json()["code"] == "invalid_enrolment_code"
    # A second workstation for counter 4 at MUS would hand out the same ticket numbers.
    taken = sqlite_server.admin(
        "POST", "/v1/admin/enrolment-codes", json={"site_code": "MUS", "counter_number": 4}
    )
    assert taken.status_code == 409 and taken.json()["code"] == "series_taken"
    unknown = sqlite_server.admin(
        "POST", "/v1/admin/enrolment-codes", json={"site_code": "MUS", "counter_number": 42}
    )
    assert unknown.status_code == 422


def test_a_replacement_revokes_the_old_workstation(sqlite_server: ServerProcess) -> None:
    old = RawStation(sqlite_server, counter=5).enrol()
    code = sqlite_server.enrolment_code("MUS", 5, replace=True)
    new = RawStation(sqlite_server, counter=5)
    response = httpx.post(
        sqlite_server.url + "/v1/enrol",
        json={"code": code, "workstation_id": new.workstation_id},
        headers=VERSION_HEADERS,
    )
    assert response.status_code == 200
    new.token = response.json()["token"]
    assert new.pull()["changes"] == []
    refused = httpx.post(sqlite_server.url + "/v1/pull", json={}, headers=old.headers)
    assert refused.status_code == 401


def test_malformed_and_oversized_payloads_get_4xx_and_change_nothing(
    sqlite_server: ServerProcess,
) -> None:
    station = RawStation(sqlite_server).enrol()
    url = sqlite_server.url + "/v1/push"
    good = station.register(1, 1)
    bad_bodies: list[bytes] = [
        b"{not json",
        b"[]",
        json.dumps({"mutations": []}).encode(),
        json.dumps({"mutations": [good], "extra": 1}).encode(),
        json.dumps({"mutations": [{**good, "mutation": "one"}]}).encode(),
        json.dumps({"mutations": [{**good, "command_id": "not-a-uuid"}]}).encode(),
        json.dumps({"mutations": [{**good, "issued_at": "yesterday"}]}).encode(),
        json.dumps({"mutations": [{**good, "issued_at": "2026-01-01T10:00:00"}]}).encode(),
        json.dumps({"mutations": [{**good, "args": {"x": "y" * 20_000}}]}).encode(),
        json.dumps({"mutations": [good, {**station.register(3, 3)}]}).encode(),  # 1 then 3
        json.dumps({"mutations": [{**good, "mutation": n} for n in range(1, 502)]}).encode(),
    ]
    for body in bad_bodies:
        response = httpx.post(
            url, content=body, headers={**station.headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 422, (body[:80], response.status_code)
        reply = response.json()
        assert reply["code"] == "invalid_request" and "ugyldig" in reply["message_da"]
        assert "0101" not in response.text  # never echoes the input (it may hold a CPR)
    huge = b'{"mutations": [' + b" " * (5 * 1024 * 1024) + b"]}"
    response = httpx.post(
        url, content=huge, headers={**station.headers, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    page = station.pull()
    assert page["changes"] == [] and page["last_mutation"] == 0
    assert station.push(good).status_code == 200  # and the station is not stuck


def test_a_pull_validates_its_cursors(sqlite_server: ServerProcess) -> None:
    station = RawStation(sqlite_server).enrol()
    for body in ({"cursors": {"shared": -1}}, {"limit": 0}, {"limit": 100_000}, {"cursors": []}):
        response = httpx.post(sqlite_server.url + "/v1/pull", json=body, headers=station.headers)
        assert response.status_code == 422, body

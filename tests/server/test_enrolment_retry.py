"""Enrolment that survives a lost reply: the same code and id again, never anyone else's."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.sync.engine import SyncEngine, SyncStopped
from app.sync.status import SyncState, SyncStatus
from server.auth import hash_secret
from server.db import normalise_url
from tests.server.harness import VERSION_HEADERS, ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import DeskMaker
from tests.sync.faulty_proxy import FaultRates, FaultyProxy
from tests.waiting import eventually


def enrol(server: ServerProcess, code: str, workstation_id: str) -> httpx.Response:
    body = {"code": code, "workstation_id": workstation_id, "first_mutation": 1}
    return httpx.post(server.url + "/v1/enrol", json=body, headers=VERSION_HEADERS, timeout=30)


def refused_code(response: httpx.Response) -> str:
    assert response.status_code in (401, 403, 409), response.text
    return str(response.json()["code"])


def pull_with(server: ServerProcess, token: str) -> httpx.Response:
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
    body = {"cursors": {}, "confirmed": 0, "limit": 10}
    return httpx.post(server.url + "/v1/pull", json=body, headers=headers, timeout=30)


def sql(server: ServerProcess, statement: str, **params: Any) -> list[Any]:
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result.all()) if result.returns_rows else []
    finally:
        engine.dispose()


def workstation(server: ServerProcess, workstation_id: str) -> Any:
    rows = sql(
        server,
        "SELECT last_mutation, token_used_at, revoked_at FROM workstation WHERE id = :id",
        id=workstation_id,
    )
    return rows[0] if rows else None


def expire(server: ServerProcess, code: str) -> None:
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat(timespec="microseconds")
    sql(
        server,
        "UPDATE enrolment_code SET expires_at = :past WHERE code_hash = :hash",
        past=past,
        hash=hash_secret(code),
    )


def pushes(station: RawStation, number: int) -> None:
    """A push is taken (its outcome may depend on staff proofs): the number advances."""
    response = station.push(station.register(number, number))
    assert response.status_code == 200, response.text
    assert response.json()["last_mutation"] == number


def test_a_desk_whose_enrolment_reply_is_lost_asks_again_and_syncs(
    server: ServerProcess, desks: DeskMaker
) -> None:
    desk = desks("MUS", 1)
    code = server.enrolment_code("MUS", 1)
    only_lost_replies = FaultRates(
        drop_request=0, drop_response=1.0, duplicate=0, cut_response=0, delay=0
    )
    proxy = FaultyProxy(server.port, rates=only_lost_replies).start()
    ws_id = desk.config.workstation_id
    statuses: list[SyncStatus] = []

    async def enrol_through_the_proxy(engine: SyncEngine) -> None:
        async def heal_after_the_first_lost_reply() -> None:
            # Enrolled on the server, not on the desk: what used to need a new data folder.
            await eventually(
                lambda: proxy.stats["drop_response"] > 0 and workstation(server, ws_id) is not None,
                what="an enrolment the server took and whose reply was lost",
            )
            assert desk.sync_store.enrolment() is None
            proxy.heal()

        engine.subscribe(statuses.append)
        healing = asyncio.ensure_future(heal_after_the_first_lost_reply())
        enrolled = await asyncio.wait_for(
            engine.enrol_until_answered(proxy.url, code, ws_id), timeout=30
        )
        await healing
        assert enrolled is not None and enrolled.workstation_id == ws_id

    try:
        desk.with_engine(enrol_through_the_proxy)
        assert proxy.stats["drop_response"] == 1
        assert statuses[0].state is SyncState.NOT_ENROLLED  # the lost reply, shown …
        assert desk.sync_store.enrolment() is not None  # … then the same code again
        desk.register(1)
        desk.sync()
        assert desk.sync_store.counts().pending == 0
        row = workstation(server, ws_id)
        assert row.last_mutation == 1 and row.token_used_at is not None
        # The token has been used: the code is closed, even for this workstation.
        assert refused_code(enrol(server, code, ws_id)) == "invalid_enrolment_code"
    finally:
        proxy.stop()


def test_the_same_code_again_replaces_the_token_until_one_is_used(server: ServerProcess) -> None:
    code = server.enrolment_code("MUS", 2)
    station = RawStation(server, counter=2)
    lost = enrol(server, code, station.workstation_id)  # the desk never sees this reply
    assert lost.status_code == 200, lost.text
    again = enrol(server, code, station.workstation_id)
    assert again.status_code == 200, again.text
    station.token = again.json()["token"]
    assert station.token != lost.json()["token"]
    refused = pull_with(server, lost.json()["token"])
    assert refused.status_code == 401 and refused.json()["code"] == "unauthorised"
    pushes(station, 1)
    assert refused_code(enrol(server, code, station.workstation_id)) == "invalid_enrolment_code"
    pushes(station, 2)  # the refused third try took nothing from the working token


def test_a_used_code_serves_no_other_workstation_and_an_expired_code_nobody(
    server: ServerProcess,
) -> None:
    code = server.enrolment_code("MUS", 3)
    owner = RawStation(server, counter=3)
    first = enrol(server, code, owner.workstation_id)  # its reply lost: not used yet
    assert first.status_code == 200, first.text
    thief = enrol(server, code, str(uuid.uuid4()))
    assert refused_code(thief) == "invalid_enrolment_code"
    owner.token = first.json()["token"]
    pushes(owner, 1)  # the refused one changed nothing

    late = server.enrolment_code("MUS", 4)
    lost = RawStation(server, counter=4)
    assert enrol(server, late, lost.workstation_id).status_code == 200
    expire(server, late)
    assert refused_code(enrol(server, late, lost.workstation_id)) == "invalid_enrolment_code"
    unused = server.enrolment_code("MUS", 5)
    expire(server, unused)
    assert refused_code(enrol(server, unused, str(uuid.uuid4()))) == "invalid_enrolment_code"


def test_a_replacement_code_enrols_the_same_workstation_again_in_place(
    server: ServerProcess,
) -> None:
    code = server.enrolment_code("MUS", 6)
    station = RawStation(server, counter=6)
    lost = enrol(server, code, station.workstation_id)
    assert lost.status_code == 200
    expire(server, code)  # too late for the same code …
    assert refused_code(enrol(server, code, station.workstation_id)) == "invalid_enrolment_code"
    plain = server.admin(
        "POST", "/v1/admin/enrolment-codes", json={"site_code": "MUS", "counter_number": 6}
    )
    assert refused_code(plain) == "series_taken"  # … and counter 6 is still taken
    replacement = server.enrolment_code("MUS", 6, replace=True)
    taken = enrol(server, replacement, station.workstation_id)
    assert taken.status_code == 200, taken.text
    station.token = taken.json()["token"]
    assert pull_with(server, lost.json()["token"]).status_code == 401
    pushes(station, 1)
    row = workstation(server, station.workstation_id)
    assert row.revoked_at is None and row.token_used_at is not None


def test_a_revoked_desk_readmitted_under_its_own_id_keeps_its_numbers(
    server: ServerProcess, desks: DeskMaker
) -> None:
    desk = desks("MUS", 7)
    ws_id = desk.config.workstation_id
    desk.enrol(server)
    desk.register(1)
    desk.register(2)
    desk.sync()
    revoked = server.admin("POST", f"/v1/admin/workstations/{ws_id}/revoke")
    assert revoked.status_code == 200, revoked.text
    desk.register(3)
    with pytest.raises(SyncStopped):
        desk.sync()
    assert desk.sync_store.counts().pending == 1
    desk.enrol(server, code=server.enrolment_code("MUS", 7, replace=True))
    desk.sync()
    assert desk.sync_store.counts().pending == 0
    row = workstation(server, ws_id)
    assert row.last_mutation == 3 and row.revoked_at is None  # no gap, nothing twice
    assert (
        sql(server, "SELECT count(*) FROM mutation_result WHERE workstation_id = :id", id=ws_id)[0][
            0
        ]
        == 3
    )

"""An administrator revokes a workstation (HTTP or CLI): its token is refused with a Danish
reason, it stops syncing and keeps its outbox; the other workstations carry on."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest

from app.sync.engine import SyncEngine, SyncStopped
from app.sync.status import SyncState, SyncStatus
from tests.server.harness import ROOT, VERSION_HEADERS, ServerProcess, child_env
from tests.sync.desk import DeskMaker, SyncedDesk
from tests.waiting import wait_until

REVOKED_DA = "Arbejdsstationen er spærret af en administrator"


def token_of(desk: SyncedDesk) -> str:
    enrolment = desk.sync_store.enrolment()
    assert enrolment is not None
    return enrolment.token


def checksum_request(server: ServerProcess, token: str) -> httpx.Response:
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
    return httpx.get(server.url + "/v1/checksum", headers=headers, timeout=30)


def revoke_cli(server: ServerProcess, workstation_id: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "server",
            "revoke-workstation",
            "--database-url",
            server.database_url,
            "--workstation-id",
            workstation_id,
        ],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def sync_until_stopped(desk: SyncedDesk) -> list[SyncStatus]:
    """Let the engine run on its own until it stops; then it must not sync again."""
    statuses: list[SyncStatus] = []

    async def work(engine: SyncEngine) -> None:
        stopped = asyncio.Event()

        def seen(status: SyncStatus) -> None:
            statuses.append(status)
            if status.state is SyncState.STOPPED:
                stopped.set()

        engine.subscribe(seen)
        run = asyncio.create_task(engine.run())
        try:
            await asyncio.wait_for(stopped.wait(), timeout=30)
        finally:
            engine.stop()
            await run
        with pytest.raises(SyncStopped):  # later rounds do not ask the server again
            await engine.sync_once()

    desk.with_engine(work)
    return statuses


def assert_refused_but_kept(server: ServerProcess, desk: SyncedDesk, waiting: int) -> None:
    statuses = sync_until_stopped(desk)
    last = statuses[-1]
    assert last.state is SyncState.STOPPED
    assert last.message.startswith(REVOKED_DA)
    assert last.pending == waiting
    assert "Synkronisering standset" in last.summary_da()
    assert desk.sync_store.counts().pending == waiting  # the outbox is intact
    assert desk.sync_store.counts().quarantined == 0
    assert desk.sync_store.rejections() == []
    for refused in (checksum_request, push_nothing):
        response = refused(server, token_of(desk))
        assert response.status_code == 401
        assert response.json()["code"] == "workstation_revoked"
        assert response.json()["message_da"].startswith(REVOKED_DA)


def push_nothing(server: ServerProcess, token: str) -> httpx.Response:
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
    return httpx.post(server.url + "/v1/push", json={"mutations": []}, headers=headers, timeout=30)


def two_desks(server: ServerProcess, desks: DeskMaker) -> tuple[SyncedDesk, SyncedDesk]:
    a, b = desks("MUS", 1), desks("MUS", 2)
    for desk in (a, b):
        desk.enrol(server)
        desk.sync()
    return a, b


def assert_still_works(server: ServerProcess, desk: SyncedDesk, held_back: str) -> None:
    citizen = desk.register(7, "Bo", "Berg")
    desk.sync()
    assert desk.sync_store.counts().pending == 0
    assert desk.citizen(citizen.id) == citizen
    assert desk.citizen(held_back) is None  # the revoked desk's work never reached the server
    assert checksum_request(server, token_of(desk)).status_code == 200


def test_an_administrator_revokes_a_workstation_over_http(
    server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = two_desks(server, desks)
    citizen = a.register(1)
    a.ticket(citizen.id)
    assert checksum_request(server, token_of(a)).status_code == 200  # known, and cached

    response = server.admin("POST", f"/v1/admin/workstations/{a.config.workstation_id}/revoke")
    assert response.status_code == 200, response.text
    assert response.json()["workstation_id"] == a.config.workstation_id
    first_revocation = response.json()["revoked_at"]
    # At once on the instance that revoked: its cache of callers forgot the workstation.
    refused = checksum_request(server, token_of(a))
    assert refused.status_code == 401
    assert refused.json()["message_da"].startswith(REVOKED_DA)

    assert_refused_but_kept(server, a, waiting=3)
    assert_still_works(server, b, citizen.id)
    again = server.admin("POST", f"/v1/admin/workstations/{a.config.workstation_id}/revoke")
    assert again.json()["revoked_at"] == first_revocation  # revoking twice changes nothing


def test_revoking_over_http_needs_the_administrator_token(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a, _ = two_desks(sqlite_server, desks)
    path = f"/v1/admin/workstations/{a.config.workstation_id}/revoke"
    for token in (token_of(a), "wrong"):
        headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
        response = httpx.post(sqlite_server.url + path, headers=headers, timeout=30)
        assert response.status_code == 401
    assert checksum_request(sqlite_server, token_of(a)).status_code == 200
    unknown = sqlite_server.admin("POST", "/v1/admin/workstations/no-such-id/revoke")
    assert unknown.status_code == 404
    assert "er ikke tilmeldt" in unknown.json()["message_da"]


def test_an_administrator_revokes_a_workstation_with_the_cli(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = two_desks(sqlite_server, desks)
    citizen = a.register(1)
    done = revoke_cli(sqlite_server, a.config.workstation_id)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["workstation_id"] == a.config.workstation_id

    # Another process changed the database: the server refuses the token once its cache
    # of callers lets go (about 5 s, server/auth.py); wait for that, not for a fixed time.
    wait_until(
        lambda: checksum_request(sqlite_server, token_of(a)).status_code != 200,
        timeout=30,
        interval=0.2,
        what="the revoked token to be refused",
    )

    assert_refused_but_kept(sqlite_server, a, waiting=1)
    assert_still_works(sqlite_server, b, citizen.id)


def test_push_and_pull_refuse_a_revoked_workstation_at_once(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    # Other requests may accept a cached token for up to 5 s after a revocation by
    # another process; push and pull check the workstation's row in their own
    # transaction, so nothing more is applied after the revocation has committed.
    a, b = two_desks(sqlite_server, desks)
    held_back = a.register(1)
    assert revoke_cli(sqlite_server, a.config.workstation_id).returncode == 0

    last = sync_until_stopped(a)[-1]
    assert last.message.startswith(REVOKED_DA)
    assert a.sync_store.counts().pending == 1  # refused, kept
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token_of(a)}"}
    pulled = httpx.post(sqlite_server.url + "/v1/pull", json={}, headers=headers, timeout=30)
    assert pulled.status_code == 401
    assert pulled.json()["code"] == "workstation_revoked"
    assert_still_works(sqlite_server, b, held_back.id)


def test_the_cli_names_an_unknown_workstation(sqlite_server: ServerProcess) -> None:
    done = revoke_cli(sqlite_server, "no-such-id")
    assert done.returncode == 2
    assert "er ikke tilmeldt denne server" in done.stderr


def test_a_wrong_secret_for_a_revoked_workstation_learns_nothing(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a, _ = two_desks(sqlite_server, desks)
    assert revoke_cli(sqlite_server, a.config.workstation_id).returncode == 0
    guess = f"{a.config.workstation_id}.not-the-secret"
    response = checksum_request(sqlite_server, guess)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorised"  # not "workstation_revoked"

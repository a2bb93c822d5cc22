"""The desk syncing in the background on the Qt event loop (qasync), against a real server
process on loopback: a ticket issued at one desk reaches the server and another workstation,
and the status bar says so."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.security.staff_proof import derive_key
from app.sync.connection import SyncConnection
from app.sync.engine import SyncSettings
from app.sync.staff_sessions import ProvenStaff
from app.sync.status import SyncState
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.server.conftest import sqlite_server  # noqa: F401 - the real server fixture
from tests.server.harness import ServerProcess
from tests.sync.desk import SyncedDesk
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, session_for
from tests.waiting import eventually
from ui.composition import attach_sync, build_desk

SETTINGS = SyncSettings(listen=True, backoff_base=0.05, backoff_cap=0.3, poll_interval=0.5)


def run_on_qt_loop(work: Callable[[], Awaitable[None]]) -> None:
    loop = qasync.QEventLoop(QApplication.instance(), already_running=False)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(work())
    finally:
        loop.close()
        asyncio.set_event_loop(None)


@arranges_data_on_the_gui_thread
def test_ticket_reaches_the_server_and_another_desk_while_the_ui_runs(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    desk = build_desk(
        store, workstation, tmp_path, "da", session=session_for(store, workstation.staff_id)
    )
    qtbot.addWidget(desk.window)
    desk.window.show()
    citizen = desk.registration._service.register_citizen(  # noqa: SLF001
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    other = SyncedDesk(tmp_path / "other", "MUS", 2, "mus-aan")
    other.enrol(sqlite_server)

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        indicator = attach_sync(desk, engine, asyncio.ensure_future)
        code = sqlite_server.enrolment_code("MUS", 1)
        await engine.enrol(sqlite_server.url, code, workstation.workstation_id)
        running = asyncio.ensure_future(engine.run())
        try:
            desk.registration.issue_ticket_for(citizen.id, "jobbutik")  # as the screen does
            await eventually(
                lambda: desk.registration.ticket_dialog is not None, what="the ticket shown"
            )
            await eventually(
                lambda: engine.status.state is SyncState.ONLINE and engine.status.pending == 0,
                what="everything pushed",
            )
            state = by_name(indicator, "Synkroniseringsstatus", QLabel).text()
            assert "Online" in state
            assert "venter" not in by_name(indicator, "Synkroniseringsdetaljer", QLabel).text()
        finally:
            await connection.aclose()
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)

    run_on_qt_loop(scenario)
    desk.runner.shutdown()
    other.sync()
    assert other.citizen(citizen.id) is not None  # the other workstation got it via the server
    assert other.count("ticket") == 1
    other.close()


def test_a_secret_the_server_does_not_know_is_said_at_sign_in(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    """The desk knew a PIN the server was never told: the person learns it when signing
    in, not when their day's changes come back refused."""
    known = session_for(store, workstation.staff_id)
    stale = dataclasses.replace(known, key=derive_key(workstation.staff_id, "gammel-pin"))
    desk = build_desk(store, workstation, tmp_path, "da", session=stale)
    qtbot.addWidget(desk.window)
    desk.window.show()

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        code = sqlite_server.enrolment_code("MUS", 1)
        await engine.enrol(sqlite_server.url, code, workstation.workstation_id)
        indicator = attach_sync(desk, engine, asyncio.ensure_future)
        warning = by_name(indicator, "Advarsel om medarbejderens adgangskode", QLabel)
        try:
            await eventually(lambda: warning.isVisibleTo(indicator), what="the warning")
            # Whole in its accessible description and tooltip, cut with «…» when narrow.
            whole = warning.accessibleDescription()
            assert "genkender ikke adgangskoden for Birthe Bøgh Jørgensen" in whole
            desk.current.sign_in(known)  # signed in again with the secret the server knows
            await eventually(lambda: not desk.runner.busy, what="the server's answer")
            assert not warning.isVisibleTo(indicator)
            assert await engine.confirm_staff(ProvenStaff(known.staff_id, known.key))
        finally:
            await connection.aclose()

    run_on_qt_loop(scenario)
    desk.runner.shutdown()

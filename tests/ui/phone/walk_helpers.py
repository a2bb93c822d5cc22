"""For the phone desk's walks: a desk shown and connected to a real server, choosing in a
combo box as a keyboard user does, and the callbacks of today's calls read off the GUI
thread, as the desk reads."""

from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.entities import Ticket
from app.sync.connection import SyncConnection
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.server.harness import ServerProcess
from tests.ui.helpers import focused, press
from tests.ui.test_desk_sync import SETTINGS
from ui.composition import Desk, attach_sync


def shown(qtbot: QtBot, desk: Desk) -> None:
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.activateWindow()
    qtbot.waitExposed(desk.window)


async def connected(
    desk: Desk, store: LocalStore, workstation: WorkstationConfig, server: ServerProcess
) -> SyncConnection:
    """The desk's own sync engine, attached as the application attaches it, enrolled."""
    connection = SyncConnection(SqlSyncStore(store), SETTINGS)
    attach_sync(desk, connection.engine, asyncio.ensure_future)
    code = server.enrolment_code(workstation.site_code, workstation.counter_number)
    await connection.engine.enrol(server.url, code, workstation.workstation_id)
    return connection


def choose(combo: QComboBox, wanted: str) -> None:
    """Arrow down through the focused combo box until it shows `wanted`."""
    assert focused() is combo
    for _ in range(combo.count()):
        if combo.currentText() == wanted:
            return
        press(Qt.Key.Key_Down)
    assert combo.currentText() == wanted


def callbacks(store: LocalStore) -> list[Ticket]:
    """The callbacks of the calls logged in the last day."""

    def read() -> list[Ticket]:
        now = dt.datetime.now(dt.UTC)
        with store.unit_of_work() as uow:
            calls = uow.phone.calls_between(now - dt.timedelta(days=1), now)
            return [
                t
                for c in calls
                if c.callback_ticket_id and (t := uow.tickets.get(c.callback_ticket_id))
            ]

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()

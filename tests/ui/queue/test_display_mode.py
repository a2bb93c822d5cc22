"""`skranke --display`: the waiting-room display alone, shown at once without sign-in, and
repainted by what sync writes into the store (ui/main.py's display path)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.queue.service import QueueService
from app.sync.connection import SyncConnection
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.server.conftest import sqlite_server  # noqa: F401 - the real server fixture
from tests.server.harness import ServerProcess
from tests.sync.desk import SyncedDesk
from tests.ui.helpers import by_name
from tests.ui.test_desk_sync import SETTINGS, run_on_qt_loop
from tests.waiting import eventually
from ui.main import attach_display_sync, open_display, parse_args
from ui.queue.display_mode import DisplayMode
from ui.queue.display_screen import display_screen


@pytest.fixture
def display(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig
) -> Iterator[DisplayMode]:
    args = parse_args(["--display", "--site", workstation.site_code])
    mode = open_display(store, workstation, args)
    qtbot.addWidget(mode.window)
    yield mode
    mode.runner.shutdown()


def test_the_display_opens_full_screen_at_once_without_sign_in(
    qtbot: QtBot, display: DisplayMode
) -> None:
    qtbot.waitExposed(display.window)
    assert display.window.isVisible() and display.window.isFullScreen()
    assert display.window.accessibleName() == "Venteværelsesskærm"
    assert display.guard.violations == 0


def test_a_call_at_another_desk_shows_on_the_display_through_the_server(
    qtbot: QtBot,
    display: DisplayMode,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    """A real server on loopback: the counter desk calls, the display's own sync engine
    pulls, and the display repaints and reads the number aloud."""
    top = by_name(display.window, "Kaldt nummer 1", QLabel)
    qtbot.waitUntil(lambda: display.window.data.loads >= 1)
    assert top.text() == ""
    counter = SyncedDesk(tmp_path / "counter", "MUS", 2, "mus-aan")
    counter.enrol(sqlite_server)

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        attach_display_sync(display, engine, asyncio.ensure_future)
        code = sqlite_server.enrolment_code("MUS", 1)
        await engine.enrol(sqlite_server.url, code, workstation.workstation_id)
        running = asyncio.ensure_future(engine.run())
        try:
            ticket = await asyncio.to_thread(call_at_the_counter, counter)
            await eventually(lambda: top.text() == ticket, what="the call on the display")
        finally:
            await connection.aclose()
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)

    run_on_qt_loop(scenario)
    assert display.window.announcer.last_text == "Nummer J 2, 0 0 1. Skranke 2."
    assert display.guard.violations == 0  # the display read the store on its worker only
    counter.close()


def call_at_the_counter(counter: SyncedDesk) -> str:
    """Counter 2 issues a ticket, calls it and pushes both (its own store and engine)."""
    citizen = counter.register(1, "Ida", "Bøgh")
    receipt = counter.ticket(citizen.id)
    QueueService(counter.store.unit_of_work, counter.bus, counter.config, ["jobbutik"]).call_next()
    counter.sync()
    return receipt.number


def test_the_display_takes_the_screen_asked_for_or_else_a_second_one(qtbot: QtBot) -> None:
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    assert parse_args(["--display", "--screen", "2"]).screen == 2
    assert display_screen(1) is screens[0]
    assert display_screen(len(screens) + 1) is display_screen(None)  # unplugged: the default
    others = [s for s in screens if s is not primary]
    assert display_screen(None) is (others[0] if others else primary)

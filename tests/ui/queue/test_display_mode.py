"""`skranke --display`: the waiting-room display alone, shown at once without sign-in, and
repainted by what sync writes into the store (ui/main.py's display path)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.main import attach_display_sync, open_display, parse_args
from ui.queue.display_mode import DisplayMode
from ui.queue.display_screen import display_screen


class _Engine:
    """The sync engine as the display meets it: it announces the tables a pull wrote."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[frozenset[str]], None]] = []

    def on_changes(self, listener: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        self.listeners.append(listener)
        return lambda: None

    def pulled(self, *tables: str) -> None:
        for listener in self.listeners:
            listener(frozenset(tables))


def _on_a_worker(work: Callable[[], object]) -> None:
    """Store work off the GUI thread, as the sync engine's database thread does it."""
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


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


def test_a_call_that_sync_brings_shows_on_the_display(
    qtbot: QtBot,
    display: DisplayMode,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    engine = _Engine()
    attach_display_sync(display, engine, lambda coroutine: coroutine.close())  # type: ignore[arg-type]
    top = by_name(display.window, "Kaldt nummer 1", QLabel)
    qtbot.waitUntil(lambda: display.window.data.loads >= 1)
    assert top.text() == ""

    def call_at_another_counter() -> None:
        citizen = registration.register_citizen(
            NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
        )
        registration.issue_ticket(citizen.id, "jobbutik")
        QueueService(store.unit_of_work, bus, workstation, ["jobbutik"]).call_next()

    _on_a_worker(call_at_another_counter)
    engine.pulled("ticket")
    qtbot.waitUntil(lambda: top.text() == "J1-001")
    assert display.window.announcer.last_text == "Nummer J 1, 0 0 1. Skranke 1."
    assert display.guard.violations == 0  # the display read the store on its worker only


def test_the_display_takes_the_screen_asked_for_or_else_a_second_one(qtbot: QtBot) -> None:
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    assert parse_args(["--display", "--screen", "2"]).screen == 2
    assert display_screen(1) is screens[0]
    assert display_screen(len(screens) + 1) is display_screen(None)  # unplugged: the default
    others = [s for s in screens if s is not primary]
    assert display_screen(None) is (others[0] if others else primary)

"""The phone desk with opening hours in use (the seed's hours, the real clock): the screen
says whether the phone entrance is open and until when, and a callback placed at a site
that has closed says from when it can be rung."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.phone.service import PhoneDeskService
from app.reference_data.readers import OPENING_HOURS_SWITCH, entrance_hours
from app.registration import NewCitizen
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Desk]:
    monkeypatch.delenv(OPENING_HOURS_SWITCH)  # the hours a counter PC uses
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-bbj")


@arranges_data_on_the_gui_thread
def test_the_phone_desk_says_its_hours_and_a_closed_sites_opening(
    qtbot: QtBot, desk: Desk, store: LocalStore, workstation: WorkstationConfig
) -> None:
    desk.services.registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    hours = PhoneDeskService(store.unit_of_work, bus, workstation, hours=entrance_hours)
    press(Qt.Key.Key_8, CTRL)
    screen = next(iter(desk.window.findChildren(PhoneScreen)))
    label = by_name(screen, "Telefonens åbningstid", QLabel)
    qtbot.waitUntil(lambda: focused() is screen.kind)
    qtbot.waitUntil(lambda: label.text() != "")
    phone_now = hours.entrance_now()
    assert phone_now is not None
    if phone_now.open_now:
        assert label.text().startswith("Telefonen har åbent til kl. ")
    else:
        assert label.text().startswith("Telefonen har lukket nu.")

    qtbot.waitUntil(lambda: screen.site.count() == 3 and screen.service.count() > 0)
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "010190-1235")
    press(Qt.Key.Key_Tab)  # the topic
    press(Qt.Key.Key_Tab)  # the note
    press(Qt.Key.Key_Tab)
    assert focused() is screen.outcome
    press(Qt.Key.Key_Down)  # «Tilbagekald»
    press(Qt.Key.Key_Tab)
    assert focused() is screen.site and screen.site.currentData() == "MUS"
    site_now = hours.entrance_now("MUS")
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.saved == 1)
    message = by_name(screen, "Besked", QLabel).text()
    assert message.startswith("Opkald gemt. Tilbagekald TM")
    assert site_now is not None
    closed = "Musvågevej har lukket nu; tilbagekaldet kan ringes op fra "
    assert (closed in message) is (not site_now.open_now)

"""A store locked too long (a sync, another program): the desk says so and keeps what was typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.errors import STORE_BUSY_MESSAGE
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, scan_card
from ui.registration.screen import RegistrationScreen


@contextmanager
def write_lock_held(store: LocalStore) -> Iterator[None]:
    store.write_wait = 0.2  # the desk's 10 s, shortened for the test
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_ticket_refused_by_a_busy_store_keeps_the_citizen_and_the_reason(
    qtbot: QtBot,
    registration_screen: RegistrationScreen,
    registration: RegistrationService,
    store: LocalStore,
) -> None:
    registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    scan_card(qtbot, registration_screen, "2110625629")
    name = by_name(registration_screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Søren Ågård")
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)
    qtbot.keyClick(services, "1")
    issue = by_name(registration_screen, "Udsted billet", QPushButton)
    error = by_name(registration_screen, "Fejlbesked", QLabel)
    with write_lock_held(store):
        qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == STORE_BUSY_MESSAGE
    assert registration_screen.ticket_dialog is None
    # The citizen and the chosen reason are still there: the same click tries again.
    assert name.isVisible() and name.text() == "Søren Ågård"
    assert services.currentItem() is not None and services.currentRow() == 0
    qtbot.waitUntil(issue.isEnabled)
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            registration_screen.ticket_dialog is not None
            and registration_screen.ticket_dialog.isVisible()
        )
    )
    assert registration_screen.ticket_dialog is not None
    assert by_name(registration_screen.ticket_dialog, "Billetnummer", QLabel).text() == "J1-001"


def test_a_new_citizen_refused_by_a_busy_store_keeps_every_field(
    qtbot: QtBot, registration_screen: RegistrationScreen, store: LocalStore
) -> None:
    scan_card(qtbot, registration_screen, "0707614285")
    given = by_name(registration_screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    qtbot.keyClicks(given, "Ida")
    family = by_name(registration_screen, "Efternavn", QLineEdit)
    qtbot.keyClicks(family, "Bøgh")
    error = by_name(registration_screen, "Fejl i formularen", QLabel)
    with write_lock_held(store):
        qtbot.keyClick(family, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == STORE_BUSY_MESSAGE
    assert (given.text(), family.text()) == ("Ida", "Bøgh")

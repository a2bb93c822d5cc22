"""A store locked too long (a sync, another program): the desk says so and keeps what was typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.errors import STORE_BUSY_MESSAGE
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.registration.screen import RegistrationScreen


@pytest.fixture
def screen(
    qtbot: QtBot, registration: RegistrationService, runner: BackgroundRunner, tmp_path: Path
) -> RegistrationScreen:
    widget = RegistrationScreen(registration, runner, tmp_path / "billetter")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    return widget


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


def scan(qtbot: QtBot, screen: RegistrationScreen, digits: str) -> None:
    field = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, digits)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_ticket_refused_by_a_busy_store_keeps_the_citizen_and_the_reason(
    qtbot: QtBot, screen: RegistrationScreen, registration: RegistrationService, store: LocalStore
) -> None:
    registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    scan(qtbot, screen, "2110625629")
    name = by_name(screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Søren Ågård")
    services = by_name(screen, "Henvendelsesårsag", QListWidget)
    qtbot.keyClick(services, "1")
    issue = by_name(screen, "Udsted billet", QPushButton)
    error = by_name(screen, "Fejlbesked", QLabel)
    with write_lock_held(store):
        qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == STORE_BUSY_MESSAGE
    assert screen.ticket_dialog is None
    # The citizen and the chosen reason are still there: the same click tries again.
    assert name.isVisible() and name.text() == "Søren Ågård"
    assert services.currentItem() is not None and services.currentRow() == 0
    qtbot.waitUntil(issue.isEnabled)
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible())
    assert screen.ticket_dialog is not None
    assert by_name(screen.ticket_dialog, "Billetnummer", QLabel).text() == "J1-001"


def test_a_new_citizen_refused_by_a_busy_store_keeps_every_field(
    qtbot: QtBot, screen: RegistrationScreen, store: LocalStore
) -> None:
    scan(qtbot, screen, "0707614285")
    given = by_name(screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    qtbot.keyClicks(given, "Ida")
    family = by_name(screen, "Efternavn", QLineEdit)
    qtbot.keyClicks(family, "Bøgh")
    error = by_name(screen, "Fejl i formularen", QLabel)
    with write_lock_held(store):
        qtbot.keyClick(family, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == STORE_BUSY_MESSAGE
    assert (given.text(), family.text()) == ("Ida", "Bøgh")

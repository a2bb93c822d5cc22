"""Signing in by keys as the phone entrance's agent opens «Telefon» with the keys in it; the
counter's tabs stay where they were for the counter's staff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.security.sign_in import set_secret
from local_cache.store import LocalStore
from tests.conftest import configure
from tests.security.conftest import cheap_passwords
from tests.ui.helpers import by_name, focused, press
from ui.composition import build_desk
from ui.phone.phone_screen import PhoneScreen
from ui.registration.screen import RegistrationScreen

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_the_call_center_agent_signs_in_by_keys_to_the_phone_tab(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    workstation = configure(store, site="NYR", counter=2, staff="nyr-ajm")  # a receptionist's
    passwords = cheap_passwords()
    for staff in ("nyr-ajm", "nyr-tlf"):
        set_secret(store.unit_of_work, passwords, staff, "4711")
    desk = build_desk(store, workstation, tmp_path, "da", passwords=passwords)
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.activateWindow()
    qtbot.waitExposed(desk.window)
    lock = desk.lock_screen
    user = by_name(lock, "Brugernavn", QLineEdit)
    secret = by_name(lock, "Adgangskode eller PIN-kode", QLineEdit)
    try:
        qtbot.waitUntil(secret.hasFocus)  # the last user's name is kept: the PIN is next
        assert user.text() == "AJM"
        press(Qt.Key.Key_Tab, SHIFT)  # back to the name, selected: typing replaces it
        assert focused() is user
        QTest.keyClicks(focused(), "TLF")
        press(Qt.Key.Key_Return)
        assert focused() is secret
        QTest.keyClicks(focused(), "4711")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not desk.window.locked)
        assert desk.current.session is not None
        assert desk.current.session.staff_id == "nyr-tlf"
        phone = desk.window.tabs.currentWidget()
        assert isinstance(phone, PhoneScreen) and phone.isVisible()
        qtbot.waitUntil(lambda: focused() is phone.kind)  # the keys are at the call form

        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock; the receptionist
        qtbot.waitUntil(lambda: desk.window.locked)
        press(Qt.Key.Key_Tab, SHIFT)
        assert focused() is user
        QTest.keyClicks(focused(), "AJM")
        press(Qt.Key.Key_Return)
        QTest.keyClicks(focused(), "4711")
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not desk.window.locked)
        assert desk.current.session is not None and desk.current.session.staff_id == "nyr-ajm"
        assert desk.window.tabs.currentWidget() is phone  # nobody is moved off their work
        press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(desk.window.tabs.currentWidget(), RegistrationScreen)
    finally:
        desk.runner.shutdown()

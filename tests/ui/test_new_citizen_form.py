"""The new-citizen form starts where a new citizen usually stands (uninsured) and takes the
a-kasse only from the list of recognised a-kasser, only for the insured (keyboard only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.a_kasser import load_a_kasser
from app.entities import SupportBasis
from app.registration import RegistrationService
from tests.ui.helpers import by_name, focused, scan_card
from ui.registration.screen import RegistrationScreen


def type_keys(text: str) -> None:
    for char in text:
        QTest.keyClicks(focused(), char)


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def fill_names(qtbot: QtBot, screen: RegistrationScreen, cpr: str) -> None:
    scan_card(qtbot, screen, cpr)
    qtbot.waitUntil(by_name(screen, "Fornavn", QLineEdit).hasFocus)
    type_keys("Mette")
    press(Qt.Key.Key_Tab)
    type_keys("Kræmer")
    press(Qt.Key.Key_Tab)


def wait_for_card(qtbot: QtBot, screen: RegistrationScreen) -> None:
    name = by_name(screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Mette Kræmer")


def test_a_new_citizen_starts_uninsured_without_an_a_kasse(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    fill_names(qtbot, registration_screen, "0707614285")
    basis = by_name(registration_screen, "Forsørgelsesgrundlag", QComboBox)
    assert focused() is basis
    assert basis.currentData() == SupportBasis.CASH_BENEFIT.value
    assert not by_name(registration_screen, "A-kasse", QComboBox).isVisible()
    press(Qt.Key.Key_Return)  # Enter on the choice registers
    wait_for_card(qtbot, registration_screen)
    card = registration.find_by_cpr("0707614285")[1]
    assert card is not None
    assert (card.citizen.support_basis, card.citizen.a_kasse) == (SupportBasis.CASH_BENEFIT, "")


def test_an_insured_citizen_needs_an_a_kasse_from_the_list(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    fill_names(qtbot, registration_screen, "0707614285")
    type_keys("f")  # «Forsikret ledig»
    a_kasse = by_name(registration_screen, "A-kasse", QComboBox)
    qtbot.waitUntil(a_kasse.isVisible)
    assert not a_kasse.isEditable()  # no free text can be typed into it
    press(Qt.Key.Key_Return)  # none chosen yet: refused, the cursor on the a-kasse
    error = by_name(registration_screen, "Fejl i formularen", QLabel)
    assert "a-kasse" in error.text()
    assert focused() is a_kasse
    type_keys("abc")
    assert a_kasse.currentText() != "abc"  # typing only searches the list
    assert a_kasse.currentIndex() < 0 or a_kasse.currentText() in load_a_kasser()
    press(Qt.Key.Key_Home)
    for _ in range(load_a_kasser().index("Krifa")):
        press(Qt.Key.Key_Down)
    assert a_kasse.currentText() == "Krifa"
    press(Qt.Key.Key_Return)
    wait_for_card(qtbot, registration_screen)
    card = registration.find_by_cpr("0707614285")[1]
    assert card is not None
    assert (card.citizen.support_basis, card.citizen.a_kasse) == (SupportBasis.INSURED, "Krifa")

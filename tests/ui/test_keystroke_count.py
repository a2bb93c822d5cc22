"""How many keys a receptionist presses for a new uninsured citizen, from the health-card
scan through primary visitation to the ticket in hand: every key goes to the widget that
has focus, and every key that is not typed data (names, the scan) is counted and printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import by_name
from ui.composition import Desk

CONTROL_KEY_TARGET = 25


class Keyboard:
    def __init__(self) -> None:
        self.control_keys = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def type(self, data: str) -> None:
        """Typed data (a name, the scanner's digits): not counted."""
        QTest.keyClicks(self.focused(), data)

    def press(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key that moves the work on (Enter, Tab, F6, Alt+K, an answer's letter)."""
        self.control_keys += 1
        QTest.keyClick(self.focused(), key, modifier)


def test_a_new_uninsured_citizen_from_scan_through_visitation_to_the_ticket(
    qtbot: QtBot, desk: Desk
) -> None:
    keys = Keyboard()
    screen = desk.registration
    cpr = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    keys.type("0707901234\r")  # the scanner: digits and its own Enter

    qtbot.waitUntil(by_name(screen, "Fornavn", QLineEdit).hasFocus)
    keys.type("Nadia")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Søndergård")
    keys.press(Qt.Key.Key_Return)  # registered on kontanthjælp, the new citizen's default
    qtbot.waitUntil(by_name(screen, "Primærvisitation", QPushButton).isVisible)

    keys.press(Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: desk.visitation.isAncestorOf(QApplication.focusWidget()))
    keys.press("j")  # jobparat: ready for a job
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            desk.visitation.summary_dialog is not None
            and keys.focused() is desk.visitation.summary_dialog.close_button
        )
    )
    keys.press(Qt.Key.Key_Return)  # the summary read out: today's ticket
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible())
    assert screen.ticket_dialog is not None
    assert by_name(screen.ticket_dialog, "Billetnummer", QLabel).text() == "A1-001"

    print(f"\nnew uninsured citizen, scan → visitation → ticket: {keys.control_keys} keys")
    assert keys.control_keys <= CONTROL_KEY_TARGET

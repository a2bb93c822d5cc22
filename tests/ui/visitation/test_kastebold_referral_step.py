"""The referral step asks for a supervisor as soon as the target chosen would send the case
back to a unit it left (back-and-forth), and says why; driven by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from tests.app.visitation.conftest import VisitationDesk
from tests.ui.visitation.conftest import Keyboard, find
from tests.ui.visitation.test_visitation_screen import open_screen
from ui.background import BackgroundRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier


def test_a_return_to_the_unit_the_case_left_asks_for_a_supervisor_at_once(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    citizen = desk.registration.register_citizen(  # born 1 January 2003: 23 years old
        NewCitizen("0101034321", "Sami", "Østergård", SupportBasis.CASH_BENEFIT)
    )
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)  # 24.11, one move
    desk.clock.advance(days=1)
    screen = open_screen(qtbot, desk, citizen.id, runner)
    keyboard.type("j")
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("j")  # uddannelsesparat → Unge og Uddannelse, moving the case
    keyboard.key(Qt.Key.Key_Return)
    keyboard.key(Qt.Key.Key_K, ALT)
    keyboard.key(Qt.Key.Key_Return)
    target = find(screen, QComboBox, "Henvis til")
    assert isinstance(target, QComboBox)
    qtbot.waitUntil(lambda: keyboard.focus() is target)
    user = find(screen, QLineEdit, "Lederens brugernavn")
    assert target.currentText() == "Unge og Uddannelse (Skelbækgade)"
    assert not user.isVisible()  # onward, and one move in the window: no supervisor
    keyboard.type("j")  # back to the Musvågevej team, which the case left yesterday
    assert target.currentText() == "Jobcenterteamet (Musvågevej)"
    move = find(screen, QCheckBox, "Flyt forankringen")
    assert isinstance(move, QCheckBox) and not move.isChecked()
    keyboard.key(Qt.Key.Key_Tab)
    assert keyboard.focus() is move
    keyboard.key(Qt.Key.Key_Space)  # and it is to hold the case again
    assert move.isChecked()
    qtbot.waitUntil(user.isVisible)
    why = [
        label.text()
        for label in screen.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Sagen kommer tilbage")
    ]
    assert why == [
        "Sagen kommer tilbage til Jobcenterteamet (Musvågevej), som den forlod 24.11.2026 – "
        "frem og tilbage (kastebold) kræver en leders godkendelse med begrundelse."
    ]

"""«Vis CPR» on the citizen card, by keys: when its dialog closes the keys go on where
the work is (ui/registration/citizen_card.py) — also without a window manager to hand
the window its focus back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press
from ui.composition import Desk

CPR = "2110625629"
MAX_TABS = 20  # Shift+Tab from the reasons to «Vis CPR» takes fewer


def open_card(qtbot: QtBot, desk: Desk) -> QLabel:
    """The citizen's card by keys: the CPR into the focused field, Enter."""
    desk.registration._service.register_citizen(  # noqa: SLF001
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(focused(), CPR)
    press(Qt.Key.Key_Return)
    cpr_label = by_name(desk.registration, "CPR-nummer", QLabel)
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-xxxx")
    qtbot.waitUntil(desk.registration.services.hasFocus)  # the reasons: the next step
    return cpr_label


def open_reveal_dialog(qtbot: QtBot, desk: Desk) -> None:
    before = desk.registration.card.reveal_dialog
    press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # «&Vis CPR»
    qtbot.waitUntil(lambda: desk.registration.card.reveal_dialog not in (None, before))
    answer_by_keys(qtbot, desk)


def answer_by_keys(qtbot: QtBot, desk: Desk) -> None:
    """The question has the keys."""
    dialog = desk.registration.card.reveal_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget()))


@arranges_data_on_the_gui_thread
def test_after_the_cpr_is_shown_the_keys_go_back_to_the_reasons(qtbot: QtBot, desk: Desk) -> None:
    cpr_label = open_card(qtbot, desk)
    open_reveal_dialog(qtbot, desk)
    press(Qt.Key.Key_Return)  # the first purpose, one Enter
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-5629")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.registration.services)
    assert focused() is desk.registration.services
    QTest.keyClicks(focused(), "1")  # typing goes on: the first reason …
    press(Qt.Key.Key_Return)  # … and Enter issues the ticket
    qtbot.waitUntil(
        lambda: (
            desk.registration.ticket_dialog is not None
            and desk.registration.ticket_dialog.isVisible()
        )
    )


@arranges_data_on_the_gui_thread
def test_cancelling_the_question_gives_the_keys_back(qtbot: QtBot, desk: Desk) -> None:
    cpr_label = open_card(qtbot, desk)
    open_reveal_dialog(qtbot, desk)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.registration.services)
    assert cpr_label.text() == "211062-xxxx"
    open_reveal_dialog(qtbot, desk)  # the keys work: the same question again …
    press(Qt.Key.Key_Return)  # … answered this time
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-5629")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.registration.services)


@arranges_data_on_the_gui_thread
def test_from_the_spent_button_the_keys_go_on_to_the_reasons(qtbot: QtBot, desk: Desk) -> None:
    """Tabbed to «Vis CPR» and pressed with Space: once the CPR is shown the button is
    disabled, and the keys go on to the screen's next step, the reasons."""
    cpr_label = open_card(qtbot, desk)
    reveal = by_name(desk.registration, "Vis CPR", QPushButton)
    for _step in range(MAX_TABS):
        if focused() is reveal:
            break
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is reveal
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.registration.card.reveal_dialog is not None)
    answer_by_keys(qtbot, desk)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-5629")
    assert not reveal.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.registration.services)
    QTest.keyClicks(focused(), "1")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            desk.registration.ticket_dialog is not None
            and desk.registration.ticket_dialog.isVisible()
        )
    )

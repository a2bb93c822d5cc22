"""On the whole desk: the summary closes onto today's ticket, and the card keeps it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.visitation.latest_visitation_section import LatestVisitationSection


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, workstation.staff_id)


def scan(qtbot: QtBot, desk: Desk, digits: str) -> None:
    field = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, digits)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_after_the_summary_the_ticket_has_focus_and_the_card_shows_the_visitation(
    qtbot: QtBot, desk: Desk
) -> None:
    screen = desk.registration
    scan(qtbot, desk, "0707901234")
    qtbot.waitUntil(by_name(screen, "Fornavn", QLineEdit).hasFocus)
    QTest.keyClicks(focused(), "Nadia")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Søndergård")
    press(Qt.Key.Key_Return)  # kontanthjælp is the new citizen's basis already
    button = by_name(screen, "Primærvisitation", QPushButton)
    qtbot.waitUntil(button.isVisible)
    button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.visitation.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClicks(focused(), "j")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            desk.visitation.summary_dialog is not None
            and focused() is desk.visitation.summary_dialog.close_button
        )
    )
    press(Qt.Key.Key_Return)  # closes the summary: today's ticket is issued and shown
    qtbot.waitUntil(
        lambda: (
            screen.ticket_dialog is not None
            and screen.ticket_dialog.isVisible()
            and focused() is screen.ticket_dialog.close_button
        )
    )
    assert by_name(screen.ticket_dialog, "Billetnummer", QLabel).text() == "A1-001"
    section = screen.findChild(LatestVisitationSection)
    assert section is not None
    text = by_name(section, "Seneste visitation", QLabel)
    # The card behind the ticket already shows what was just decided.
    qtbot.waitUntil(lambda: section.isVisible() and "Kategori: Jobparat" in text.text())
    press(Qt.Key.Key_Return)  # next citizen

    qtbot.waitUntil(lambda: screen.card.shown_card is None or not section.isVisible())
    scan(qtbot, desk, "0707901234")  # the same citizen comes back
    qtbot.waitUntil(lambda: section.isVisible() and "Kategori: Jobparat" in text.text())
    assert "Møde: Jobmøde" in text.text() and "Musvågevej" in text.text()

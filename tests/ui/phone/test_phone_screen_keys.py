"""The phone desk by keys (Ctrl+8): a citizen's call with a wrong CPR is refused with
everything kept, mended, and saved as a callback in another site's queue; an anonymous
call is answered and saved; both appear in today's calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.queue.callbacks import PHONE
from app.registration import NewCitizen
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from tests.ui.phone.walk_helpers import callbacks
from ui.composition import Desk
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-bbj")


@arranges_data_on_the_gui_thread
def test_calls_are_taken_by_keys(qtbot: QtBot, desk: Desk, store: LocalStore) -> None:
    desk.services.registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    press(Qt.Key.Key_8, CTRL)
    screen = next(s for s in desk.window.findChildren(PhoneScreen))
    qtbot.waitUntil(screen.isVisible)
    qtbot.waitUntil(lambda: focused() is screen.kind)
    qtbot.waitUntil(lambda: screen.site.count() == 3 and screen.service.count() > 0)
    assert by_name(screen, "Hvem ringer", QComboBox).currentText() == "Borger (CPR)"

    press(Qt.Key.Key_Tab)
    assert focused() is by_name(screen, "CPR, CVR eller telefonnummer", QLineEdit)
    QTest.keyClicks(focused(), "3102901234")  # no 31 February
    press(Qt.Key.Key_Return, CTRL)
    message = by_name(screen, "Besked", QLabel)
    qtbot.waitUntil(lambda: "findes ikke" in message.text())
    assert focused() is screen.identifier and screen.identifier.text() == "3102901234"

    press(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(focused(), "010190-1235")
    press(Qt.Key.Key_Tab)  # the topic
    press(Qt.Key.Key_Tab)  # the note
    QTest.keyClicks(focused(), "Vil tale med en rådgiver")
    press(Qt.Key.Key_Tab)  # the outcome
    assert focused() is screen.outcome
    press(Qt.Key.Key_Down)  # «Tilbagekald»
    assert screen.outcome.currentText() == "Tilbagekald"
    press(Qt.Key.Key_Tab)  # the site: the desk's own first
    assert focused() is screen.site
    press(Qt.Key.Key_Down)
    chosen = screen.site.currentData()
    assert chosen != "MUS"
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.saved == 1)
    assert "Tilbagekald TM" in message.text()
    assert focused() is screen.kind  # ready for the next call
    [ticket] = callbacks(store)
    assert ticket.channel == PHONE and ticket.site_code == chosen and ticket.phone == "22334455"

    press(Qt.Key.Key_End)  # «Anonym»
    assert screen.kind.currentText() == "Anonym"
    press(Qt.Key.Key_Tab)  # the number is passed by: the topic
    assert focused() is screen.topic
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.saved == 2)
    assert message.text() == "Opkald gemt."
    qtbot.waitUntil(lambda: screen.calls_model.rowCount() == 2)
    whos = {screen.calls_model.index(r, 1).data() for r in range(2)}
    assert whos == {"Borger", "Anonym"}

"""A callback by keys: the card's «Tilbagekald …» (Alt+L) refuses a wrong number and keeps
the dialog, places the callback with the right one; at the counter Shift+F2 rings it (the
number shown), Shift+F9 says no answer and it queues again, Shift+F2 says when it may be
rung again, F5 on it rings it once more anyway, F4 and F8 finish it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.clock import service_day
from app.commands.envelope import utc_now
from app.entities import SupportBasis, Ticket, TicketStatus
from app.queue.callbacks import PHONE
from app.registration import NewCitizen
from local_cache.store import LocalStore
from tests.conftest import configure
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.queue.callback_dialog import CallbackDialog

CPR = "0808901234"
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def counsellor_desk(qtbot: QtBot, store: LocalStore, tmp_path: Path) -> Iterator[Desk]:
    workstation = configure(store, counter=2, staff="mus-aan")
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-aan")


def callbacks_in(store: LocalStore) -> list[Ticket]:
    def read() -> list[Ticket]:  # off the GUI thread, as the desk reads
        day = service_day(utc_now())
        with store.unit_of_work() as uow:
            return [t for t in uow.tickets.between("MUS", day, day) if t.channel == PHONE]

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


def open_dialog(qtbot: QtBot, desk: Desk) -> CallbackDialog:
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in desk.window.findChildren(CallbackDialog)))
    dialog = next(d for d in desk.window.findChildren(CallbackDialog) if d.isVisible())
    qtbot.waitUntil(lambda: focused() is dialog.phone)
    return dialog


@arranges_data_on_the_gui_thread
def test_a_callback_is_placed_from_the_card_and_rung_from_the_counter(
    qtbot: QtBot, counsellor_desk: Desk, store: LocalStore
) -> None:
    desk = counsellor_desk
    desk.services.registration.register_citizen(
        NewCitizen(CPR, "Mona", "Ring", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(focused(), CPR)
    press(Qt.Key.Key_Return)
    status = by_name(desk.registration, "Tilbagekald bestilt", QLabel)
    button = by_name(desk.registration, "Tilbagekald", QPushButton)
    qtbot.waitUntil(button.isVisible)  # the citizen's card is shown

    dialog = open_dialog(qtbot, desk)
    QTest.keyClicks(focused(), "22 33 4")  # too short
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "8 cifre" in dialog.message.text())
    assert dialog.isVisible() and focused() is dialog.phone
    assert dialog.phone.selectedText() == "22 33 4"  # kept, and typing replaces it
    QTest.keyClicks(focused(), "+45 22 33 44 55")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "telefon 22334455" in status.text())
    [placed] = callbacks_in(store)
    assert placed.status is TicketStatus.WAITING and placed.service_code == "jobbutik"
    assert status.text().startswith(f"Tilbagekald {placed.number} bestilt")

    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is desk.counter)
    feedback = desk.counter.feedback_label
    press(Qt.Key.Key_F2)  # the walk-in key: no walk-in waits
    qtbot.waitUntil(lambda: "Ingen venter" in desk.counter.error_label.text())
    press(Qt.Key.Key_F2, SHIFT)
    qtbot.waitUntil(lambda: f"Ring tilbage: {placed.number}, telefon 22334455" in feedback.text())
    press(Qt.Key.Key_F9, SHIFT)
    qtbot.waitUntil(lambda: f"Intet svar: {placed.number}" in feedback.text())
    qtbot.waitUntil(lambda: callbacks_in(store)[0].status is TicketStatus.WAITING)
    current = by_name(desk.counter, "Nuværende billet", QLabel)
    press(Qt.Key.Key_F2, SHIFT)  # rang out just now: not rung again before its gap
    qtbot.waitUntil(lambda: "det næste kan ringes op kl." in desk.counter.error_label.text())
    assert current.text() != f"{placed.number} – kaldt"
    qtbot.waitUntil(lambda: desk.counter.model.rowCount() == 1)  # still in the list
    assert focused() is desk.counter.table  # the waiting list: the counter's home
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_F5)  # the counsellor rings it early on purpose
    qtbot.waitUntil(lambda: current.text() == f"{placed.number} – kaldt")
    press(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: callbacks_in(store)[0].status is TicketStatus.SERVING)
    qtbot.waitUntil(lambda: current.text() == f"{placed.number} – betjenes")  # the screen too
    press(Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: callbacks_in(store)[0].status is TicketStatus.DONE, timeout=15_000)
    assert callbacks_in(store)[0].no_answers == 1
    assert QApplication.focusWidget() is not None

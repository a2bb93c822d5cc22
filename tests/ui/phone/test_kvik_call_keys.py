"""A company's kvikservice call by keys: «Kvikservice …» opens the job shop's request form
on the calling company; Esc saves nothing and keeps the call form; Enter saves request and
call together. An unregistered CVR is named, with the keys back on the number."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.jobshop.company_service import CompanyService
from app.jobshop.records import KvikRequest
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from tests.ui.phone.walk_helpers import choose
from ui.composition import Desk
from ui.jobshop.kvik_request_dialog import KvikRequestDialog
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier
CVR = "13585628"


@pytest.fixture
def company(store: LocalStore, workstation: WorkstationConfig) -> str:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    return CompanyService(store.unit_of_work, bus, workstation).register("ISS", cvr=CVR)


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path, company: str
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-bbj")


def requests(store: LocalStore) -> list[KvikRequest]:
    def read() -> list[KvikRequest]:
        with store.unit_of_work() as uow:
            return list(uow.jobshop.open_kvik_requests())

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


def start_kvik_call(qtbot: QtBot, screen: PhoneScreen, cvr: str) -> None:
    qtbot.waitUntil(lambda: focused() is screen.kind)
    choose(screen.kind, "Virksomhed (CVR)")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(focused(), cvr)
    for _ in range(3):  # topic, note, outcome
        press(Qt.Key.Key_Tab)
    choose(screen.outcome, "Kvikservice …")
    press(Qt.Key.Key_Return, CTRL)


@arranges_data_on_the_gui_thread
def test_a_kvik_call_by_keys(qtbot: QtBot, desk: Desk, store: LocalStore, company: str) -> None:
    press(Qt.Key.Key_8, CTRL)
    screen = next(iter(desk.window.findChildren(PhoneScreen)))
    message = by_name(screen, "Besked", QLabel)

    start_kvik_call(qtbot, screen, "10150817")  # valid, not registered
    qtbot.waitUntil(lambda: "ikke registreret" in message.text())
    assert focused() is screen.identifier

    press(Qt.Key.Key_A, CTRL)  # mend the number; the rest of the form stands
    QTest.keyClicks(focused(), CVR)
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KvikRequestDialog))
    dialog = screen.kvik_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.company_combo)
    assert dialog.company_combo.currentData() == company
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "ikke gemt endnu" in message.text())
    assert screen.identifier.text() == CVR and requests(store) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.identifier)  # keys back

    press(Qt.Key.Key_Return, CTRL)  # the call form still holds it all
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KvikRequestDialog))
    dialog = screen.kvik_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.company_combo)
    press(Qt.Key.Key_Tab)
    choose(dialog.trade_combo, "Hotel, restauration og turisme")
    press(Qt.Key.Key_Tab)  # how many
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "To opvaskere til fredag")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.saved == 1)
    assert message.text() == "Opkald og kvikservice-forespørgsel gemt."
    [request] = requests(store)
    assert (request.company_id, request.trade_area, request.positions) == (
        company,
        "hotel_restauration",
        2,
    )
    qtbot.waitUntil(lambda: screen.calls_model.rowCount() == 1)
    assert screen.calls_model.index(0, 3).data() == "Kvikservice"

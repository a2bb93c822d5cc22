"""A receptionist gives the citizen on the card a self-service PC by keys: F9 opens the
PCs with the first free one chosen and 30 minutes, Enter gives it; the card says which
PC and until when, and the keys are back on the card's button. F9 again, ↑ to the taken
PC, Alt+G frees it, Esc closes. An overdue PC says so in the board's words."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.selfservice.records import PcSlot, SelfServicePc
from app.selfservice.service import PcLine
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press
from ui.composition import Desk
from ui.selfservice.assign_dialog import AssignPcDialog
from ui.selfservice.pc_model import PcModel

CPR = "0707901234"


def open_slots(store: LocalStore) -> list[PcSlot]:
    """Read off the GUI thread, as the desk itself does."""

    def read() -> list[PcSlot]:
        with store.unit_of_work() as uow:
            return list(uow.selfservice.open_slots("MUS"))

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


def the_dialog() -> AssignPcDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AssignPcDialog)]
    return next(d for d in dialogs if d.isVisible())


@arranges_data_on_the_gui_thread
def test_a_citizen_is_given_a_pc_and_it_is_freed_by_keys(
    qtbot: QtBot, desk: Desk, store: LocalStore
) -> None:
    desk.services.registration.register_citizen(
        NewCitizen(CPR, "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(focused(), CPR)
    press(Qt.Key.Key_Return)
    where = by_name(desk.registration, "Borgerens selvbetjenings-pc", QLabel)
    qtbot.waitUntil(lambda: where.text() == "Sidder ikke ved en selvbetjenings-pc.")

    press(Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: any(isinstance(w, AssignPcDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = the_dialog()
    table = by_name(dialog, "Selvbetjenings-pc'er", QTableView)
    qtbot.waitUntil(lambda: table.hasFocus() and table.model().rowCount() == 4)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 0)  # the first free PC: PC 1
    press(Qt.Key.Key_Down)  # PC 2 instead
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: where.text().startswith("Ved PC 2 til kl. "))
    opener = by_name(desk.registration, "Vælg selvbetjenings-pc", QPushButton)
    qtbot.waitUntil(opener.hasFocus)  # the keys are back on the card
    [slot] = open_slots(store)
    assert slot.pc_code == "pc2" and slot.ends_at - slot.starts_at == dt.timedelta(minutes=30)

    press(Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: any(
            d.isVisible() for d in QApplication.topLevelWidgets() if isinstance(d, AssignPcDialog)
        )
    )
    dialog = the_dialog()
    table = by_name(dialog, "Selvbetjenings-pc'er", QTableView)
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 4 and "Optaget til kl." in model.index(1, 1).data())
    assert model.index(1, 2).data() == "Nadia Søndergård"
    assert table.currentIndex().row() == 0  # the first free PC is chosen again
    press(Qt.Key.Key_Down)  # to the taken PC 2
    press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    message = by_name(dialog, "Besked om selvbetjenings-pc'erne", QLabel)
    qtbot.waitUntil(lambda: message.text() == "PC 2 er frigivet.")
    qtbot.waitUntil(lambda: model.index(1, 1).data() == "Ledig")  # the change event reloaded it
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: where.text() == "Sidder ikke ved en selvbetjenings-pc.")
    assert open_slots(store) == []


def test_a_pc_not_freed_after_its_slot_is_marked_overdue(qtbot: QtBot) -> None:
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    slot = PcSlot("s1", "MUS", "pc1", "c1", start, start + dt.timedelta(minutes=30), "mus-bbj")
    model = PcModel()
    model.set_lines(
        [
            PcLine(SelfServicePc("MUS", "pc1", "PC 1"), slot, "Ali"),
            PcLine(SelfServicePc("MUS", "pc2", "PC 2")),
        ]
    )
    model.set_now(start + dt.timedelta(minutes=29))
    assert model.index(0, 1).data() == "Optaget til kl. 10:30"
    assert model.index(1, 1).data() == "Ledig"
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_now(start + dt.timedelta(minutes=31))  # the clock moved; the store did not
    assert changed
    assert model.index(0, 1).data() == "Overskredet – skulle frigives kl. 10:30"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None

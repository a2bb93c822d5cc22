"""From the overview a supervisor closes a counter's queue and moves a waiting ticket —
by keyboard; anyone else sees the panel disabled and why."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, session_for
from ui.background import BackgroundRunner
from ui.composition import build_desk
from ui.queue.supervisor_actions import SupervisorActions

NAMES = {"jobbutik": "Jobbutik", "aaben_raadgivning": "Åben rådgivning"}


def supervisor_panel(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    runner: BackgroundRunner,
) -> tuple[SupervisorActions, QueueService]:
    me = dataclasses.replace(workstation, staff_id="mus-ljp")
    queue = QueueService(store.unit_of_work, bus, me, [])
    panel = SupervisorActions(queue, runner, NAMES, lambda _n: ["jobbutik"])
    panel.set_may_manage(True)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)  # shortcuts go to the active window
    return panel, queue


def test_space_on_a_cell_closes_that_queue_at_that_counter(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    runner: BackgroundRunner,
) -> None:
    panel, _queue = supervisor_panel(qtbot, store, bus, workstation, runner)
    grid = by_name(panel, "Skrankernes køer", QTableView)
    qtbot.waitUntil(lambda: grid.model().rowCount() >= 2)
    cell = grid.model().index(0, 0)  # counter 1, job shop
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert grid.model().headerData(0, Qt.Orientation.Vertical) == "Skranke 1"
    grid.setFocus()
    grid.setCurrentIndex(cell)
    qtbot.keyClick(grid, Qt.Key.Key_Space)

    desk_1 = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    qtbot.waitUntil(lambda: desk_1.profile() == [])
    qtbot.waitUntil(
        lambda: (
            grid.model().index(0, 0).data(Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Unchecked.value
        )
    )
    assert grid.currentIndex().row() == 0  # the keyboard user stays where they were
    counter_2 = QueueService(
        store.unit_of_work, bus, dataclasses.replace(workstation, counter_number=2), ["jobbutik"]
    )
    assert counter_2.profile() == ["jobbutik"]  # only counter 1 changed


def test_f7_moves_a_waiting_ticket_to_one_counter_and_the_list_says_so(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    receipt = registration.issue_ticket(citizen.id, "jobbutik")
    panel, queue = supervisor_panel(qtbot, store, bus, workstation, runner)
    waiting = by_name(panel, "Ventende billetter", QTableView)
    qtbot.waitUntil(lambda: waiting.model().rowCount() == 1)
    waiting.setFocus()
    waiting.selectRow(0)
    qtbot.keyClick(panel, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: panel.move_dialog is not None and panel.move_dialog.isVisible())
    dialog = panel.move_dialog
    assert dialog is not None
    recipient = by_name(dialog, "Overfør til skranke eller medarbejder", QComboBox)
    recipient.setCurrentIndex(recipient.findText("Skranke 2"))
    by_name(dialog, "Overfør", QPushButton).click()

    qtbot.waitUntil(lambda: waiting.model().index(0, 3).data() == "Til skranke 2")
    moved = queue.ticket(receipt.ticket_id)
    assert moved is not None and moved.target_counter == 2
    assert moved.arrival == moved.issued_at  # its place is kept


@arranges_data_on_the_gui_thread
def test_the_panel_is_for_supervisors_only(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk = build_desk(store, workstation, tmp_path, "da", session=session_for(store, "mus-bbj"))
    qtbot.addWidget(desk.window)
    panel = desk.supervisor_actions
    assert not by_name(panel, "Skrankernes køer", QTableView).isEnabled()
    assert not by_name(panel, "Flyt billet", QPushButton).isEnabled()
    assert "Kun en leder" in by_name(panel, "Lederhandlinger", QLabel).text()
    desk.window.lock_requested.emit()  # the receptionist leaves; a supervisor signs in
    desk.lock_screen.signed_in.emit(session_for(store, "mus-ljp"))
    assert by_name(panel, "Skrankernes køer", QTableView).isEnabled()
    assert by_name(panel, "Lederhandlinger", QLabel).text() == ""

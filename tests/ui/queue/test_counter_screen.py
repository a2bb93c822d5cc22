"""A counter calls the next citizen, serves and finishes, by keys alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.queue.counter_screen import CounterScreen


def test_call_next_serve_and_finish(
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
    first = registration.issue_ticket(citizen.id, "jobbutik")
    registration.issue_ticket(citizen.id, "jobbutik")
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    screen = CounterScreen(queue, runner, {"jobbutik": "Jobbutik"})
    qtbot.addWidget(screen)
    screen.show()
    table = by_name(screen, "Venteliste", QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)

    current = by_name(screen, "Nuværende billet", QLabel)
    qtbot.keyClick(screen, Qt.Key.Key_F2)  # call next
    qtbot.waitUntil(lambda: current.text() == f"{first.number} – kaldt")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert by_name(screen, "Færdig", QPushButton).isEnabled()  # done works from called too
    qtbot.keyClick(screen, Qt.Key.Key_F4)  # start serving
    qtbot.waitUntil(lambda: current.text() == f"{first.number} – betjenes")
    qtbot.keyClick(screen, Qt.Key.Key_F8)  # done
    qtbot.waitUntil(lambda: current.text() == "Ingen borger ved skranken")
    ticket = queue.ticket(first.ticket_id)
    assert ticket is not None and ticket.status is TicketStatus.DONE
    assert ticket.counter_number == workstation.counter_number and ticket.finished_at is not None


def test_call_a_chosen_ticket_out_of_turn_then_the_next_comes_by_itself(
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
    first, second, third = (registration.issue_ticket(citizen.id, "jobbutik") for _ in range(3))
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    screen = CounterScreen(queue, runner, {"jobbutik": "Jobbutik"})
    qtbot.addWidget(screen)
    screen.show()
    table = by_name(screen, "Venteliste", QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    current = by_name(screen, "Nuværende billet", QLabel)

    table.setFocus()
    table.selectRow(2)  # the third arrival has a booked time: call it out of turn
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: current.text() == f"{third.number} – kaldt")
    by_name(screen, "Kald næste automatisk", QCheckBox).setChecked(True)
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: current.text() == f"{third.number} – betjenes")
    qtbot.keyClick(screen, Qt.Key.Key_F8)  # done, and the next is called at once
    qtbot.waitUntil(lambda: current.text() == f"{first.number} – kaldt")
    assert second.number != first.number
    assert queue.ticket(third.ticket_id).status is TicketStatus.DONE  # type: ignore[union-attr]


def test_transfer_the_current_citizen_to_another_queue_keeping_the_place(
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
    first = registration.issue_ticket(citizen.id, "jobbutik")
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    names = {"jobbutik": "Jobbutik", "aaben_raadgivning": "Åben rådgivning"}
    screen = CounterScreen(queue, runner, names)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # shortcuts go to the active window
    current = by_name(screen, "Nuværende billet", QLabel)
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: current.text() == f"{first.number} – kaldt")
    before = queue.ticket(first.ticket_id)

    qtbot.keyClick(screen, Qt.Key.Key_F7)  # a button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: screen.transfer_dialog is not None)
    dialog = screen.transfer_dialog
    assert dialog is not None
    queues = by_name(dialog, "Overfør til kø", QListWidget)
    assert queues.currentItem().text() == "Åben rådgivning"  # the only other queue
    assert by_name(dialog, "Behold pladsen i køen", QCheckBox).isChecked()
    by_name(dialog, "Overfør", QPushButton).click()

    qtbot.waitUntil(lambda: current.text() == "Ingen borger ved skranken")
    after = queue.ticket(first.ticket_id)
    assert after is not None and before is not None
    assert (after.service_code, after.status) == ("aaben_raadgivning", TicketStatus.WAITING)
    assert after.arrival == before.arrival  # its place in the new queue is its arrival


def test_transfer_to_a_named_colleague_shows_in_the_list_and_is_not_called_here(
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
    first = registration.issue_ticket(citizen.id, "jobbutik")
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    screen = CounterScreen(queue, runner, {"jobbutik": "Jobbutik"})
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    current = by_name(screen, "Nuværende billet", QLabel)
    table = by_name(screen, "Venteliste", QTableView)
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: current.text() == f"{first.number} – kaldt")

    qtbot.keyClick(screen, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: screen.transfer_dialog is not None)
    dialog = screen.transfer_dialog
    assert dialog is not None
    queues = by_name(dialog, "Overfør til kø", QListWidget)
    assert queues.currentItem().text() == "Jobbutik (samme kø)"  # the only queue there is
    recipient = by_name(dialog, "Overfør til skranke eller medarbejder", QComboBox)
    recipient.setFocus()
    recipient.setCurrentIndex(recipient.findText("AAN", Qt.MatchFlag.MatchStartsWith))
    by_name(dialog, "Overfør", QPushButton).click()

    qtbot.waitUntil(lambda: current.text() == "Ingen borger ved skranken")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 3).data() == "Til AAN"  # listed here, reserved for AAN
    error = by_name(screen, "Fejlbesked", QLabel)
    screen.activateWindow()  # back from the dialog
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_F2)  # call next skips it
    qtbot.waitUntil(lambda: error.text() == "Ingen venter i skrankens køer.")
    after = queue.ticket(first.ticket_id)
    assert after is not None and after.target_staff == "mus-aan"

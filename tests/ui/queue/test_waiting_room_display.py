"""The display shows a number called at a counter, and the expected wait of a queue."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.queue.waiting_room_display import WaitingRoomDisplay


def test_a_called_number_appears_with_its_counter(
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
    display = WaitingRoomDisplay(queue, runner, {"jobbutik": "Jobbutik"})
    qtbot.addWidget(display)
    waits = by_name(display, "Forventet ventetid", QLabel)
    # The first picture: two waiting and a newcomer, 8 min each, no counter open.
    qtbot.waitUntil(lambda: "Jobbutik: ca. 25 min" in waits.text())
    assert display.announcer.last_text == ""  # nothing called yet, nothing said
    queue.call_next()
    display.refresh()
    top = by_name(display, "Kaldt nummer 1", QLabel)
    qtbot.waitUntil(lambda: top.text() == f"{first.number}  →  {workstation.counter_number}")
    # One waiting at one busy counter: a newcomer waits two default services (16 min).
    assert "Jobbutik: ca. 15 min" in waits.text()
    letters, digits = first.number.split("-")
    assert display.announcer.last_text == (
        f"Nummer {' '.join(letters)}, {' '.join(digits)}. Skranke {workstation.counter_number}."
    )

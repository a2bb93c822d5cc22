"""The display shows the last six calls with their counters (the newest highlighted), the
site and the Copenhagen time, and the expected wait of each queue where citizens wait; its
picture fits a 720p and a 4K screen without cutting any text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.clock import COPENHAGEN
from app.commands.bus import CommandBus
from app.entities import SupportBasis, Ticket, TicketStatus
from app.public_holidays import is_closed_day
from app.queue.figures import ServiceFigures
from app.queue.service import QueueService
from app.reference_data.readers import entrance_hours
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.app.queue.test_figures import ticket
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.queue.waiting_room_display import Board, WaitingRoomDisplay

NAMES = {
    "jobbutik": "Jobbutik",
    "aaben_raadgivning": "Åben rådgivning",
    "primaervisitation": "Primærvisitation",
    "ydelsesservice": "Ydelsesservice-vejledning",
    "sygedagpenge": "Sygedagpenge",
    "aftale": "Aftalt møde",
}


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
    display = WaitingRoomDisplay(queue, runner, {"jobbutik": "Jobbutik"}, site_name="Musvågevej")
    qtbot.addWidget(display)
    wait = by_name(display, "Forventet ventetid for Jobbutik", QLabel)
    # The first picture: two waiting and a newcomer, 8 min each, no counter open.
    qtbot.waitUntil(lambda: wait.text() == "ca. 25 min")
    assert display.announcer.last_text == ""  # nothing called yet, nothing said
    queue.call_next()
    display.refresh()
    top = by_name(display, "Kaldt nummer 1", QLabel)
    qtbot.waitUntil(lambda: top.text() == first.number)
    counter = by_name(display, "Skranke for kaldt nummer 1", QLabel)
    assert counter.text() == str(workstation.counter_number)
    # One waiting at one busy counter: a newcomer waits two default services (16 min).
    assert wait.text() == "ca. 15 min"
    letters, digits = first.number.split("-")
    assert display.announcer.last_text == (
        f"Nummer {' '.join(letters)}, {' '.join(digits)}. Skranke {workstation.counter_number}."
    )
    assert by_name(display, "Afdeling", QLabel).text() == "Musvågevej"


def _calls(count: int) -> list[Ticket]:
    """`count` calls, newest first, at counters 1–12."""
    return [
        ticket(n, TicketStatus.DONE if n < count else TicketStatus.CALLED, -60, n - 50, counter=n)
        for n in range(count, 0, -1)
    ]


def _everyone_waits(minutes: int = 12) -> list[ServiceFigures]:
    wait = dt.timedelta(minutes=minutes)
    return [ServiceFigures(code, 3, wait, wait, 1, 0, 0, None, wait) for code in NAMES]


def _display(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    runner: BackgroundRunner,
    workstation: WorkstationConfig,
) -> WaitingRoomDisplay:
    queue = QueueService(store.unit_of_work, bus, workstation, list(NAMES))
    display = WaitingRoomDisplay(queue, runner, NAMES, site_name="Musvågevej")
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: display.data.loads >= 1)  # the store's (empty) day is shown
    return display


def test_the_last_six_calls_show_newest_first_and_the_newest_stands_out(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    runner: BackgroundRunner,
    workstation: WorkstationConfig,
) -> None:
    display = _display(qtbot, store, bus, runner, workstation)
    display.show_board(Board(_calls(8)[:6], _everyone_waits()))
    numbers = [by_name(display, f"Kaldt nummer {row}", QLabel).text() for row in range(1, 7)]
    counters = [
        by_name(display, f"Skranke for kaldt nummer {row}", QLabel).text() for row in range(1, 7)
    ]
    assert numbers == ["J1-008", "J1-007", "J1-006", "J1-005", "J1-004", "J1-003"]
    assert counters == ["8", "7", "6", "5", "4", "3"]
    newest, earlier = display.call_labels[0], display.call_labels[1]
    assert newest.property("newest") is True and earlier.property("newest") is False
    assert newest.font().pixelSize() > earlier.font().pixelSize()  # bigger, by the stylesheet
    assert newest.palette().windowText().color() != earlier.palette().windowText().color()


def test_the_clock_shows_copenhagen_time_and_moves_at_the_minute(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    runner: BackgroundRunner,
    workstation: WorkstationConfig,
) -> None:
    moment = [dt.datetime(2026, 12, 5, 7, 59, 30, tzinfo=dt.UTC)]  # winter: UTC + 1
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    display = WaitingRoomDisplay(queue, runner, {"jobbutik": "Jobbutik"}, now=lambda: moment[0])
    qtbot.addWidget(display)
    clock = by_name(display, "Klokken", QLabel)
    assert clock.text() == "08:59"
    assert 30_000 <= display.clock.timer.remainingTime() <= 30_100  # wakes as the minute turns
    qtbot.waitUntil(lambda: display.data.loads >= 1)
    moment[0] = dt.datetime(2026, 7, 1, 13, 0, 0, 50_000, tzinfo=dt.UTC)  # summer: UTC + 2
    display.clock.timer.timeout.emit()
    assert clock.text() == "15:00"
    qtbot.waitUntil(lambda: display.data.loads >= 2)  # the waits are read again each minute


def _fits(label: QLabel, window: WaitingRoomDisplay) -> bool:
    """Shown, its text as wide and as tall as the font draws it, inside the window."""
    inside = window.rect().contains(label.mapTo(window, QPoint(label.width(), label.height())))
    metrics = label.fontMetrics()
    return (
        label.isVisible()
        and inside
        and metrics.horizontalAdvance(label.text()) <= label.contentsRect().width()
        and label.sizeHint().height() <= label.height()
    )


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (3840, 2160)])
def test_six_calls_and_every_wait_fit_a_tv_screen(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    runner: BackgroundRunner,
    workstation: WorkstationConfig,
    width: int,
    height: int,
) -> None:
    display = _display(qtbot, store, bus, runner, workstation)
    display.resize(width, height)
    display.show()
    qtbot.waitExposed(display)
    display.show_board(Board(_calls(12)[:6], _everyone_waits(minutes=42)))
    names = ["Afdeling", "Klokken", "Forventet ventetid"]
    names += [f"Kaldt nummer {row}" for row in range(1, 7)]
    names += [f"Skranke for kaldt nummer {row}" for row in range(1, 7)]
    names += [f"Kø {name}" for name in NAMES.values()]
    names += [f"Forventet ventetid for {name}" for name in NAMES.values()]
    labels = [by_name(display, name, QLabel) for name in names]
    assert all(label.text() for label in labels)
    qtbot.waitUntil(lambda: all(_fits(label, display) for label in labels))
    assert [label.accessibleName() for label in labels if not _fits(label, display)] == []
    top = display.call_labels[0].font().pixelSize()
    assert top == round(height * 0.13)  # the sizes follow the height


def test_past_closing_time_the_display_promises_no_minutes(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    """The seed's Thursday at Musvågevej closes at 17:00: two waiting and no counter open
    is 25 minutes, shown at 14:00 and not at 16:50."""
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    registration.issue_ticket(citizen.id, "jobbutik")
    registration.issue_ticket(citizen.id, "jobbutik")
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"], hours=entrance_hours)
    today = dt.datetime.now(COPENHAGEN).date()
    thursday = today + dt.timedelta(days=(3 - today.weekday()) % 7 or 7)
    if is_closed_day(thursday):  # a holiday Thursday (Ascension Day): a week later
        thursday += dt.timedelta(days=7)
    moment = dt.datetime.combine(thursday, dt.time(14, 0), tzinfo=COPENHAGEN)
    display = WaitingRoomDisplay(
        queue, runner, {"jobbutik": "Jobbutik"}, now=lambda: moment.astimezone(dt.UTC)
    )
    qtbot.addWidget(display)
    wait = by_name(display, "Forventet ventetid for Jobbutik", QLabel)
    qtbot.waitUntil(lambda: wait.text() == "ca. 25 min")
    moment = moment.replace(hour=16, minute=50)
    display.refresh()
    qtbot.waitUntil(lambda: wait.text() == "efter lukketid")

"""The counter by keys alone: one citizen at a time, the citizen shown with what registration
knew, remembered over a restart, done in one key, a no-show asked once and taken back, and
a word after every key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis, Ticket, TicketStatus
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService, TicketReceipt
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore, open_store
from tests.conftest import configure
from tests.ui.helpers import by_name, press, session_for
from ui.background import BackgroundRunner
from ui.composition import Desk, build_desk
from ui.focus import land_focus
from ui.queue.counter_screen import CounterScreen

NAMES = {"jobbutik": "Jobbutik", "aaben_raadgivning": "Åben rådgivning"}


def _issue(registration: RegistrationService, count: int, note: str = "") -> list[TicketReceipt]:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    return [registration.issue_ticket(citizen.id, "jobbutik", note=note) for _ in range(count)]


def _counter(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    runner: BackgroundRunner,
) -> tuple[CounterScreen, QueueService]:
    """A counter screen shown, active and with focus in its home (the waiting list)."""
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    screen = CounterScreen(queue, runner, NAMES)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: screen.waiting.loads > 0)
    land_focus(screen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return screen, queue


def _text(screen: CounterScreen, name: str) -> str:
    return by_name(screen, name, QLabel).text()


def test_the_counter_shows_who_it_holds_and_finds_them_again_after_a_restart(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    (first,) = _issue(registration, 1, note="Vil have hjælp til CV")
    screen, _queue = _counter(qtbot, store, bus, workstation, runner)
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _text(screen, "Nuværende billet") == f"{first.number} – kaldt")
    assert _text(screen, "Borger") == "Ida Bøgh (010190-xxxx)"
    assert _text(screen, "Henvendelse") == "Jobbutik"
    assert _text(screen, "Ventetid").endswith(" min")
    assert _text(screen, "Note fra registreringen") == "Vil have hjælp til CV"
    screen.close()

    # The desk starts again: a new screen on the same store knows the citizen at once.
    again, _queue = _counter(qtbot, store, bus, workstation, runner)
    qtbot.waitUntil(lambda: _text(again, "Nuværende billet") == f"{first.number} – kaldt")
    assert _text(again, "Borger") == "Ida Bøgh (010190-xxxx)"
    press(Qt.Key.Key_F2)  # the counter still holds Ida: no second citizen
    qtbot.waitUntil(lambda: _text(again, "Fejlbesked").startswith("Skranken har allerede"))


def test_f2_pressed_twice_at_once_calls_one_citizen(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    first, second = _issue(registration, 2)
    screen, queue = _counter(qtbot, store, bus, workstation, runner)
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_F2)  # before the first answer has arrived
    qtbot.waitUntil(lambda: _text(screen, "Nuværende billet") == f"{first.number} – kaldt")
    qtbot.waitUntil(lambda: not runner.busy)
    held = queue.ticket(second.ticket_id)
    assert held is not None and held.status is TicketStatus.WAITING
    assert _text(screen, "Tilbagemelding") or _text(screen, "Fejlbesked")


def test_every_key_says_what_it_did(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    (first,) = _issue(registration, 1)
    screen, _queue = _counter(qtbot, store, bus, workstation, runner)

    def says(text: str, label: str = "Tilbagemelding") -> None:
        qtbot.waitUntil(lambda: _text(screen, label) == text)

    press(Qt.Key.Key_F8)
    says("Ingen borger ved skranken – kald den næste med F2.", "Fejlbesked")
    press(Qt.Key.Key_F2)
    says(f"Kaldt: {first.number} til skranke 1")
    press(Qt.Key.Key_F3)
    says(f"Kaldt igen: {first.number} til skranke 1")
    press(Qt.Key.Key_F4)
    says(f"Betjening startet: {first.number}")
    assert _text(screen, "Nuværende billet") == f"{first.number} – betjenes"
    press(Qt.Key.Key_F3)  # serving: the command refuses, and the screen says why
    says(f"Billet {first.number} betjenes og kan ikke kaldes igen.", "Fejlbesked")
    press(Qt.Key.Key_F8)
    says(f"Færdig: {first.number}")
    press(Qt.Key.Key_F2)
    says("Ingen venter i skrankens køer.", "Fejlbesked")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    says("Der er intet udeblevet at fortryde.", "Fejlbesked")


def test_no_show_is_asked_once_and_can_be_taken_back(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    (first,) = _issue(registration, 1)
    screen, queue = _counter(qtbot, store, bus, workstation, runner)
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _text(screen, "Nuværende billet") == f"{first.number} – kaldt")

    press(Qt.Key.Key_F9)
    yes = by_name(screen, "Ja", QPushButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is yes)
    assert _text(screen, "Spørgsmål") == f"Meld {first.number} udeblevet? Enter = ja, Esc = nej."
    press(Qt.Key.Key_Escape)  # no
    qtbot.waitUntil(lambda: not yes.isVisible())
    assert _text(screen, "Tilbagemelding") == f"Ikke meldt udeblevet: {first.number}"
    assert QApplication.focusWidget() is not None
    ticket = queue.ticket(first.ticket_id)
    assert ticket is not None and ticket.status is TicketStatus.CALLED

    press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is yes)
    press(Qt.Key.Key_Return)  # yes
    qtbot.waitUntil(lambda: _text(screen, "Nuværende billet") == "Ingen borger ved skranken")
    assert _text(screen, "Tilbagemelding").startswith(f"Meldt udeblevet: {first.number}.")
    assert by_name(screen, "Fortryd udeblevet", QPushButton).isEnabled()
    no_show = queue.ticket(first.ticket_id)
    assert no_show is not None and no_show.status is TicketStatus.NO_SHOW

    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # taken back
    qtbot.waitUntil(lambda: _text(screen, "Nuværende billet") == f"{first.number} – kaldt")
    assert (
        _text(screen, "Tilbagemelding") == f"Fortrudt: {first.number} er kaldt til skranke 1 igen"
    )
    assert not by_name(screen, "Fortryd udeblevet", QPushButton).isEnabled()
    back = queue.ticket(first.ticket_id)
    assert back is not None and back.status is TicketStatus.CALLED and back.counter_number == 1


def test_counter_call_to_done_takes_two_keys(qtbot: QtBot, desk: Desk) -> None:
    """The keystroke count of issue 19: a citizen called and finished in ≤ 2 keys."""
    services = desk.services
    issued: list[TicketReceipt] = []

    def arrive() -> TicketReceipt:
        citizen = services.registration.register_citizen(
            NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
        )
        return services.registration.issue_ticket(citizen.id, "jobbutik")

    desk.runner.run(arrive, issued.append)
    qtbot.waitUntil(lambda: bool(issued))
    desk.window.tabs.setCurrentWidget(desk.counter)
    qtbot.waitUntil(lambda: desk.counter.isAncestorOf(QApplication.focusWidget()))
    current = by_name(desk.counter, "Nuværende billet", QLabel)
    number = issued[0].number
    keys = 0
    for key, shows in (
        (Qt.Key.Key_F2, f"{number} – kaldt"),
        (Qt.Key.Key_F8, "Ingen borger ved skranken"),
    ):
        press(key)
        keys += 1
        qtbot.waitUntil(lambda shows=shows: current.text() == shows)
    print(f"counter call → done: {keys} keys")
    assert keys <= 2
    found: list[Ticket | None] = []
    desk.runner.run(lambda: services.queue.ticket(issued[0].ticket_id), found.append)
    qtbot.waitUntil(lambda: bool(found))
    assert found[0] is not None and found[0].status is TicketStatus.DONE


def test_the_desk_started_again_and_signed_in_shows_the_citizen_its_counter_holds(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Call, quit, start again, sign in at the same counter: the citizen is still there."""
    first_run = open_store(tmp_path / "desk")
    workstation = configure(first_run)
    session = session_for(first_run, workstation.staff_id)
    before = build_desk(first_run, workstation, tmp_path, "da", session=session)
    qtbot.addWidget(before.window)
    before.window.show()
    before.window.activateWindow()
    qtbot.waitExposed(before.window)
    services = before.services
    issued: list[TicketReceipt] = []

    def arrive() -> TicketReceipt:
        citizen = services.registration.register_citizen(
            NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
        )
        return services.registration.issue_ticket(citizen.id, "jobbutik", note="Mistet sit job")

    before.runner.run(arrive, issued.append)
    qtbot.waitUntil(lambda: bool(issued))
    before.window.tabs.setCurrentWidget(before.counter)
    qtbot.waitUntil(lambda: before.counter.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_F2)
    called = f"{issued[0].number} – kaldt"
    qtbot.waitUntil(lambda: by_name(before.counter, "Nuværende billet", QLabel).text() == called)
    qtbot.waitUntil(lambda: not before.runner.busy)
    before.window.close()  # quit
    before.runner.shutdown()
    first_run.close()

    second_run = open_store(tmp_path / "desk")  # started again: the desk opens locked
    session = session_for(second_run, workstation.staff_id)
    after = build_desk(second_run, configure(second_run), tmp_path, "da")
    qtbot.addWidget(after.window)
    after.window.show()
    qtbot.waitExposed(after.window)
    try:
        after.lock_screen.signed_in.emit(session)  # signed in at the same counter
        after.window.tabs.setCurrentWidget(after.counter)
        counter = after.counter
        qtbot.waitUntil(lambda: by_name(counter, "Nuværende billet", QLabel).text() == called)
        assert by_name(counter, "Borger", QLabel).text() == "Nadia Søndergård (070790-xxxx)"
        assert by_name(counter, "Note fra registreringen", QLabel).text() == "Mistet sit job"
        assert after.guard.violations == 0
    finally:
        qtbot.waitUntil(lambda: not after.runner.busy)
        after.runner.shutdown()
        second_run.close()

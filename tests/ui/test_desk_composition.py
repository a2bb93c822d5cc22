"""The whole desk as built by the composition root: a new uninsured walk-in goes from
CPR scan through primary visitation to a ticket for the interview queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from app.clock import service_day
from app.commands.envelope import utc_now
from app.entities import SupportBasis, TicketStatus
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, press
from ui.composition import Desk


def test_uninsured_walk_in_from_scan_through_visitation_to_ticket(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.registration
    field = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "0707901234")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    given = by_name(screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    qtbot.keyClicks(given, "Nadia")
    qtbot.keyClicks(by_name(screen, "Efternavn", QLineEdit), "Søndergård")
    basis = by_name(screen, "Forsørgelsesgrundlag", QComboBox)
    basis.setCurrentIndex(basis.findData(SupportBasis.CASH_BENEFIT.value))
    qtbot.keyClick(by_name(screen, "Efternavn", QLineEdit), Qt.Key.Key_Return)
    button = by_name(screen, "Primærvisitation", QPushButton)
    qtbot.waitUntil(button.isVisible)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert desk.window.tabs.currentWidget() is desk.visitation
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and desk.visitation.isAncestorOf(QApplication.focusWidget())
        )
    )
    QTest.keyClicks(QApplication.focusWidget(), "j")  # job-ready
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # every orientation point given
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # the suggested group meeting, ticket for the interview queue
    summary = desk.visitation  # the summary to read out; Enter closes it and hands on
    qtbot.waitUntil(
        lambda: (
            summary.summary_dialog is not None
            and QApplication.focusWidget() is summary.summary_dialog.close_button
        )
    )
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible())
    assert desk.window.tabs.currentWidget() is screen
    assert screen.ticket_dialog is not None
    assert by_name(screen.ticket_dialog, "Billetnummer", QLabel).text() == "A1-001"


@arranges_data_on_the_gui_thread
def test_a_student_is_not_offered_primary_visitation(qtbot: QtBot, desk: Desk) -> None:
    from app.registration import NewCitizen

    desk.registration._service.register_citizen(  # noqa: SLF001 - seed a returning citizen
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT)
    )
    field = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "2110625629")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.registration.current_citizen_id is not None)
    assert not by_name(desk.registration, "Primærvisitation", QPushButton).isVisible()


def test_the_waiting_room_display_opens_from_the_file_menu(qtbot: QtBot, desk: Desk) -> None:
    action = next(a for a in desk.window.file_menu.actions() if "venteværelsesskærm" in a.text())
    action.trigger()
    displays = [
        w
        for w in QApplication.topLevelWidgets()
        if w.accessibleName() == "Venteværelsesskærm" and w.isVisible()
    ]
    assert len(displays) == 1
    displays[0].close()


@arranges_data_on_the_gui_thread
def test_a_walk_in_is_served_at_once_and_still_counted(
    qtbot: QtBot, desk: Desk, store: LocalStore, workstation: WorkstationConfig
) -> None:
    from app.registration import NewCitizen

    service = desk.registration._service  # noqa: SLF001 - seed a returning citizen
    service.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.OTHER))
    field = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "2110625629")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.registration.current_citizen_id is not None)
    services = by_name(desk.registration, "Henvendelsesårsag", QListWidget)
    qtbot.keyClick(services, "1")  # the first reason
    walk_in = by_name(desk.registration, "Betjen her uden kø", QPushButton)
    qtbot.waitUntil(walk_in.isEnabled)
    press(Qt.Key.Key_F7)

    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is desk.counter)
    current = by_name(desk.counter, "Nuværende billet", QLabel)
    qtbot.waitUntil(lambda: "betjenes" in current.text())
    with store.unit_of_work() as uow:
        [ticket] = uow.tickets.in_queue(
            workstation.site_code, service_day(utc_now()), [s.value for s in TicketStatus]
        )
    # Issued, called and served in one go: an arrival that waited for nobody.
    assert ticket.status is TicketStatus.SERVING
    assert ticket.counter_number == workstation.counter_number
    assert ticket.called_at is not None and ticket.serving_at is not None
    assert current.text().startswith(ticket.number)

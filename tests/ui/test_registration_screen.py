"""The registration flow driven through the real registration_screen, on a real store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, scan_card
from ui.registration.screen import RegistrationScreen


def test_focus_starts_in_the_cpr_field(registration_screen: RegistrationScreen) -> None:
    assert registration_screen.focusWidget() is by_name(
        registration_screen, "CPR-nummer eller navn", QLineEdit
    )


def test_returning_citizen_scan_to_ticket_in_three_actions(
    qtbot: QtBot,
    registration_screen: RegistrationScreen,
    registration: RegistrationService,
    store: LocalStore,
) -> None:
    registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    actions = 0

    scan_card(qtbot, registration_screen, "2110625629")  # action 1: scan (digits + Enter)
    actions += 1
    name = by_name(registration_screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Søren Ågård")
    assert by_name(registration_screen, "CPR-nummer", QLabel).text() == "211062-xxxx"
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)
    assert services.hasFocus()

    qtbot.keyClick(services, "1")  # action 2: the reason's key (1 = Jobbutik)
    actions += 1
    qtbot.keyClick(services, Qt.Key.Key_Return)  # action 3: Enter issues the ticket
    actions += 1
    qtbot.waitUntil(
        lambda: (
            registration_screen.ticket_dialog is not None
            and registration_screen.ticket_dialog.isVisible()
        )
    )

    assert actions == 3
    assert by_name(registration_screen.ticket_dialog, "Billetnummer", QLabel).text() == "J1-001"
    # Nobody ahead and no counter has called yet: one default service time.
    wait = by_name(registration_screen.ticket_dialog, "Forventet ventetid", QLabel).text()
    assert wait == "Forventet ventetid: ca. 8 min"
    with store.unit_of_work() as uow:
        assert [env.name for _seq, env in uow.outbox.pending()][-2:] == [
            "start_visit",
            "issue_ticket",
        ]


def test_new_citizen_is_registered_and_gets_a_ticket(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    scan_card(qtbot, registration_screen, "070761-4285")
    given = by_name(registration_screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    assert by_name(registration_screen, "CPR-nummer for ny borger", QLabel).text() == "070761-4285"
    qtbot.keyClicks(given, "Mette")
    qtbot.keyClicks(by_name(registration_screen, "Efternavn", QLineEdit), "Kræmer")
    basis = by_name(registration_screen, "Forsørgelsesgrundlag", QComboBox)
    basis.setCurrentIndex(basis.findData(SupportBasis.CASH_BENEFIT.value))
    assert not by_name(
        registration_screen, "A-kasse", QComboBox
    ).isVisible()  # only for the insured
    qtbot.mouseClick(
        by_name(registration_screen, "Registrér borger", QPushButton), Qt.MouseButton.LeftButton
    )

    name = by_name(registration_screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Mette Kræmer")
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)
    qtbot.keyClick(services, "3")  # Primærvisitation
    qtbot.mouseClick(
        by_name(registration_screen, "Udsted billet", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: (
            registration_screen.ticket_dialog is not None
            and registration_screen.ticket_dialog.isVisible()
        )
    )
    assert registration_screen.ticket_dialog is not None
    assert by_name(registration_screen.ticket_dialog, "Billetnummer", QLabel).text() == "V1-001"
    _cpr, card = registration.find_by_cpr("0707614285")
    assert card is not None and card.citizen.support_basis is SupportBasis.CASH_BENEFIT


def test_invalid_cpr_shows_the_message_and_keeps_what_was_typed(
    qtbot: QtBot, registration_screen: RegistrationScreen
) -> None:
    scan_card(qtbot, registration_screen, "321362-1234")
    error = by_name(registration_screen, "Fejlbesked", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    assert "Måneden i CPR-nummeret (13) findes ikke" in error.text()
    assert by_name(registration_screen, "CPR-nummer eller navn", QLineEdit).text() == "321362-1234"


def test_form_error_keeps_every_field(
    qtbot: QtBot, registration_screen: RegistrationScreen
) -> None:
    scan_card(qtbot, registration_screen, "0707614285")
    given = by_name(registration_screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    qtbot.keyClicks(given, "Ida")
    qtbot.keyClicks(by_name(registration_screen, "Efternavn", QLineEdit), "Bøgh")
    qtbot.keyClicks(by_name(registration_screen, "E-mail", QLineEdit), "ikke-en-mail")
    qtbot.keyClick(by_name(registration_screen, "E-mail", QLineEdit), Qt.Key.Key_Return)
    error = by_name(registration_screen, "Fejl i formularen", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    assert "E-mailadressen ser ikke rigtig ud" in error.text()
    assert (given.text(), by_name(registration_screen, "Efternavn", QLineEdit).text()) == (
        "Ida",
        "Bøgh",
    )
    assert by_name(registration_screen, "E-mail", QLineEdit).hasFocus()


def test_name_search_as_you_type_and_open_a_hit(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT))
    registration.register_citizen(NewCitizen("0707614285", "Søren", "Bøgh", SupportBasis.STUDENT))
    field = by_name(registration_screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "søren")
    table = by_name(registration_screen, "Søgeresultater", QTableView)
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 2)
    qtbot.keyClicks(field, " aag")  # narrows to one; Enter opens it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    name = by_name(registration_screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.isVisible() and name.text() == "Søren Ågård")


def test_escape_clears_for_the_next_citizen(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT))
    scan_card(qtbot, registration_screen, "2110625629")
    qtbot.waitUntil(lambda: registration_screen.current_citizen_id is not None)
    qtbot.keyClick(
        by_name(registration_screen, "Henvendelsesårsag", QListWidget), Qt.Key.Key_Escape
    )
    field = by_name(registration_screen, "CPR-nummer eller navn", QLineEdit)
    assert registration_screen.current_citizen_id is None
    assert field.text() == "" and field.hasFocus()


def test_ticket_prints_to_a_pdf_without_cpr(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT))
    scan_card(qtbot, registration_screen, "2110625629")
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)
    qtbot.waitUntil(services.hasFocus)
    qtbot.keyClick(services, "2")
    qtbot.keyClick(services, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            registration_screen.ticket_dialog is not None
            and registration_screen.ticket_dialog.isVisible()
        )
    )
    dialog = registration_screen.ticket_dialog
    assert dialog is not None
    qtbot.mouseClick(by_name(dialog, "Udskriv billet", QPushButton), Qt.MouseButton.LeftButton)
    assert dialog.printed_path is not None and dialog.printed_path.stat().st_size > 500
    pdf = dialog.printed_path.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"2110625629" not in pdf and b"5629" not in pdf
    status = by_name(dialog, "Udskriftsstatus", QLabel)
    assert status.text() == f"Gemt som PDF: {dialog.printed_path.name}"  # no folder path
    assert status.toolTip() == str(dialog.printed_path)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # next citizen
    qtbot.waitUntil(lambda: registration_screen.current_citizen_id is None)


def test_a_second_ticket_while_the_first_waits_is_asked_for_once(
    qtbot: QtBot, registration_screen: RegistrationScreen, registration: RegistrationService
) -> None:
    registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)

    def scan_and_press_enter_on_jobbutik() -> None:
        scan_card(qtbot, registration_screen, "2110625629")
        qtbot.waitUntil(services.hasFocus)
        qtbot.keyClick(services, "1")
        qtbot.keyClick(services, Qt.Key.Key_Return)

    scan_and_press_enter_on_jobbutik()
    qtbot.waitUntil(lambda: registration_screen.ticket_dialog is not None)
    first = registration_screen.ticket_dialog
    assert first is not None
    qtbot.keyClick(first, Qt.Key.Key_Return)  # next citizen …
    qtbot.waitUntil(lambda: registration_screen.current_citizen_id is None)
    registration_screen.ticket_dialog = None

    scan_and_press_enter_on_jobbutik()  # … and Søren again, his ticket still waiting
    notice = by_name(registration_screen, "Oplysning", QLabel)
    qtbot.waitUntil(lambda: "allerede billet J1-001 til Jobbutik, som venter" in notice.text())
    assert registration_screen.ticket_dialog is None  # nothing issued without a word
    assert services.hasFocus()
    qtbot.keyClick(services, Qt.Key.Key_Return)  # Enter again: the receptionist means it
    qtbot.waitUntil(lambda: registration_screen.ticket_dialog is not None)
    second = registration_screen.ticket_dialog
    assert second is not None
    assert by_name(second, "Billetnummer", QLabel).text() == "J1-002"

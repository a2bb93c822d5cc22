"""An issued ticket goes to the workstation's printer at once, without a print dialog: an
ESC/POS printer on the network (a real TCP listener here), a system printer by name, or a
PDF in the data folder. A printer that fails says so in Danish and the ticket stands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis, TicketStatus
from app.printing import PRINTER_SETTING
from app.registration import NewCitizen, OpenTicket, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, focused, press, scan_card, shown_desk
from tests.ui.printing.conftest import PrinterPort
from ui.composition import Desk
from ui.registration.ticket_dialog import TicketDialog

CPR = "2110625629"
FALLBACK = "giv borgeren nummeret mundtligt."
GS_V_CUT = b"\x1dV\x00"  # ESC/POS: cut the paper
# ESC t n selects the printer's code page (Epson's numbering); python-escpos switches per
# run of text to one that holds its letters.
CODE_PAGES = {0: "cp437", 2: "cp850", 5: "cp865", 13: "cp857", 16: "cp1252", 19: "cp858"}


def printed_text(sent: bytes) -> str:
    """The bytes as the printer reads them: each run in the code page ESC t chose."""
    text, page, at = [], "cp437", 0
    while (escape := sent.find(b"\x1bt", at)) != -1:
        text.append(sent[at:escape].decode(page, errors="replace"))
        page = CODE_PAGES[sent[escape + 2]]
        at = escape + 3
    text.append(sent[at:].decode(page, errors="replace"))
    return "".join(text)


@contextmanager
def desk_printing_to(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    data_dir: Path,
    printer: str | None,
) -> Iterator[Desk]:
    """A desk whose workstation chose `printer` before, with Søren registered."""
    if printer is not None:
        store.settings.set_setting(PRINTER_SETTING, printer)
    registration.register_citizen(NewCitizen(CPR, "Søren", "Ågård", SupportBasis.STUDENT))
    desks = shown_desk(qtbot, store, workstation, data_dir, workstation.staff_id)
    try:
        yield next(desks)
    finally:
        next(desks, None)  # its background work stopped


def issue_a_ticket(qtbot: QtBot, desk: Desk) -> TicketDialog:
    """Scan Søren's card, press 2 (a reason) and Enter: the ticket dialog is in front."""
    screen = desk.registration
    scan_card(qtbot, screen, CPR)
    qtbot.waitUntil(by_name(screen, "Henvendelsesårsag", QListWidget).hasFocus)
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible())
    assert screen.ticket_dialog is not None
    return screen.ticket_dialog


def status_of(dialog: QWidget) -> QLabel:
    return by_name(dialog, "Udskriftsstatus", QLabel)


def ticket_in_the_queue(qtbot: QtBot, desk: Desk, citizen_id: str) -> OpenTicket | None:
    found: list[OpenTicket | None] = []
    desk.runner.run(lambda: desk.services.registration.open_ticket(citizen_id), found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


@pytest.fixture
def network_desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
    printer_port: PrinterPort,
) -> Iterator[Desk]:
    printer = f"escpos-net:{printer_port.address}"
    with desk_printing_to(qtbot, store, workstation, registration, tmp_path, printer) as desk:
        yield desk


def test_the_ticket_goes_to_the_network_printer_as_escpos_and_is_cut(
    qtbot: QtBot, network_desk: Desk, printer_port: PrinterPort
) -> None:
    dialog = issue_a_ticket(qtbot, network_desk)
    number = by_name(dialog, "Billetnummer", QLabel).text()
    status = status_of(dialog)
    qtbot.waitUntil(lambda: status.text() == f"Udskrevet på printeren {printer_port.address}.")
    qtbot.waitUntil(lambda: len(printer_port.jobs) == 1)
    sent = printer_port.jobs[0]
    assert sent.startswith(b"\x1b@")  # ESC @: the printer starts from its defaults
    assert number.encode("ascii") in sent
    assert "Musvågevej" in printed_text(sent)  # the site, in the printer's code pages
    assert sent.rstrip(b"\n").endswith(GS_V_CUT)
    assert CPR.encode() not in sent and CPR[-4:].encode() not in sent
    assert dialog.close_button.hasFocus()  # Enter still means «next citizen»


def test_an_unreachable_network_printer_is_said_in_danish_and_the_ticket_stands(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
    closed_port: int,
) -> None:
    address = f"127.0.0.1:{closed_port}"
    with desk_printing_to(
        qtbot, store, workstation, registration, tmp_path, f"escpos-net:{address}"
    ) as desk:
        dialog = issue_a_ticket(qtbot, desk)
        number = by_name(dialog, "Billetnummer", QLabel).text()
        citizen_id = desk.registration.current_citizen_id
        status = status_of(dialog)
        qtbot.waitUntil(lambda: FALLBACK in status.text())
        assert status.text() == (
            f"Billetten kunne ikke udskrives: printeren {address} svarer ikke. "
            f"Billet {number} er udstedt – giv borgeren nummeret mundtligt."
        )
        assert status.property("role") == "error"
        assert citizen_id is not None
        held = ticket_in_the_queue(qtbot, desk, citizen_id)
        assert held is not None and held.number == number
        assert held.status is TicketStatus.WAITING
        press(Qt.Key.Key_Return)  # next citizen: the desk goes on
        qtbot.waitUntil(lambda: desk.registration.current_citizen_id is None)


def test_a_print_that_fails_after_the_dialog_closed_is_said_in_the_status_bar(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
    closed_port: int,
) -> None:
    with desk_printing_to(
        qtbot, store, workstation, registration, tmp_path, f"escpos-net:127.0.0.1:{closed_port}"
    ) as desk:
        dialog = issue_a_ticket(qtbot, desk)
        number = by_name(dialog, "Billetnummer", QLabel).text()
        press(Qt.Key.Key_Return)  # on to the next citizen before the printer answered
        bar = desk.window.statusBar()
        qtbot.waitUntil(lambda: f"Billet {number} er udstedt" in bar.currentMessage())
        assert FALLBACK in bar.currentMessage()


def test_a_missing_system_printer_is_said_in_danish_and_the_ticket_stands(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
) -> None:
    with desk_printing_to(
        qtbot, store, workstation, registration, tmp_path, "system:Billetprinter Skranke 1"
    ) as desk:
        dialog = issue_a_ticket(qtbot, desk)
        number = by_name(dialog, "Billetnummer", QLabel).text()
        citizen_id = desk.registration.current_citizen_id
        status = status_of(dialog)
        qtbot.waitUntil(lambda: FALLBACK in status.text())
        assert status.text() == (
            "Billetten kunne ikke udskrives: printeren «Billetprinter Skranke 1» findes ikke "
            f"på denne pc. Billet {number} er udstedt – giv borgeren nummeret mundtligt."
        )
        assert citizen_id is not None
        held = ticket_in_the_queue(qtbot, desk, citizen_id)
        assert held is not None and held.number == number


def test_without_a_printer_chosen_the_ticket_is_a_pdf_in_the_data_folder(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
) -> None:
    with desk_printing_to(qtbot, store, workstation, registration, tmp_path, None) as desk:
        dialog = issue_a_ticket(qtbot, desk)
        number = by_name(dialog, "Billetnummer", QLabel).text()
        status = status_of(dialog)
        qtbot.waitUntil(lambda: status.text().startswith("Gemt som PDF: "))
        path = dialog.printed_path
        assert path is not None and path.parent == tmp_path / "billetter"
        assert path.name.endswith(f"-{number}.pdf") and status.text().endswith(path.name)
        pdf = path.read_bytes()
        assert pdf.startswith(b"%PDF") and CPR.encode() not in pdf
        assert focused() is dialog.close_button


def test_a_usb_printer_that_is_not_there_is_said_in_danish_and_the_ticket_stands(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
) -> None:
    """No such USB printer on this machine: unplugged, or (without libusb) not reachable."""
    with desk_printing_to(
        qtbot, store, workstation, registration, tmp_path, "escpos-usb:04b8:0202"
    ) as desk:
        dialog = issue_a_ticket(qtbot, desk)
        number = by_name(dialog, "Billetnummer", QLabel).text()
        citizen_id = desk.registration.current_citizen_id
        status = status_of(dialog)
        qtbot.waitUntil(lambda: FALLBACK in status.text())
        reasons = (
            "er ikke tilsluttet eller er slukket",
            "kan ikke bruges, fordi libusb mangler på denne pc (kontakt IT)",
        )
        assert status.text() in {
            f"Billetten kunne ikke udskrives: USB-printeren 04b8:0202 {reason}. "
            f"Billet {number} er udstedt – giv borgeren nummeret mundtligt."
            for reason in reasons
        }
        assert citizen_id is not None
        held = ticket_in_the_queue(qtbot, desk, citizen_id)
        assert held is not None and held.number == number

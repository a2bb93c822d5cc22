"""«Billetprinter», walked by keys: the workstation's printer chosen once, tried with a
test print, and remembered by the store for the next desk started on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from app.printing import PDF_PRINTER, PrinterKind, PrinterSpec, parse_printer_spec
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore, open_store
from tests.ui.helpers import by_name, focused, press, shown_desk
from tests.ui.printing.conftest import PrinterPort
from ui.composition import Desk
from ui.printing.printer_dialog import PrinterDialog


def open_from_the_file_menu(qtbot: QtBot, desk: Desk) -> PrinterDialog:
    """Filer → Billetprinter … (a menu cannot pop up on the offscreen platform)."""
    qtbot.waitUntil(lambda: desk.registration.isAncestorOf(focused()))
    [action] = [a for a in desk.window.file_menu.actions() if a.text() == "Billet&printer …"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(desk.window.findChildren(PrinterDialog)))
    dialog = desk.window.findChildren(PrinterDialog)[0]
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(focused()))
    return dialog


def test_the_printer_is_chosen_by_keys_tried_and_remembered_for_the_next_desk(
    qtbot: QtBot,
    desk: Desk,
    store: LocalStore,
    data_dir: Path,
    workstation: WorkstationConfig,
    tmp_path: Path,
    printer_port: PrinterPort,
) -> None:
    assert desk.registration.printer.spec == PDF_PRINTER  # nothing chosen yet
    dialog = open_from_the_file_menu(qtbot, desk)
    assert focused() is by_name(dialog, "PDF i en mappe", QRadioButton)  # what is in force

    press(Qt.Key.Key_Up)  # USB …
    press(Qt.Key.Key_Up)  # … the network printer
    network = by_name(dialog, "Netværksprinter (ESC/POS)", QRadioButton)
    assert focused() is network and network.isChecked()
    press(Qt.Key.Key_Tab)
    address = by_name(dialog, "Netværksprinterens adresse", QLineEdit)
    assert focused() is address
    QTest.keyClicks(focused(), "127.0.0.1:abc")
    press(Qt.Key.Key_Return)  # «Gem» refuses what is no address, and says why
    error = by_name(dialog, "Fejlbesked", QLabel)
    assert error.text() == "Porten «abc» skal være et tal fra 1 til 65535 (normalt 9100)."
    assert dialog.isVisible() and focused() is address
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), printer_port.address)

    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Testudskrift
    status = by_name(dialog, "Testudskriftens status", QLabel)
    qtbot.waitUntil(
        lambda: status.text() == f"Testudskriften er sendt til printeren {printer_port.address}."
    )
    qtbot.waitUntil(lambda: len(printer_port.jobs) == 1)
    assert b"Testudskrift" in printer_port.jobs[0] and b"\x1dV\x00" in printer_port.jobs[0]
    assert error.text() == ""

    with qtbot.waitSignal(dialog.accepted):
        press(Qt.Key.Key_Return)  # Gem: closes once the store has it
    chosen = PrinterSpec(PrinterKind.ESCPOS_NET, host="127.0.0.1", port=printer_port.port)
    assert desk.registration.printer.spec == chosen
    qtbot.waitUntil(lambda: not desk.runner.busy)

    # The desk started again on the same store prints there without being asked.
    again_store = open_store(data_dir)
    again: Iterator[Desk] = shown_desk(
        qtbot, again_store, workstation, tmp_path / "again", workstation.staff_id
    )
    try:
        second = next(again)
        qtbot.waitUntil(lambda: second.registration.printer.spec == chosen)
        reopened = open_from_the_file_menu(qtbot, second)
        assert focused() is by_name(reopened, "Netværksprinter (ESC/POS)", QRadioButton)
        shown = by_name(reopened, "Netværksprinterens adresse", QLineEdit)
        assert shown.text() == printer_port.address
        with qtbot.waitSignal(reopened.rejected):
            press(Qt.Key.Key_Escape)  # nothing changed
        assert second.registration.printer.spec == chosen
    finally:
        next(again, None)
        again_store.close()


def test_its_preset_from_it_shows_and_is_used_until_the_desk_chooses(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    from tests.ui.helpers import session_for
    from ui.composition import build_desk

    preset = parse_printer_spec("escpos-usb:04b8:0202")
    desk = build_desk(
        store,
        workstation,
        tmp_path,
        "da",
        session=session_for(store, workstation.staff_id),
        printer_preset=preset,
    )
    qtbot.addWidget(desk.window)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    try:
        qtbot.waitUntil(lambda: not desk.runner.busy)
        assert desk.registration.printer.spec == preset
        dialog = open_from_the_file_menu(qtbot, desk)
        note = by_name(dialog, "IT's forudindstilling", QLabel)
        assert note.text() == "IT har forudindstillet USB-printeren 04b8:0202 på denne pc."
        assert focused() is by_name(dialog, "USB-printer (ESC/POS)", QRadioButton)
        press(Qt.Key.Key_Tab)
        assert focused() is by_name(dialog, "USB-printerens id", QLineEdit)
        assert focused().text() == "04b8:0202"  # type: ignore[attr-defined]
        press(Qt.Key.Key_Escape)
    finally:
        desk.runner.shutdown()

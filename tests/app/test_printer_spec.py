"""The printer spec IT writes in skranke.ini and the desk keeps in its store: read, written
back, refused in Danish when it names no printer; the desk's choice before IT's preset."""

from __future__ import annotations

import pytest

from app.printing import (
    PDF_PRINTER,
    PRINTER_SETTING,
    PrinterKind,
    PrinterSpec,
    PrinterSpecError,
    parse_network_address,
    parse_printer_spec,
    parse_usb_ids,
    remember_printer,
    remembered_printer,
)
from local_cache.store import LocalStore


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("pdf", PDF_PRINTER),
        (" PDF ", PDF_PRINTER),
        ("system:Billetprinter Skranke 1", PrinterSpec(PrinterKind.SYSTEM, name="Billetprinter Skranke 1")),
        ("escpos-net:10.0.0.5:9100", PrinterSpec(PrinterKind.ESCPOS_NET, host="10.0.0.5", port=9100)),
        ("escpos-net:10.0.0.5", PrinterSpec(PrinterKind.ESCPOS_NET, host="10.0.0.5", port=9100)),
        ("escpos-net:bon-mus-1.kk.dk:9101", PrinterSpec(PrinterKind.ESCPOS_NET, host="bon-mus-1.kk.dk", port=9101)),
        ("escpos-usb:04b8:0202", PrinterSpec(PrinterKind.ESCPOS_USB, vendor_id=0x04B8, product_id=0x0202)),
        ("escpos-usb:0x4B8:0x202", PrinterSpec(PrinterKind.ESCPOS_USB, vendor_id=0x04B8, product_id=0x0202)),
    ],
)  # fmt: skip
def test_a_spec_is_read_and_written_back(text: str, spec: PrinterSpec) -> None:
    assert parse_printer_spec(text) == spec
    assert parse_printer_spec(spec.text) == spec


def test_the_written_form_is_the_documented_one() -> None:
    assert parse_printer_spec("escpos-usb:4b8:202").text == "escpos-usb:04b8:0202"
    assert parse_printer_spec("escpos-net:10.0.0.5").text == "escpos-net:10.0.0.5:9100"
    assert parse_printer_spec("system:Kasse").text == "system:Kasse"
    assert PDF_PRINTER.text == "pdf"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("laser", "«laser» er ikke en printer, Skranke kender"),
        ("system:", "Skriv printerens navn efter «system:»."),
        ("escpos-net:", "er ikke en netværksadresse"),
        ("escpos-net:10.0.0.5:abc", "Porten «abc» skal være et tal fra 1 til 65535"),
        ("escpos-net:10.0.0.5:70000", "Porten «70000» skal være et tal"),
        ("escpos-net:bad host:9100", "«bad host:9100» er ikke en netværksadresse"),
        ("escpos-usb:04b8", "«04b8» er ikke et USB-id"),
        ("escpos-usb:xyz:0202", "er ikke et USB-id"),
        ("pdf:/tmp", "er ikke en printer"),
    ],
)
def test_a_spec_that_names_no_printer_is_refused_in_danish(text: str, says: str) -> None:
    with pytest.raises(PrinterSpecError) as refused:
        parse_printer_spec(text)
    assert says in refused.value.message


def test_the_dialog_fields_read_an_address_and_usb_ids() -> None:
    assert parse_network_address(" 10.0.0.7 ") == PrinterSpec(
        PrinterKind.ESCPOS_NET, host="10.0.0.7", port=9100
    )
    assert parse_usb_ids("0416:5011") == PrinterSpec(
        PrinterKind.ESCPOS_USB, vendor_id=0x0416, product_id=0x5011
    )


def test_the_desks_choice_wins_over_its_preset_and_pdf_is_the_fallback(store: LocalStore) -> None:
    preset = parse_printer_spec("escpos-net:10.0.0.5:9100")
    assert remembered_printer(store.settings) == PDF_PRINTER
    assert remembered_printer(store.settings, preset) == preset
    chosen = parse_printer_spec("system:Billetprinter")
    remember_printer(store.settings, chosen)
    assert store.settings.get_setting(PRINTER_SETTING) == "system:Billetprinter"
    assert remembered_printer(store.settings, preset) == chosen


def test_a_remembered_value_that_no_longer_reads_falls_back(
    store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.settings.set_setting(PRINTER_SETTING, "laser:9")
    preset = parse_printer_spec("escpos-usb:04b8:0202")
    assert remembered_printer(store.settings, preset) == preset
    assert "the remembered ticket printer is not usable" in caplog.text

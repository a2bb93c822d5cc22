"""The ticket printer a workstation prints to: the spec string IT and the desk share, and
where the desk remembers the choice. No Qt and no printing here (ui/printing prints)."""

from app.printing.printer_spec import (
    DEFAULT_ESCPOS_PORT,
    PDF_PRINTER,
    PrinterKind,
    PrinterSpec,
    PrinterSpecError,
    parse_network_address,
    parse_printer_spec,
    parse_usb_ids,
)
from app.printing.remembered import PRINTER_SETTING, remember_printer, remembered_printer

__all__ = [
    "DEFAULT_ESCPOS_PORT",
    "PDF_PRINTER",
    "PRINTER_SETTING",
    "PrinterKind",
    "PrinterSpec",
    "PrinterSpecError",
    "parse_network_address",
    "parse_printer_spec",
    "parse_usb_ids",
    "remember_printer",
    "remembered_printer",
]

"""A ticket sent to an ESC/POS thermal printer through python-escpos: over TCP (port 9100)
or USB. This blocks until the printer took the bytes or gave up (a switched-off network
printer: the connect timeout), so it runs on the print thread, never on the GUI thread.

USB goes through pyusb, which needs the libusb library: on Windows, libusb-1.0.dll next to
the program or on PATH, and the printer bound to the WinUSB driver (Zadig); see
docs/printing.md.
"""

from __future__ import annotations

import socket
from typing import Any

from app.printing import PrinterKind, PrinterSpec
from ui.printing.errors import (
    PrinterError,
    connection_lost,
    no_usb_library,
    not_answering,
    not_connected,
)
from ui.printing.ticket_text import TicketText

NETWORK_TIMEOUT_S = 5.0  # connect and send: a printer on the LAN answers in milliseconds
USB_TIMEOUT_MS = 5000


def send_escpos(spec: PrinterSpec, text: TicketText) -> None:
    """Print `text` on the ESC/POS printer `spec` and cut the paper; `PrinterError` when
    the printer is not there or stops answering."""
    printer = _open(spec)
    try:
        _compose(printer, text)
    except PrinterError:
        raise
    except Exception as exc:  # noqa: BLE001 - socket, USB and escpos errors alike: the printer
        raise connection_lost(spec) from exc
    finally:
        try:
            printer.close()
        except Exception:  # noqa: BLE001, S110 - closing a dead connection may fail too
            pass


def _open(spec: PrinterSpec) -> Any:
    if spec.kind is PrinterKind.ESCPOS_NET:
        from escpos.printer import Network  # type: ignore[import-untyped]

        printer: Any = Network(spec.host, spec.port, timeout=NETWORK_TIMEOUT_S)
        # Connected here rather than by Network.open, which (3.1) leaves the socket open
        # when the printer does not answer: one lost file handle per failed ticket.
        try:
            printer.device = socket.create_connection(
                (spec.host, spec.port), timeout=NETWORK_TIMEOUT_S
            )
        except OSError as exc:
            raise not_answering(spec) from exc
        return printer
    if spec.kind is PrinterKind.ESCPOS_USB:
        from escpos.exceptions import DeviceNotFoundError  # type: ignore[import-untyped]
        from escpos.printer import Usb

        printer = Usb(spec.vendor_id, spec.product_id, timeout=USB_TIMEOUT_MS)
        try:
            printer.open()
        except DeviceNotFoundError as exc:
            raise not_connected(spec) from exc
        except (ValueError, RuntimeError) as exc:  # pyusb's NoBackendError: no libusb
            raise no_usb_library(spec) from exc
        return printer
    raise ValueError(f"not an ESC/POS printer: {spec.text}")


def _compose(printer: Any, text: TicketText) -> None:
    printer.hw("INIT")
    printer.set(align="center", normal_textsize=True)
    printer.textln(text.heading)
    printer.set(align="center", bold=True, normal_textsize=True)
    printer.textln(text.site)
    printer.set(align="center", normal_textsize=True)
    printer.textln(text.service)
    printer.ln()
    printer.set(align="center", bold=True, custom_size=True, width=4, height=4)
    printer.textln(text.number)
    printer.set(align="center", normal_textsize=True)
    printer.ln()
    for line in text.footer:
        printer.textln(line)
    printer.cut()

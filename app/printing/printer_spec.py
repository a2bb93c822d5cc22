"""A ticket printer written as one line, the same in IT's skranke.ini and the desk's store:

    pdf                         a PDF file per ticket in the data folder (the fallback)
    system:<name>               a printer the operating system knows, by its name
    escpos-net:<host>[:<port>]  an ESC/POS thermal printer on the network: a host name or an
                                IPv4 address (python-escpos connects over IPv4), port 9100
                                when none is given
    escpos-usb:<vid>:<pid>      an ESC/POS thermal printer on USB, vendor and product id in hex

`parse_printer_spec` reads it (a `PrinterSpecError` in Danish says what is wrong) and
`PrinterSpec.text` writes it back, so a parsed spec round-trips.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.errors import Phrase, ValidationError

DEFAULT_ESCPOS_PORT = 9100
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]*[A-Za-z0-9])?$")
_USB_ID = re.compile(r"^(0x)?[0-9A-Fa-f]{1,4}$")
FORMAT_HELP = Phrase("pdf, system:<navn>, escpos-net:<vært>:<port> eller escpos-usb:<vid>:<pid>")


class PrinterSpecError(ValidationError):
    """A printer spec that cannot be used as written."""


class PrinterKind(StrEnum):
    PDF = "pdf"
    SYSTEM = "system"
    ESCPOS_NET = "escpos-net"
    ESCPOS_USB = "escpos-usb"


@dataclass(frozen=True, slots=True)
class PrinterSpec:
    kind: PrinterKind
    name: str = ""  # system: the printer's name as the operating system lists it
    host: str = ""  # escpos-net
    port: int = DEFAULT_ESCPOS_PORT  # escpos-net
    vendor_id: int = 0  # escpos-usb
    product_id: int = 0  # escpos-usb

    @property
    def text(self) -> str:
        """The spec as one line (what `parse_printer_spec` reads)."""
        if self.kind is PrinterKind.SYSTEM:
            return f"system:{self.name}"
        if self.kind is PrinterKind.ESCPOS_NET:
            return f"escpos-net:{self.address}"
        if self.kind is PrinterKind.ESCPOS_USB:
            return f"escpos-usb:{self.usb_ids}"
        return "pdf"

    @property
    def address(self) -> str:
        """host:port of a network printer."""
        return f"{self.host}:{self.port}"

    @property
    def usb_ids(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"


PDF_PRINTER = PrinterSpec(PrinterKind.PDF)


def parse_printer_spec(text: str) -> PrinterSpec:
    """The printer `text` names; `PrinterSpecError` (Danish) when it names none."""
    line = text.strip()
    kind, sep, rest = line.partition(":")
    kind = kind.strip().lower()
    if kind == PrinterKind.PDF and not rest.strip():
        return PDF_PRINTER
    if kind == PrinterKind.SYSTEM and sep:
        name = rest.strip()
        if not name:
            raise PrinterSpecError("Skriv printerens navn efter «system:».", field="printer")
        return PrinterSpec(PrinterKind.SYSTEM, name=name)
    if kind == PrinterKind.ESCPOS_NET and sep:
        host, port = _host_and_port(rest.strip())
        return PrinterSpec(PrinterKind.ESCPOS_NET, host=host, port=port)
    if kind == PrinterKind.ESCPOS_USB and sep:
        vendor, product = _usb_ids(rest.strip())
        return PrinterSpec(PrinterKind.ESCPOS_USB, vendor_id=vendor, product_id=product)
    raise PrinterSpecError(
        "«{line}» er ikke en printer, Skranke kender. Skriv {help}.",
        field="printer",
        line=line,
        help=FORMAT_HELP,
    )


def parse_network_address(text: str) -> PrinterSpec:
    """`host[:port]` as typed in the printer dialog: a network ESC/POS printer."""
    host, port = _host_and_port(text.strip())
    return PrinterSpec(PrinterKind.ESCPOS_NET, host=host, port=port)


def parse_usb_ids(text: str) -> PrinterSpec:
    """`vid:pid` (hex) as typed in the printer dialog: a USB ESC/POS printer."""
    vendor, product = _usb_ids(text.strip())
    return PrinterSpec(PrinterKind.ESCPOS_USB, vendor_id=vendor, product_id=product)


def _host_and_port(text: str) -> tuple[str, int]:
    host, _, port_text = text.partition(":")
    if not _HOST.match(host):
        raise _bad_address(text)
    port = DEFAULT_ESCPOS_PORT
    if port_text:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise PrinterSpecError(
                "Porten «{port}» skal være et tal fra 1 til 65535 (normalt 9100).",
                field="printer",
                port=port_text,
            )
        port = int(port_text)
    return host, port


def _bad_address(text: str) -> PrinterSpecError:
    return PrinterSpecError(
        "«{text}» er ikke en netværksadresse. Skriv vært:port, fx 10.0.0.5:9100.",
        field="printer",
        text=text,
    )


def _usb_ids(text: str) -> tuple[int, int]:
    vendor, sep, product = text.partition(":")
    if not sep or not _USB_ID.match(vendor.strip()) or not _USB_ID.match(product.strip()):
        raise PrinterSpecError(
            "«{text}» er ikke et USB-id. Skriv leverandør-id:produkt-id i hex, fx 04b8:0202.",
            field="printer",
            text=text,
        )
    return int(vendor.strip(), 16), int(product.strip(), 16)

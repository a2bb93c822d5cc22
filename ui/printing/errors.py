"""Why a ticket did not come out of the printer, in one Danish line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import KnownError
from app.printing import PrinterKind, PrinterSpec


class PrinterError(KnownError):
    """The printer could not print (missing, unreachable, unplugged): the user is told
    which and the ticket stands. The message completes «Billetten kunne ikke udskrives: …»."""


def describe(spec: PrinterSpec, pdf_folder: str = "") -> str:
    """The printer as the receptionist knows it: «printeren 10.0.0.5:9100» and the like."""
    # QCoreApplication.translate is thread-safe: the print thread describes too
    if spec.kind is PrinterKind.SYSTEM:
        return QCoreApplication.translate("Printing", "printeren «%1»").replace("%1", spec.name)
    if spec.kind is PrinterKind.ESCPOS_NET:
        return QCoreApplication.translate("Printing", "printeren %1").replace("%1", spec.address)
    if spec.kind is PrinterKind.ESCPOS_USB:
        return QCoreApplication.translate("Printing", "USB-printeren %1").replace(
            "%1", spec.usb_ids
        )
    return QCoreApplication.translate("Printing", "PDF i mappen %1").replace("%1", pdf_folder)


def not_answering(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "%1 svarer ikke").replace("%1", describe(spec))
    )


def connection_lost(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "forbindelsen til %1 blev afbrudt").replace(
            "%1", describe(spec)
        )
    )


def not_connected(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "%1 er ikke tilsluttet eller er slukket").replace(
            "%1", describe(spec)
        )
    )


def no_usb_library(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate(
            "Printing", "%1 kan ikke bruges, fordi libusb mangler på denne pc (kontakt IT)"
        ).replace("%1", describe(spec))
    )


def no_such_printer(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "%1 findes ikke på denne pc").replace(
            "%1", describe(spec)
        )
    )


def cannot_start(spec: PrinterSpec) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "%1 kunne ikke startes").replace(
            "%1", describe(spec)
        )
    )


def cannot_write_pdf(path: str) -> PrinterError:
    return PrinterError(
        QCoreApplication.translate("Printing", "PDF-filen %1 kunne ikke skrives").replace(
            "%1", path
        )
    )

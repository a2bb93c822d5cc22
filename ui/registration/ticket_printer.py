"""Prints a queue ticket through QPrinter; a PDF file by default (no CPR, no full name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.clock import COPENHAGEN
from app.registration import TicketReceipt


def print_ticket_pdf(receipt: TicketReceipt, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    local = receipt.issued_at.astimezone(COPENHAGEN)
    path = folder / f"billet-{local:%Y%m%d}-{receipt.number}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "TicketPrinter", "Billetten kunne ikke skrives til %1."
            ).replace("%1", str(path))
        )
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        third = page.height() / 3
        painter.setFont(QFont("Sans Serif", 12))
        header = f"Jobcenter København – {receipt.site_name}\n{receipt.service_name}"
        painter.drawText(QRectF(0, 0, page.width(), third), Qt.AlignmentFlag.AlignCenter, header)
        painter.setFont(QFont("Sans Serif", 48, QFont.Weight.Bold))
        painter.drawText(
            QRectF(0, third, page.width(), third), Qt.AlignmentFlag.AlignCenter, receipt.number
        )
        painter.setFont(QFont("Sans Serif", 10))
        footer = QCoreApplication.translate(
            "TicketPrinter", "Udstedt %1 – hold øje med skærmen"
        ).replace("%1", f"{local:%d.%m.%Y %H:%M}")
        if receipt.expected_wait_min is not None:
            footer += "\n" + QCoreApplication.translate(
                "TicketPrinter", "Forventet ventetid: ca. %1 min"
            ).replace("%1", str(receipt.expected_wait_min))
        painter.drawText(
            QRectF(0, 2 * third, page.width(), third), Qt.AlignmentFlag.AlignCenter, footer
        )
    finally:
        painter.end()
    return path

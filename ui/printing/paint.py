"""A ticket painted with QPainter: into a PDF file or onto a printer the system knows.

QPainter on a QPrinter belongs to the GUI thread. Both are quick: a PDF is a small file,
and a system printer's job goes to the operating system's spooler, which prints it on its
own time. The page is a ticket, 80 mm wide, as on a receipt printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.printing import PrinterKind, PrinterSpec
from ui.printing.errors import cannot_start, cannot_write_pdf, no_such_printer
from ui.printing.ticket_text import TicketText

TICKET_WIDTH_MM = 80
TICKET_HEIGHT_MM = 110
MARGIN_MM = 4


def ticket_page() -> QPageLayout:
    size = QPageSize(
        QSizeF(TICKET_WIDTH_MM, TICKET_HEIGHT_MM), QPageSize.Unit.Millimeter, "Billet 80 mm"
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def print_pdf(text: TicketText, folder: Path) -> Path:
    """The ticket as `folder/<file_stem>.pdf`; `PrinterError` when it cannot be written."""
    path = folder / f"{text.file_stem}.pdf"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise cannot_write_pdf(str(path)) from None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(ticket_page())
    if not _paint(printer, text):
        raise cannot_write_pdf(str(path))
    return path


def print_system(text: TicketText, spec: PrinterSpec) -> None:
    """To the printer the operating system calls `spec.name`, without a print dialog;
    `PrinterError` when there is no such printer or it cannot start a job."""
    assert spec.kind is PrinterKind.SYSTEM
    info = QPrinterInfo.printerInfo(spec.name)  # this one printer, not the whole list
    if info.isNull():
        raise no_such_printer(spec)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName(spec.name)
    printer.setDocName(f"Billet {text.number}")
    printer.setPageLayout(ticket_page())
    if not _paint(printer, text):
        raise cannot_start(spec)


def _paint(printer: QPrinter, text: TicketText) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        width, third = page.width(), page.height() / 3
        centre = Qt.AlignmentFlag.AlignCenter
        painter.setFont(QFont("Sans Serif", 11))
        header = f"{text.heading} – {text.site}\n{text.service}"
        painter.drawText(QRectF(0, 0, width, third), centre | Qt.TextFlag.TextWordWrap, header)
        painter.setFont(QFont("Sans Serif", 44, QFont.Weight.Bold))
        painter.drawText(QRectF(0, third, width, third), centre, text.number)
        painter.setFont(QFont("Sans Serif", 9))
        footer = "\n".join(text.footer)
        painter.drawText(
            QRectF(0, 2 * third, width, third), centre | Qt.TextFlag.TextWordWrap, footer
        )
    finally:
        painter.end()
    return True

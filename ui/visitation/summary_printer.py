"""The visitation summary on paper for the citizen: a PDF in the desk's data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.clock import COPENHAGEN
from app.visitation.summary import VisitationSummary
from ui.visitation.summary_text import summary_lines, summary_title


def summary_file(summary: VisitationSummary, folder: Path) -> Path:
    """No name or CPR in the file's name: the folder may be browsed by others."""
    decided = summary.decided_at.astimezone(COPENHAGEN)
    return folder / f"visitation-{decided:%Y%m%d-%H%M}-{summary.citizen_id[:8]}.pdf"


def print_summary_pdf(summary: VisitationSummary, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = summary_file(summary, folder)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "SummaryPrinter", "Resuméet kunne ikke skrives til {path}."
            ).format(path=path)
        )
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        painter.setFont(QFont("Sans Serif", 13, QFont.Weight.Bold))
        heading = QCoreApplication.translate("SummaryPrinter", "Jobcenter København")
        title = f"{heading}\n{summary_title(summary)}"
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(page, flags, title)
        painter.drawText(page, flags, title)
        painter.setFont(QFont("Sans Serif", 11))
        body = "\n\n".join(f"{heading}:\n{text}" for heading, text in summary_lines(summary))
        gap = used.height() + page.height() * 0.03  # a line of air between title and body
        painter.drawText(page.adjusted(0, gap, 0, 0), flags, body)
    finally:
        painter.end()
    return path

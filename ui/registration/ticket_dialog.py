"""The issued ticket, shown large and printed at once on the workstation's printer;
Ctrl+P prints it again, Enter/Escape go on.

The ticket is issued before it is printed: a printer that fails says so here, in Danish,
and the receptionist gives the citizen the number by word of mouth."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.registration import TicketReceipt
from ui.failures import failure_text
from ui.formats import format_time
from ui.printing.ticket_printer import Printed, TicketPrinter
from ui.printing.ticket_text import ticket_text, wait_line

log = logging.getLogger(__name__)


class TicketDialog(QDialog):
    printed = Signal(object)  # TicketReceipt: the print went out (logged)

    def __init__(
        self, receipt: TicketReceipt, printer: TicketPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._receipt = receipt
        self._printer = printer
        self.printed_path: Path | None = None
        self.setWindowTitle(self.tr("Billet %1").replace("%1", receipt.number))
        self.setAccessibleName(self.tr("Udstedt billet"))

        self.number_label = QLabel(receipt.number)
        self.number_label.setAccessibleName(self.tr("Billetnummer"))
        self.number_label.setProperty("role", "ticket")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        when = format_time(receipt.issued_at)
        details = QLabel(f"{receipt.service_name} · {receipt.site_name} · {when}")
        details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_label = QLabel()
        self.wait_label.setAccessibleName(self.tr("Forventet ventetid"))
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_label.setText(wait_line(receipt))
        self.print_status = QLabel()
        self.print_status.setAccessibleName(self.tr("Udskriftsstatus"))
        self.print_status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Udskriv (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Udskriv billet"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setAutoDefault(False)  # Enter always means "next citizen"
        self.close_button = QPushButton(self.tr("&Næste borger (Enter)"))
        self.close_button.setAccessibleName(self.tr("Næste borger"))
        self.close_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number_label)
        layout.addWidget(details)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.print_status)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self.close_button.setFocus()
        # Printed as soon as the number is on screen, without a print dialog.
        QTimer.singleShot(0, self, self.print_ticket)

    def print_ticket(self) -> None:
        """Send the ticket to the workstation's printer (again, with Ctrl+P)."""
        self._show_status(
            self.tr("Udskriver på %1 …").replace("%1", self._printer.describe()), error=False
        )
        self._printer.print_ticket(
            ticket_text(self._receipt), self._on_printed, self._on_print_failed, owner=self
        )

    def _on_print_button_clicked(self) -> None:
        self.print_ticket()
        self.close_button.setFocus()

    def _on_printed(self, printed: Printed) -> None:
        self.printed_path = printed.pdf_path
        if printed.pdf_path is not None:
            # The file's name is what the receptionist needs; where it lies is in the tooltip.
            self._show_status(
                self.tr("Gemt som PDF: %1").replace("%1", printed.pdf_path.name), error=False
            )
            self.print_status.setToolTip(str(printed.pdf_path))
        else:
            self._show_status(
                self.tr("Udskrevet på %1.").replace("%1", self._printer.describe(printed.spec)),
                error=False,
            )
            self.print_status.setToolTip("")
        self.printed.emit(self._receipt)

    def _on_print_failed(self, error: BaseException) -> None:
        text = (
            self.tr(
                "Billetten kunne ikke udskrives: %1. Billet %2 er udstedt – "
                "giv borgeren nummeret mundtligt."
            )
            .replace("%1", failure_text(error).rstrip("."))
            .replace("%2", self._receipt.number)
        )
        self._show_status(text, error=True)
        self.print_status.setToolTip("")
        if not self.isVisible():  # the receptionist went on already: the window says it
            self._printer.unseen_failure.emit(text)

    def _show_status(self, text: str, *, error: bool) -> None:
        self.print_status.setText(text)
        self.print_status.setProperty("role", "error" if error else "")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        if self.isVisible():  # a longer line (a printer's error) gets its room
            self.adjustSize()

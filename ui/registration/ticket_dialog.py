"""The issued ticket, shown large, with printing (Ctrl+P) and Enter/Escape to go on."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.clock import COPENHAGEN
from app.registration import TicketReceipt
from ui.failures import failure_text
from ui.registration.ticket_printer import print_ticket_pdf

log = logging.getLogger(__name__)


class TicketDialog(QDialog):
    printed = Signal(object)  # TicketReceipt: the print went out (logged)

    def __init__(
        self, receipt: TicketReceipt, print_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._receipt = receipt
        self._print_folder = print_folder
        self.printed_path: Path | None = None
        self.setWindowTitle(self.tr("Billet %1").replace("%1", receipt.number))
        self.setAccessibleName(self.tr("Udstedt billet"))

        self.number_label = QLabel(receipt.number)
        self.number_label.setAccessibleName(self.tr("Billetnummer"))
        self.number_label.setProperty("role", "ticket")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        local = receipt.issued_at.astimezone(COPENHAGEN)
        details = QLabel(f"{receipt.service_name} · {receipt.site_name} · {local:%H:%M}")
        details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_label = QLabel()
        self.wait_label.setAccessibleName(self.tr("Forventet ventetid"))
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if receipt.expected_wait_min is not None:
            self.wait_label.setText(
                self.tr("Forventet ventetid: ca. %1 min").replace(
                    "%1", str(receipt.expected_wait_min)
                )
            )
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
        self.close_button.setFocus()

    def _on_print_button_clicked(self) -> None:
        try:
            self.printed_path = print_ticket_pdf(self._receipt, self._print_folder)
        except OSError as exc:
            log.warning("printing ticket failed: %s", exc)
            self.print_status.setText(
                self.tr("Udskrivning mislykkedes: %1").replace("%1", failure_text(exc))
            )
            return
        # The file's name is what the receptionist needs; where it lies is in the tooltip.
        self.print_status.setText(self.tr("Gemt som PDF: %1").replace("%1", self.printed_path.name))
        self.print_status.setToolTip(str(self.printed_path))
        self.printed.emit(self._receipt)
        self.close_button.setFocus()

"""The end of a visitation: what it decided, to read out or hand over as a PDF; Enter closes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.visitation.summary import VisitationSummary
from ui.failures import failure_text
from ui.visitation.summary_printer import print_summary_pdf
from ui.visitation.summary_text import summary_lines, summary_plain_text, summary_title

log = logging.getLogger(__name__)

MIN_WIDTH_PX = 640


class SummaryDialog(QDialog):
    def __init__(
        self, summary: VisitationSummary, print_folder: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._summary = summary
        self._print_folder = print_folder
        self.printed_path: Path | None = None
        self.setWindowTitle(self.tr("Visitationen er afsluttet"))
        self.setAccessibleName(self.tr("Resumé af visitationen"))
        title = QLabel(summary_title(summary))
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        title.setAccessibleName(self.tr("Resuméets overskrift"))
        form = QFormLayout()
        for heading, text in summary_lines(summary):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(heading)
            form.addRow(QLabel(heading + ":"), value)
        self.text = summary_plain_text(summary)
        self.print_status = QLabel()
        self.print_status.setAccessibleName(self.tr("Udskriftsstatus"))
        self.print_status.setWordWrap(True)
        self.print_status.hide()  # shown with its message: empty, it only left a gap
        self.print_button = QPushButton(self.tr("&Gem som PDF (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Gem resumé som PDF"))
        self.print_button.setAutoDefault(False)  # Enter always closes
        self.print_button.setVisible(print_folder is not None)
        self.close_button = QPushButton(self.tr("&Luk (Enter)"))
        self.close_button.setAccessibleName(self.tr("Luk resuméet"))
        self.close_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        # Ctrl+P wherever the cursor is in the dialog, as on the ticket.
        save = QShortcut(QKeySequence.StandardKey.Print, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.print_status)
        layout.addStretch(1)  # spare height below the points, not between the lines
        layout.addLayout(buttons)
        # Wide enough that a meeting's day, time and place read as one line.
        self.setMinimumWidth(MIN_WIDTH_PX)
        self.close_button.setFocus()

    def _on_print_button_clicked(self) -> None:
        if self._print_folder is None:
            return
        self.print_status.show()
        try:
            self.printed_path = print_summary_pdf(self._summary, self._print_folder)
        except OSError as exc:
            log.warning("saving the visitation summary failed: %s", exc)
            self.print_status.setText(
                self.tr("Resuméet blev ikke gemt: {reason}").format(reason=failure_text(exc))
            )
            return
        # The file's name is what the receptionist needs; where it lies is in the tooltip.
        self.print_status.setText(
            self.tr("Gemt som PDF: {name}").format(name=self.printed_path.name)
        )
        self.print_status.setToolTip(str(self.printed_path))
        self.close_button.setFocus()

"""«Afslut …»: a kvikservice request ends fulfilled or cancelled (Enter closes it, Esc not)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.records import KvikStatus


class KvikCloseDialog(QDialog):
    def __init__(self, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afslut forespørgsel"))
        heading = QLabel(self.tr("Afslut forespørgslen fra %1 som:").replace("%1", company_name))
        heading.setWordWrap(True)
        self.fulfilled_radio = QRadioButton(self.tr("&Opfyldt – kandidaterne er sendt"))
        self.fulfilled_radio.setAccessibleName(self.tr("Opfyldt"))
        self.fulfilled_radio.setChecked(True)
        self.cancelled_radio = QRadioButton(self.tr("&Annulleret – virksomheden trak den tilbage"))
        self.cancelled_radio.setAccessibleName(self.tr("Annulleret"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Afslut (Enter)"))
        ok.setAccessibleName(self.tr("Afslut forespørgslen"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Fortryd (Esc)"))
        cancel.setAccessibleName(self.tr("Fortryd"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fulfilled_radio)
        layout.addWidget(self.cancelled_radio)
        layout.addWidget(buttons)
        self.fulfilled_radio.setFocus()

    def status(self) -> KvikStatus:
        return KvikStatus.FULFILLED if self.fulfilled_radio.isChecked() else KvikStatus.CANCELLED

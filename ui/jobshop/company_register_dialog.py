"""«Ny virksomhed …»: name, CVR (optional), phone and the one responsible consultant.

The consultant defaults to the person signed in. A refusal (a wrong CVR, a company
already registered) is shown here in Danish and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.entities import Staff
from app.jobshop.company_service import CompanyService
from ui.background import BackgroundRunner
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure


def fill_consultants(combo: QComboBox, staff: Sequence[Staff], chosen: str) -> None:
    """Staff as "Name (SITE)", the `chosen` id selected."""
    combo.clear()
    for member in staff:
        combo.addItem(f"{member.name} ({member.site_code})", member.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


class CompanyRegisterDialog(QDialog):
    registered = Signal(str)  # the new company's id

    def __init__(
        self,
        companies: CompanyService,
        runner: BackgroundRunner,
        staff: Sequence[Staff],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._companies = companies
        self._runner = runner
        self.setWindowTitle(self.tr("Ny virksomhed"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Virksomhedens navn"))
        self.cvr_edit = QLineEdit()
        self.cvr_edit.setAccessibleName(self.tr("CVR-nummer"))
        self.cvr_edit.setPlaceholderText(self.tr("8 cifre, hvis kendt"))
        self.cvr_edit.setMaxLength(12)
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Virksomhedens telefon"))
        self.responsible_combo = QComboBox()
        self.responsible_combo.setAccessibleName(self.tr("Ansvarlig konsulent"))
        fill_consultants(self.responsible_combo, staff, companies.acting_staff_id)
        self.error_label = error_label(self.tr("Fejl ved virksomhed"))
        buttons, self.ok_button = ok_cancel(
            self, self._on_buttons_accepted, self.tr("Opret virksomhed"), self.tr("Opret (Enter)")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name_edit)
        form.addRow(self.tr("&CVR-nummer:"), self.cvr_edit)
        form.addRow(self.tr("&Telefon:"), self.phone_edit)
        form.addRow(self.tr("&Ansvarlig konsulent:"), self.responsible_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.error_label.setText(self.tr("Skriv virksomhedens navn."))
            self.name_edit.setFocus()
            return
        cvr = self.cvr_edit.text().strip().replace(" ", "")
        phone = self.phone_edit.text().strip()
        responsible = str(self.responsible_combo.currentData() or "") or None
        self.ok_button.setEnabled(False)
        self.error_label.clear()

        def done(company_id: str) -> None:
            self.registered.emit(company_id)
            self.accept()

        self._runner.run(
            lambda: self._companies.register(
                name, cvr=cvr, phone=phone, responsible_staff_id=responsible
            ),
            done,
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        refusal = show_failure(self.error_label, self.ok_button, error)
        field = {"cvr": self.cvr_edit, "name": self.name_edit, "phone": self.phone_edit}
        if refusal is not None and refusal.field in field:
            field[refusal.field].setFocus()

"""One company beside the list: CVR, phone, the responsible consultant (and handing it over),
colleagues' recent contacts, the whole contact log and «Registrér kontakt …»."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.entities import Staff
from app.jobshop.company_service import CompanyLine, ContactLine
from ui.formats import format_datetime
from ui.jobshop.company_models import ContactTableModel, subject_label
from ui.jobshop.company_register_dialog import fill_consultants
from ui.jobshop.company_table import company_table


@dataclass(frozen=True, slots=True)
class CompanyDetail:
    line: CompanyLine
    log: list[ContactLine]  # every contact, newest first
    others_recent: list[ContactLine]  # colleagues' contacts inside the warning window


class CompanyDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff: list[Staff] = []
        self._detail: CompanyDetail | None = None
        self.name_label = QLabel(self.tr("Vælg en virksomhed på listen."))
        self.name_label.setAccessibleName(self.tr("Virksomhedens navn"))
        self.name_label.setProperty("role", "heading")
        self.cvr_label = QLabel()
        self.cvr_label.setAccessibleName(self.tr("Virksomhedens CVR-nummer"))
        self.phone_label = QLabel()
        self.phone_label.setAccessibleName(self.tr("Virksomhedens telefonnummer"))
        self.responsible_label = QLabel()
        self.responsible_label.setAccessibleName(self.tr("Virksomhedens ansvarlige konsulent"))
        self.consultant_combo = QComboBox()
        self.consultant_combo.setAccessibleName(self.tr("Ny ansvarlig konsulent"))
        self.assign_button = QPushButton(self.tr("Skift ansvarlig (Ctrl+J)"))
        self.assign_button.setAccessibleName(self.tr("Skift ansvarlig konsulent"))
        self.assign_button.setShortcut(QKeySequence("Ctrl+J"))
        self.others_label = QLabel()
        self.others_label.setAccessibleName(self.tr("Kollegers seneste kontakter"))
        self.others_label.setWordWrap(True)
        self.contacts_model = ContactTableModel(self)
        self.contacts_table = company_table(self.contacts_model, self.tr("Kontaktlog"))
        self.contact_button = QPushButton(self.tr("Registrér kontakt … (Ctrl+K)"))
        self.contact_button.setAccessibleName(self.tr("Registrér kontakt"))
        self.contact_button.setShortcut(QKeySequence("Ctrl+K"))

        form = QFormLayout()
        form.addRow(self.tr("CVR-nummer:"), self.cvr_label)
        form.addRow(self.tr("Telefon:"), self.phone_label)
        form.addRow(self.tr("Ansvarlig konsulent:"), self.responsible_label)
        assign = QHBoxLayout()
        assign.addWidget(self.consultant_combo, 1)
        assign.addWidget(self.assign_button)
        consultant_label = QLabel(self.tr("Ny &ansvarlig:"))
        consultant_label.setBuddy(self.consultant_combo)
        form.addRow(consultant_label, assign)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        layout.addWidget(self.others_label)
        contacts_label = QLabel(self.tr("Kon&taktlog:"))
        contacts_label.setBuddy(self.contacts_table)
        layout.addWidget(contacts_label)
        layout.addWidget(self.contacts_table, 1)
        layout.addWidget(self.contact_button)
        self.show_company(None)

    def set_staff(self, staff: Sequence[Staff]) -> None:
        self._staff = list(staff)
        self._fill_consultants(self._detail)

    def chosen_consultant(self) -> str | None:
        data = self.consultant_combo.currentData()
        return str(data) if data else None

    def show_company(self, detail: CompanyDetail | None) -> None:
        before, self._detail = self._detail, detail
        for widget in (self.consultant_combo, self.assign_button, self.contact_button):
            widget.setEnabled(detail is not None)
        if detail is None:
            self.name_label.setText(self.tr("Vælg en virksomhed på listen."))
            for label in (self.cvr_label, self.phone_label, self.responsible_label):
                label.clear()
            self.others_label.clear()
            self.contacts_model.set_lines([])
            return
        company = detail.line.company
        self.name_label.setText(company.name)
        self.cvr_label.setText(company.cvr or self.tr("ikke oplyst"))
        self.phone_label.setText(company.phone or self.tr("ikke oplyst"))
        self.responsible_label.setText(detail.line.responsible_name)
        self.others_label.setText(self.others_text(detail.others_recent))
        self.contacts_model.set_lines(detail.log)
        self._fill_consultants(before)

    def others_text(self, lines: Sequence[ContactLine]) -> str:
        if not lines:
            return self.tr("Ingen kolleger har kontaktet virksomheden for nylig.")
        items = [
            self.tr("%1, %2: %3")
            .replace("%1", line.staff_name)
            .replace("%2", format_datetime(line.contact.contacted_at))
            .replace("%3", subject_label(line.contact.subject))
            for line in lines
        ]
        return "\n".join([self.tr("Kollegers seneste kontakter:"), *items])

    def _fill_consultants(self, before: CompanyDetail | None) -> None:
        """The company's responsible consultant chosen, unless the user has picked another
        for the same company: that pick outlives a refresh of the view."""
        responsible = self._detail.line.company.responsible_staff_id if self._detail else ""
        chosen = self._pick_kept_from(before) or responsible
        fill_consultants(self.consultant_combo, self._staff, chosen)

    def _pick_kept_from(self, before: CompanyDetail | None) -> str | None:
        """The consultant picked (not yet handed the company) while `before` was shown, if
        the same company is shown now."""
        if before is None or self._detail is None:
            return None
        if before.line.company.id != self._detail.line.company.id:
            return None
        picked = self.chosen_consultant()
        return picked if picked != before.line.company.responsible_staff_id else None

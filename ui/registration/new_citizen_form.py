"""The short form for a citizen who is not in the store yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.entities import SupportBasis, SupportBasisInfo
from app.registration import NewCitizen


class NewCitizenForm(QWidget):
    submitted = Signal(object)  # NewCitizen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cpr = ""
        self.cpr_label = QLabel()
        self.cpr_label.setAccessibleName(self.tr("CPR-nummer for ny borger"))
        self.given_edit = QLineEdit()
        self.given_edit.setAccessibleName(self.tr("Fornavn"))
        self.family_edit = QLineEdit()
        self.family_edit.setAccessibleName(self.tr("Efternavn"))
        self.basis_box = QComboBox()
        self.basis_box.setAccessibleName(self.tr("Forsørgelsesgrundlag"))
        self.a_kasse_edit = QLineEdit()
        self.a_kasse_edit.setAccessibleName(self.tr("A-kasse"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setAccessibleName(self.tr("Telefon"))
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("E-mail"))
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejl i formularen"))
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("&Registrér borger"))
        self.submit_button.setAccessibleName(self.tr("Registrér borger"))

        layout = QFormLayout(self)
        title = QLabel(self.tr("Ny borger – ikke fundet i registret"))
        title.setProperty("role", "heading")
        layout.addRow(title)
        layout.addRow(self.tr("CPR-nummer:"), self.cpr_label)
        layout.addRow(self.tr("&Fornavn:"), self.given_edit)
        layout.addRow(self.tr("&Efternavn:"), self.family_edit)
        layout.addRow(self.tr("&Forsørgelse:"), self.basis_box)
        layout.addRow(self.tr("&A-kasse:"), self.a_kasse_edit)
        layout.addRow(self.tr("&Telefon:"), self.phone_edit)
        layout.addRow(self.tr("E-&mail:"), self.email_edit)
        layout.addRow(self.error_label)
        layout.addRow(self.submit_button)

        self.basis_box.currentIndexChanged.connect(self._on_basis_box_changed)
        self.submit_button.clicked.connect(self._on_submit)
        for edit in (
            self.given_edit,
            self.family_edit,
            self.a_kasse_edit,
            self.phone_edit,
            self.email_edit,
        ):
            edit.returnPressed.connect(self._on_submit)

    def set_support_bases(self, bases: Sequence[SupportBasisInfo], lang: str) -> None:
        self.basis_box.clear()
        for info in bases:
            self.basis_box.addItem(
                info.label_en if lang == "en" else info.label_da, info.code.value
            )
        self._on_basis_box_changed()

    def start(self, formatted_cpr: str) -> None:
        """A fresh form for this CPR; what was typed for another CPR is cleared."""
        if formatted_cpr != self._cpr:
            for edit in (
                self.given_edit,
                self.family_edit,
                self.a_kasse_edit,
                self.phone_edit,
                self.email_edit,
            ):
                edit.clear()
            self.basis_box.setCurrentIndex(0)
        self._cpr = formatted_cpr
        self.cpr_label.setText(formatted_cpr)
        self.error_label.clear()
        self.given_edit.setFocus()

    def show_error(self, message: str, field: str | None) -> None:
        """Show the reason and put the cursor where it is wrong; nothing typed is lost."""
        self.error_label.setText(message)
        target = {
            "given_name": self.given_edit,
            "family_name": self.family_edit,
            "support_basis": self.basis_box,
            "a_kasse": self.a_kasse_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
        }.get(field or "")
        if target is not None:
            target.setFocus()

    def _on_basis_box_changed(self) -> None:
        self.a_kasse_edit.setEnabled(self.basis_box.currentData() == SupportBasis.INSURED.value)

    def _on_submit(self) -> None:
        self.error_label.clear()
        self.submitted.emit(
            NewCitizen(
                cpr=self._cpr,
                given_name=self.given_edit.text(),
                family_name=self.family_edit.text(),
                support_basis=SupportBasis(self.basis_box.currentData()),
                a_kasse=self.a_kasse_edit.text() if self.a_kasse_edit.isEnabled() else "",
                phone=self.phone_edit.text(),
                email=self.email_edit.text(),
            )
        )

"""The short form for a citizen who is not in the store yet.

A citizen not found at the desk is usually uninsured and here for primary visitation,
so the form starts on the uninsured basis (kontanthjælp); the a-kasse is asked only for
the insured, and only from the list of recognised a-kasser.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.a_kasser import load_a_kasser
from app.entities import SupportBasis, SupportBasisInfo
from app.registration import NewCitizen

# Where a new citizen usually stands: uninsured, categorised at once.
NEW_CITIZEN_BASIS = SupportBasis.CASH_BENEFIT


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
        self.a_kasse_box = QComboBox()  # not editable: only a recognised a-kasse is accepted
        self.a_kasse_box.setAccessibleName(self.tr("A-kasse"))
        self.a_kasse_box.setPlaceholderText(self.tr("Vælg a-kasse …"))
        self.a_kasse_box.addItems(list(load_a_kasser()))
        self.a_kasse_box.setCurrentIndex(-1)
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

        layout = self._layout = QFormLayout(self)
        title = QLabel(self.tr("Ny borger – ikke fundet i registret"))
        title.setProperty("role", "heading")
        layout.addRow(title)
        layout.addRow(self.tr("CPR-nummer:"), self.cpr_label)
        layout.addRow(self.tr("&Fornavn:"), self.given_edit)
        layout.addRow(self.tr("&Efternavn:"), self.family_edit)
        layout.addRow(self.tr("&Forsørgelse:"), self.basis_box)
        layout.addRow(self.tr("&A-kasse:"), self.a_kasse_box)
        layout.addRow(self.tr("&Telefon:"), self.phone_edit)
        layout.addRow(self.tr("E-&mail:"), self.email_edit)
        layout.addRow(self.error_label)
        layout.addRow(self.submit_button)

        self.basis_box.currentIndexChanged.connect(self._on_basis_box_changed)
        self.submit_button.clicked.connect(self._on_submit)
        for edit in (self.given_edit, self.family_edit, self.phone_edit, self.email_edit):
            edit.returnPressed.connect(self._on_submit)

    def set_support_bases(self, bases: Sequence[SupportBasisInfo], lang: str) -> None:
        self.basis_box.clear()
        for info in bases:
            self.basis_box.addItem(
                info.label_en if lang == "en" else info.label_da, info.code.value
            )
        self._select_new_citizen_basis()

    def start(self, formatted_cpr: str) -> None:
        """A fresh form for this CPR; what was typed for another CPR is cleared."""
        if formatted_cpr != self._cpr:
            for edit in (self.given_edit, self.family_edit, self.phone_edit, self.email_edit):
                edit.clear()
            self.a_kasse_box.setCurrentIndex(-1)
            self._select_new_citizen_basis()
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
            "a_kasse": self.a_kasse_box,
            "phone": self.phone_edit,
            "email": self.email_edit,
        }.get(field or "")
        if target is not None:
            target.setFocus()

    def _select_new_citizen_basis(self) -> None:
        found = self.basis_box.findData(NEW_CITIZEN_BASIS.value)
        self.basis_box.setCurrentIndex(found if found >= 0 else 0)
        self._on_basis_box_changed()

    def _insured(self) -> bool:
        return bool(self.basis_box.currentData() == SupportBasis.INSURED.value)

    def _on_basis_box_changed(self) -> None:
        self._layout.setRowVisible(self.a_kasse_box, self._insured())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a choice (basis, a-kasse) registers too, as it does in the text fields.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_submit()
        else:
            super().keyPressEvent(event)

    def _on_submit(self) -> None:
        self.error_label.clear()
        if self._insured() and self.a_kasse_box.currentIndex() < 0:
            self.show_error(self.tr("Vælg borgerens a-kasse på listen."), "a_kasse")
            return
        self.submitted.emit(
            NewCitizen(
                cpr=self._cpr,
                given_name=self.given_edit.text(),
                family_name=self.family_edit.text(),
                support_basis=SupportBasis(self.basis_box.currentData()),
                a_kasse=self.a_kasse_box.currentText() if self._insured() else "",
                phone=self.phone_edit.text(),
                email=self.email_edit.text(),
            )
        )

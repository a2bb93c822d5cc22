"""Administrators: set a colleague's password or PIN on this workstation (unlocks the account)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.entities import Staff
from app.security.staff_secrets import StaffSecrets
from ui.background import BackgroundRunner
from ui.failures import failure_text


class StaffSecretsDialog(QDialog):
    def __init__(
        self, secrets: StaffSecrets, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._runner = runner
        self.setWindowTitle(self.tr("Medarbejdernes adgangskoder"))
        self.setAccessibleName(self.tr("Medarbejdernes adgangskoder"))
        self.staff_box = QComboBox()
        self.staff_box.setAccessibleName(self.tr("Medarbejder"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("Ny adgangskode eller PIN-kode"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setAccessibleName(self.tr("Gentag adgangskoden"))
        for edit in (self.secret_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self.tr("&Gem adgangskode"))
        self.save_button.setAccessibleName(self.tr("Gem adgangskode"))
        self.save_button.setDefault(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status for adgangskoden"))
        self.status_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Medarbejder:"), self.staff_box)
        form.addRow(self.tr("&Ny adgangskode:"), self.secret_edit)
        form.addRow(self.tr("&Gentag:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self._runner.run(self._secrets.staff, self._fill, self._failed, owner=self)

    def _fill(self, staff: list[Staff]) -> None:
        for member in staff:
            self.staff_box.addItem(
                f"{member.initials} – {member.name} ({member.site_code})", member.id
            )

    def _on_save_button_clicked(self) -> None:
        staff_id = str(self.staff_box.currentData() or "")
        secret = self.secret_edit.text()
        if secret != self.repeat_edit.text():
            self.status_label.setText(self.tr("De to adgangskoder er ikke ens."))
            return
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Gemmer …"))

        def saved(_none: None) -> None:
            self.save_button.setEnabled(True)
            self.secret_edit.clear()
            self.repeat_edit.clear()
            self.status_label.setText(
                self.tr("Adgangskoden er gemt for %1.").replace("%1", self.staff_box.currentText())
            )

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(error)

        self._runner.run(
            lambda: self._secrets.set_secret(staff_id, secret), saved, failed, owner=self
        )

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(failure_text(error))

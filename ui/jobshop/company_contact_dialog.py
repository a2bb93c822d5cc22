"""«Registrér kontakt …»: subject, channel and a note; a colleague's recent contact warns first.

Before saving, the dialog asks CompanyService.contact_warning. When a colleague
contacted the company about the same subject within the window, the dialog shows
who and when and stops: Esc cancels, Enter registers anyway (logged as warned).
Changing the subject asks again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.company_service import CompanyService, ContactWarning
from app.jobshop.records import ContactSubject
from ui.background import BackgroundRunner
from ui.formats import format_datetime
from ui.jobshop.company_models import CHANNELS, channel_label, subject_label
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure


class CompanyContactDialog(QDialog):
    logged = Signal(str)  # the new contact's id

    def __init__(
        self,
        companies: CompanyService,
        runner: BackgroundRunner,
        company_id: str,
        company_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._companies = companies
        self._runner = runner
        self._company_id = company_id
        self._warned_for: ContactSubject | None = None  # the subject the user was warned about
        self.setWindowTitle(self.tr("Registrér kontakt"))
        heading = QLabel(self.tr("Kontakt med %1").replace("%1", company_name))
        heading.setProperty("role", "heading")
        self.subject_combo = QComboBox()
        self.subject_combo.setAccessibleName(self.tr("Emne"))
        for subject in ContactSubject:
            self.subject_combo.addItem(subject_label(subject), subject.value)
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(self.tr("Kontaktform"))
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Notat om kontakten"))
        self.warning_label = QLabel()
        self.warning_label.setAccessibleName(self.tr("Advarsel om kollegas kontakt"))
        self.warning_label.setProperty("role", "error")  # the theme's attention style
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.error_label = error_label(self.tr("Fejl ved kontakt"))
        buttons, self.ok_button = ok_cancel(
            self, self._on_buttons_accepted, self.tr("Registrér kontakten")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Emne:"), self.subject_combo)
        form.addRow(self.tr("&Kontaktform:"), self.channel_combo)
        form.addRow(self.tr("&Notat:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.subject_combo.currentIndexChanged.connect(self._on_subject_combo_changed)
        self._show_ok_text()
        self.subject_combo.setFocus()

    def subject(self) -> ContactSubject:
        return ContactSubject(str(self.subject_combo.currentData()))

    def _show_ok_text(self) -> None:
        warned = self._warned_for is not None
        self.ok_button.setText(
            self.tr("Registrér alligevel (Enter)") if warned else self.tr("Registrér (Enter)")
        )

    def _on_subject_combo_changed(self) -> None:
        self._warned_for = None  # another subject: ask again before saving
        self.warning_label.hide()
        self._show_ok_text()

    def _on_buttons_accepted(self) -> None:
        subject = self.subject()
        self.ok_button.setEnabled(False)
        self.error_label.clear()
        if self._warned_for is subject:  # seen the warning and going on
            self._save(subject, warned=True)
            return
        self._runner.run(
            lambda: self._companies.contact_warning(self._company_id, subject),
            lambda warning: self._on_warning_checked(subject, warning),
            self._show_error,
            owner=self,
        )

    def _on_warning_checked(self, subject: ContactSubject, warning: ContactWarning | None) -> None:
        if warning is None:
            self._save(subject, warned=False)
            return
        self._warned_for = subject
        self.warning_label.setText(self.warning_text(warning))
        self.warning_label.show()
        self._show_ok_text()
        self.ok_button.setEnabled(True)
        self.ok_button.setFocus()

    def warning_text(self, warning: ContactWarning) -> str:
        lines = [
            self.tr("%1 kontaktede virksomheden om «%2» den %3 (%4).")
            .replace("%1", line.staff_name)
            .replace("%2", subject_label(warning.subject))
            .replace("%3", format_datetime(line.contact.contacted_at))
            .replace("%4", channel_label(line.contact.channel))
            for line in warning.contacts
        ]
        advice = self.tr(
            "Tal med kollegaen, før du kontakter virksomheden om det samme. "
            "Esc annullerer; Enter registrerer kontakten alligevel."
        )
        return "\n".join([*lines, advice])

    def _save(self, subject: ContactSubject, *, warned: bool) -> None:
        channel = str(self.channel_combo.currentData())
        note = self.note_edit.text().strip()

        def done(contact_id: str) -> None:
            self.logged.emit(contact_id)
            self.accept()

        self._runner.run(
            lambda: self._companies.log_contact(
                self._company_id, subject, channel=channel, note=note, warned=warned
            ),
            done,
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        show_failure(self.error_label, self.ok_button, error)

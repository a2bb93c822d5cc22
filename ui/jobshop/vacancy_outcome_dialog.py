"""«Registrér resultat …»: what came of one referral (applied, interview, hired …) and a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.records import ReferralOutcome
from app.jobshop.vacancy_service import ReferralLine, VacancyService
from ui.background import BackgroundRunner
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure
from ui.jobshop.vacancy_referrals_model import outcome_label


class OutcomeDialog(QDialog):
    recorded = Signal(bool)  # True: this outcome filled the vacancy's last position

    def __init__(
        self,
        vacancies: VacancyService,
        runner: BackgroundRunner,
        line: ReferralLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vacancies = vacancies
        self._runner = runner
        self._referral_id = line.referral.id
        self.setWindowTitle(self.tr("Registrér resultat af henvisning"))
        heading = QLabel(
            self.tr("%1 – henvist til «%2»")
            .replace("%1", line.citizen_name)
            .replace("%2", line.vacancy_title)
        )
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Resultat"))
        for outcome in ReferralOutcome:
            if outcome is not ReferralOutcome.PENDING:
                self.outcome_combo.addItem(outcome_label(outcome), outcome.value)
        current = self.outcome_combo.findData(line.referral.outcome.value)
        self.outcome_combo.setCurrentIndex(max(current, 0))
        self.note_edit = QLineEdit(line.referral.outcome_note)
        self.note_edit.setAccessibleName(self.tr("Bemærkning til resultatet"))
        self.error_label = error_label(self.tr("Fejl ved resultat"))
        buttons, self.ok_button = ok_cancel(
            self,
            self._on_buttons_accepted,
            self.tr("Gem resultat"),
            self.tr("Gem resultat (Enter)"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        result_label = QLabel(self.tr("&Resultat:"))
        result_label.setBuddy(self.outcome_combo)
        layout.addWidget(result_label)
        layout.addWidget(self.outcome_combo)
        note_label = QLabel(self.tr("&Bemærkning:"))
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.outcome_combo.setFocus()

    def chosen_outcome(self) -> ReferralOutcome:
        return ReferralOutcome(self.outcome_combo.currentData())

    def _on_buttons_accepted(self) -> None:
        outcome, note = self.chosen_outcome(), self.note_edit.text().strip()
        self.ok_button.setEnabled(False)
        self.error_label.clear()

        def done(filled: bool) -> None:
            self.recorded.emit(filled)
            self.accept()

        self._runner.run(
            lambda: self._vacancies.record_outcome(self._referral_id, outcome, note),
            done,
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        show_failure(self.error_label, self.ok_button, error)

"""«Henvis borger …»: pick a citizen (name or CPR, as at the desk) and refer them to a vacancy.

The citizen open on the registration card (or picked on the card) comes preselected.
A refusal (already referred, vacancy closed) is shown here and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entities import SupportBasis, SupportBasisInfo
from app.jobshop.vacancy_service import VacancyService
from app.registration import RegistrationService, SearchHit
from ui.background import BackgroundRunner
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure
from ui.registration.search_model import SearchHitsModel

SEARCH_DELAY_MS = 150
CitizenChoice = tuple[str, str]  # (citizen id, what to show: name and masked CPR)


class ReferDialog(QDialog):
    referred = Signal(str)  # the new referral's id

    def __init__(
        self,
        registration: RegistrationService,
        vacancies: VacancyService,
        runner: BackgroundRunner,
        vacancy_id: str,
        vacancy_title: str,
        preselected: CitizenChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registration = registration
        self._vacancies = vacancies
        self._runner = runner
        self._vacancy_id = vacancy_id
        self._chosen = preselected
        self._generation = 0
        self.setWindowTitle(self.tr("Henvis borger til job"))
        # Filled on the worker thread; the first search queues behind it, so hits have labels.
        self._labels: dict[SupportBasis, str] = {}

        heading = QLabel(self.tr("Henvis en borger til «%1»").replace("%1", vacancy_title))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Søg borger"))
        self.search_edit.setPlaceholderText(self.tr("Navn eller CPR-nummer"))
        self.hits_model = SearchHitsModel(lambda basis: self._labels.get(basis, basis.value))
        runner.run(registration.all_support_bases, self._got_support_bases, owner=self)
        self.hits_table = QTableView()
        self.hits_table.setAccessibleName(self.tr("Fundne borgere"))
        self.hits_table.setModel(self.hits_model)
        self.hits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits_table.horizontalHeader().setStretchLastSection(True)
        self.chosen_label = QLabel()
        self.chosen_label.setAccessibleName(self.tr("Valgt borger"))
        self.chosen_label.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Bemærkning til henvisningen"))
        self.error_label = error_label(self.tr("Fejl ved henvisning"))
        buttons, self.ok_button = ok_cancel(
            self, self._on_buttons_accepted, self.tr("Henvis"), self.tr("Henvis (Enter)")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        search_label = QLabel(self.tr("&Find borgeren (navn eller CPR):"))
        search_label.setBuddy(self.search_edit)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.hits_table, 1)
        layout.addWidget(self.chosen_label)
        note_label = QLabel(self.tr("&Bemærkning:"))
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 460)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.hits_table.selectionModel().currentRowChanged.connect(self._on_hits_row_changed)
        self.hits_table.activated.connect(lambda _i: self.note_edit.setFocus())
        self._show_chosen()
        (self.note_edit if preselected else self.search_edit).setFocus()

    @property
    def chosen_citizen_id(self) -> str | None:
        return self._chosen[0] if self._chosen else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter in the search field goes to the hits, not to «Henvis»."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_edit.hasFocus():
            self._timer.stop()
            self._search(self.search_edit.text(), go_to_hits=True)
            return
        super().keyPressEvent(event)

    # --- finding the citizen ---------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        self._search(self.search_edit.text(), go_to_hits=False)

    def _search(self, text: str, *, go_to_hits: bool) -> None:
        self._generation += 1
        generation = self._generation

        def deliver(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return  # typed on: stale
            self.hits_model.set_hits(hits)
            self.error_label.setText("" if hits else self.tr("Ingen borgere fundet."))
            if hits and go_to_hits:
                self.hits_table.selectRow(0)
                self.hits_table.setFocus()

        self._runner.run(
            lambda: self._registration.search(text), deliver, self._show_error, owner=self
        )

    def _on_hits_row_changed(self) -> None:
        row = self.hits_table.currentIndex().row()
        if 0 <= row < self.hits_model.rowCount():
            hit = self.hits_model.hit(row)
            self._chosen = (hit.citizen_id, f"{hit.full_name} ({hit.masked_cpr})")
            self._show_chosen()

    def _show_chosen(self) -> None:
        text = self._chosen[1] if self._chosen else self.tr("ingen – søg borgeren frem")
        self.chosen_label.setText(self.tr("Henvises: %1").replace("%1", text))

    # --- referring -------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        if self._chosen is None:
            self.error_label.setText(self.tr("Vælg først den borger, der skal henvises."))
            self.search_edit.setFocus()
            return
        citizen_id, note = self._chosen[0], self.note_edit.text().strip()
        self.ok_button.setEnabled(False)
        self.error_label.clear()

        def done(referral_id: str) -> None:
            self.referred.emit(referral_id)
            self.accept()

        self._runner.run(
            lambda: self._vacancies.refer(citizen_id, self._vacancy_id, note),
            done,
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        """Refusals in the user's words; the citizen, the note and the search stay."""
        show_failure(self.error_label, self.ok_button, error)

    def _got_support_bases(self, bases: list[SupportBasisInfo]) -> None:
        self._labels = {info.code: info.label_da for info in bases}
        self.hits_model.layoutChanged.emit()  # hits shown before the labels came

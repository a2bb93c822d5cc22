"""One vacancy beside the list: every field, the contact consultant and its referrals,
with the actions «Henvis borger …», «Registrér resultat …», «Ret job …», «Markér som besat»
and «Tag ordren» (the job shop at the site the order landed at takes it).

Turned toward the citizen, the internal part (consultant, referrals, actions) is hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.company_service import CompanyService
from app.jobshop.records import TradeArea, VacancyChannel, VacancyStatus
from app.jobshop.vacancy_service import VacancyDetail, VacancyService
from app.registration import RegistrationService
from ui.background import BackgroundRunner
from ui.formats import format_datetime
from ui.jobshop.dialog_parts import show_error
from ui.jobshop.refer_dialog import CitizenChoice, ReferDialog
from ui.jobshop.vacancy_form_dialog import VacancyFormDialog
from ui.jobshop.vacancy_model import date_text, status_label
from ui.jobshop.vacancy_outcome_dialog import OutcomeDialog
from ui.jobshop.vacancy_referrals_model import ON_VACANCY, ReferralTableModel

log = logging.getLogger(__name__)
# Read from a step away, beside the counsellor.
CITIZEN_VIEW_STYLE = 'QLabel { font-size: 26px; } QLabel[role="heading"] { font-size: 34px; }'


class VacancyDetailPanel(QWidget):
    vacancy_changed = Signal(str)  # a referral, outcome or edit: the list should refresh

    def __init__(
        self,
        vacancies: VacancyService,
        companies: CompanyService,
        registration: RegistrationService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vacancies = vacancies
        self._companies = companies
        self._registration = registration
        self._runner = runner
        self._detail: VacancyDetail | None = None
        self._generation = 0
        self._loading = False
        self._focus_when_loaded = False
        self._trade_areas: list[TradeArea] = []
        self._citizen_source: Callable[[], CitizenChoice | None] = lambda: None
        self.refer_dialog: ReferDialog | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        self.form_dialog: VacancyFormDialog | None = None

        self.title_label = QLabel(self.tr("Vælg et job på listen."))
        self.title_label.setAccessibleName(self.tr("Jobbets titel"))
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)
        self._fields: dict[str, QLabel] = {}
        public = QFormLayout()
        for key, caption, name in (
            ("company", self.tr("Virksomhed:"), self.tr("Jobbets virksomhed")),
            ("trade", self.tr("Branche:"), self.tr("Jobbets branche")),
            ("place", self.tr("Arbejdssted:"), self.tr("Jobbets arbejdssted")),
            ("hours", self.tr("Arbejdstid:"), self.tr("Jobbets arbejdstid")),
            ("requirements", self.tr("Krav:"), self.tr("Jobbets krav")),
            ("deadline", self.tr("Ansøgningsfrist:"), self.tr("Jobbets ansøgningsfrist")),
            ("positions", self.tr("Antal stillinger:"), self.tr("Jobbets antal stillinger")),
            ("status", self.tr("Status:"), self.tr("Jobbets status")),
        ):
            self._fields[key] = label = QLabel()
            label.setAccessibleName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            public.addRow(caption, label)

        self.internal = QWidget()  # what only staff see
        self.contact_label = QLabel()
        self.contact_label.setAccessibleName(self.tr("Jobbets kontaktkonsulent"))
        self.distribution_label = QLabel()
        self.distribution_label.setAccessibleName(self.tr("Jobordrens afdeling"))
        self.distribution_label.setWordWrap(True)
        self.referrals_model = ReferralTableModel(ON_VACANCY, self)
        self.referrals_table = QTableView()
        self.referrals_table.setAccessibleName(self.tr("Henvisninger til jobbet"))
        self.referrals_table.setModel(self.referrals_model)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals_table.horizontalHeader().setStretchLastSection(True)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Jobbets besked"))
        self.message_label.setWordWrap(True)
        self.refer_button = self._button(self.tr("Henvis borger … (Ctrl+H)"), "Ctrl+H")
        self.refer_button.setAccessibleName(self.tr("Henvis borger"))
        self.outcome_button = self._button(self.tr("Registrér resultat … (Ctrl+R)"), "Ctrl+R")
        self.outcome_button.setAccessibleName(self.tr("Registrér resultat"))
        self.edit_button = self._button(self.tr("Ret job … (F2)"), "F2")
        self.edit_button.setAccessibleName(self.tr("Ret job"))
        self.fill_button = self._button(self.tr("Markér som besat (Ctrl+B)"), "Ctrl+B")
        self.fill_button.setAccessibleName(self.tr("Markér som besat"))
        self.pick_up_button = self._button(self.tr("Tag ordren (Ctrl+T)"), "Ctrl+T")
        self.pick_up_button.setAccessibleName(self.tr("Tag ordren"))

        contact = QFormLayout()
        contact.addRow(self.tr("Kontaktkonsulent:"), self.contact_label)
        contact.addRow(self.tr("Jobordre:"), self.distribution_label)
        actions = QGridLayout()  # two by two: the panel stays narrow beside the list
        actions.addWidget(self.refer_button, 0, 0)
        actions.addWidget(self.outcome_button, 0, 1)
        actions.addWidget(self.edit_button, 1, 0)
        actions.addWidget(self.fill_button, 1, 1)
        actions.addWidget(self.pick_up_button, 2, 0)
        inner = QVBoxLayout(self.internal)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(contact)
        referrals_label = QLabel(self.tr("Henv&isninger:"))
        referrals_label.setBuddy(self.referrals_table)
        inner.addWidget(referrals_label)
        inner.addWidget(self.referrals_table, 1)
        inner.addWidget(self.message_label)
        inner.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(public)
        layout.addWidget(self.internal, 1)
        layout.addStretch()  # takes the room while the internal part is hidden

        self.refer_button.clicked.connect(self._on_refer_button_clicked)
        self.outcome_button.clicked.connect(self._on_outcome_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.fill_button.clicked.connect(self._on_fill_button_clicked)
        self.pick_up_button.clicked.connect(self._on_pick_up_button_clicked)
        self.referrals_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.referrals_table.activated.connect(lambda _i: self._on_outcome_button_clicked())
        self._update_buttons()

    def _button(self, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setShortcut(QKeySequence(shortcut))
        return button

    # --- what the page sets --------------------------------------------------------------
    def set_trade_areas(self, areas: Sequence[TradeArea]) -> None:
        self._trade_areas = list(areas)

    def set_citizen_source(self, source: Callable[[], CitizenChoice | None]) -> None:
        """Who «Henvis borger …» suggests: the citizen picked on the card or at the desk."""
        self._citizen_source = source

    def set_citizen_view(self, on: bool) -> None:
        self.internal.setVisible(not on)
        self.setStyleSheet(CITIZEN_VIEW_STYLE if on else "")

    @property
    def vacancy_id(self) -> str | None:
        return self._detail.line.vacancy.id if self._detail else None

    def show_vacancy(self, vacancy_id: str | None) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = vacancy_id is not None
        if vacancy_id is None:
            self._show(None)
            return

        def deliver(detail: VacancyDetail | None) -> None:
            if generation == self._generation:
                self._loading = False
                self._show(detail)

        self._runner.run(
            lambda: self._vacancies.detail(vacancy_id), deliver, self._show_error, owner=self
        )

    def reload(self) -> None:
        self.show_vacancy(self.vacancy_id)

    def focus_actions(self) -> None:
        """Enter on the list: the keyboard goes to the job (once it has arrived)."""
        if self._loading:
            self._focus_when_loaded = True
            return
        target = self.refer_button if self.refer_button.isEnabled() else self.referrals_table
        if self.internal.isVisible():
            target.setFocus()

    # --- showing -------------------------------------------------------------------------
    def _show(self, detail: VacancyDetail | None) -> None:
        self._detail = detail
        if detail is None:
            self.title_label.setText(self.tr("Vælg et job på listen."))
            for label in (*self._fields.values(), self.contact_label, self.distribution_label):
                label.clear()
            self.referrals_model.set_lines([])
        else:
            v = detail.line.vacancy
            self.title_label.setText(v.title)
            values = {
                "company": v.company_name,
                "trade": detail.line.trade_area_label,
                "place": v.place,
                "hours": v.hours,
                "requirements": v.requirements,
                "deadline": date_text(v.deadline),
                "positions": str(v.positions),
                "status": status_label(detail.line.status),
            }
            for key, text in values.items():
                self._fields[key].setText(text)
            self.contact_label.setText(detail.contact_name)
            self.distribution_label.setText(self._distribution_text(detail))
            self.referrals_model.set_lines(detail.referrals)
        self._update_buttons()
        if self._focus_when_loaded:
            self._focus_when_loaded = False
            self.focus_actions()

    def _distribution_text(self, detail: VacancyDetail) -> str:
        v = detail.line.vacancy
        via = {
            VacancyChannel.DESK: self.tr("skranke"),
            VacancyChannel.PHONE: self.tr("telefon"),
            VacancyChannel.FILE: self.tr("fil"),
        }[v.channel]
        if v.picked_up_at is None:
            taken = self.tr("ikke taget endnu")
        else:
            taken = (
                self.tr("taget af %1 %2")
                .replace("%1", detail.taken_by_name)
                .replace("%2", format_datetime(v.picked_up_at))
            )
        return (
            self.tr("Modtaget via %1 · hos jobbutikken i %2 · %3")
            .replace("%1", via)
            .replace("%2", detail.lands_at_name)
            .replace("%3", taken)
        )

    def _update_buttons(self) -> None:
        is_open = self._detail is not None and self._detail.line.status is VacancyStatus.OPEN
        untaken = (
            is_open
            and self._detail is not None
            and self._detail.line.vacancy.picked_up_at is None
            and bool(self._detail.line.vacancy.responsible_site)
        )
        self.pick_up_button.setEnabled(untaken)
        self.refer_button.setEnabled(is_open)
        self.fill_button.setEnabled(is_open)
        self.edit_button.setEnabled(self._detail is not None)
        self.outcome_button.setEnabled(self._selected_referral_row() >= 0)

    def _selected_referral_row(self) -> int:
        rows = self.referrals_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _changed(self, message: str = "") -> None:
        self.message_label.setText(message)
        self.reload()
        if self.vacancy_id:
            self.vacancy_changed.emit(self.vacancy_id)

    # --- actions -------------------------------------------------------------------------
    def _on_refer_button_clicked(self) -> None:
        if self._detail is None or not self.refer_button.isEnabled():
            return
        v = self._detail.line.vacancy
        self.refer_dialog = ReferDialog(
            self._registration,
            self._vacancies,
            self._runner,
            v.id,
            v.title,
            self._citizen_source(),
            self,
        )
        self.refer_dialog.referred.connect(
            lambda _id: self._changed(self.tr("Borgeren er henvist."))
        )
        self.refer_dialog.open()

    def _on_outcome_button_clicked(self) -> None:
        line = self.referrals_model.line(self._selected_referral_row())
        if line is None:
            return
        self.outcome_dialog = OutcomeDialog(self._vacancies, self._runner, line, self)
        self.outcome_dialog.recorded.connect(self._on_outcome_dialog_recorded)
        self.outcome_dialog.open()

    def _on_outcome_dialog_recorded(self, filled: bool) -> None:
        if filled:
            self._changed(
                self.tr("Resultatet er gemt. Alle stillinger er besat – jobbet er lukket.")
            )
        else:
            self._changed(self.tr("Resultatet er gemt."))

    def _on_edit_button_clicked(self) -> None:
        if self._detail is None:
            return
        self.form_dialog = VacancyFormDialog(
            self._vacancies,
            self._companies,
            self._runner,
            self._trade_areas,
            self._detail.line.vacancy,
            self,
        )
        self.form_dialog.saved.connect(lambda _id: self._changed(self.tr("Jobbet er rettet.")))
        self.form_dialog.open()

    def _on_fill_button_clicked(self) -> None:
        vacancy_id = self.vacancy_id
        if vacancy_id is None or not self.fill_button.isEnabled():
            return
        self._runner.run(
            lambda: self._vacancies.set_status(vacancy_id, VacancyStatus.FILLED),
            lambda _none: self._changed(self.tr("Jobbet er markeret som besat.")),
            self._show_error,
            owner=self,
        )

    def _on_pick_up_button_clicked(self) -> None:
        vacancy_id = self.vacancy_id
        if vacancy_id is None or not self.pick_up_button.isEnabled():
            return
        self._runner.run(
            lambda: self._vacancies.pick_up(vacancy_id),
            lambda _none: self._changed(self.tr("Du har taget jobordren.")),
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)

"""«Opret job …» and «Ret job …»: one form for a job order.

A refusal (a deadline already past, a missing title …) is shown in Danish and the
field it concerns gets focus; nothing typed is cleared. Editing sends only the
fields that changed, so two desks editing different fields both keep theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.company_service import CompanyService
from app.jobshop.records import TradeArea, Vacancy
from app.jobshop.vacancy_service import VacancyService
from ui.background import BackgroundRunner
from ui.focus import chain_tab_order
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure
from ui.jobshop.vacancy_company_picker import VacancyCompanyPicker
from ui.jobshop.vacancy_model import qdate

DEFAULT_DEADLINE_DAYS = 14


class VacancyFormDialog(QDialog):
    saved = Signal(str)  # the vacancy's id

    def __init__(
        self,
        vacancies: VacancyService,
        companies: CompanyService,
        runner: BackgroundRunner,
        trade_areas: Sequence[TradeArea],
        vacancy: Vacancy | None = None,  # None: a new job order
        parent: QWidget | None = None,
        *,
        caller: tuple[str, tuple[str, str] | None] | None = None,  # CVR, known company
        create: Callable[[str, dict[str, Any]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._vacancies = vacancies
        self._companies = companies
        self._runner = runner
        self._vacancy = vacancy
        # How a new order is created: by the job shop alone, or (the phone desk) together
        # with the call that brought it; `created_with` holds what that returned.
        self._create_with = create
        self.created_with: object = None
        creating = vacancy is None
        self.setWindowTitle(self.tr("Opret job") if creating else self.tr("Ret job"))
        self.picker: VacancyCompanyPicker | None = None
        if creating:
            self.picker = VacancyCompanyPicker(companies, runner, self._show_error, self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Stillingsbetegnelse"))
        self.trade_combo = QComboBox()
        self.trade_combo.setAccessibleName(self.tr("Branche"))
        for area in trade_areas:
            self.trade_combo.addItem(area.label_da, area.code)
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(self.tr("Arbejdssted"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Arbejdstid"))
        self.hours_edit.setPlaceholderText(self.tr("fx 37 t/uge, deltid 20 t, aften/weekend"))
        self.requirements_edit = QPlainTextEdit()
        self.requirements_edit.setAccessibleName(self.tr("Krav"))
        self.requirements_edit.setTabChangesFocus(True)
        self.requirements_edit.setFixedHeight(70)
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setAccessibleName(self.tr("Ansøgningsfrist"))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd.MM.yyyy")
        self.positions_spin = QSpinBox()
        self.positions_spin.setAccessibleName(self.tr("Antal stillinger"))
        self.positions_spin.setRange(1, 999)
        self.error_label = error_label(self.tr("Fejl ved job"))
        ok_name = self.tr("Opret job") if creating else self.tr("Gem ændringer")
        buttons, self.ok_button = ok_cancel(
            self, self._on_buttons_accepted, ok_name, self.tr("%1 (Enter)").replace("%1", ok_name)
        )

        form = QFormLayout()
        form.addRow(self.tr("&Stillingsbetegnelse:"), self.title_edit)
        form.addRow(self.tr("&Branche:"), self.trade_combo)
        form.addRow(self.tr("&Arbejdssted:"), self.place_edit)
        form.addRow(self.tr("Arbejds&tid:"), self.hours_edit)
        form.addRow(self.tr("&Krav:"), self.requirements_edit)
        form.addRow(self.tr("Ansøgnings&frist:"), self.deadline_edit)
        form.addRow(self.tr("A&ntal stillinger:"), self.positions_spin)
        layout = QVBoxLayout(self)
        if self.picker is not None:
            self.picker.lead(form)
        else:
            assert vacancy is not None
            company = QLabel(self.tr("Virksomhed: %1").replace("%1", vacancy.company_name))
            company.setAccessibleName(self.tr("Virksomhed"))
            layout.addWidget(company)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if self.picker is not None:
            # The keys go down the form as it reads: the picker's rows, then the order's.
            chain_tab_order(
                [
                    *self.picker.fields(),
                    self.title_edit,
                    self.trade_combo,
                    self.place_edit,
                    self.hours_edit,
                    self.requirements_edit,
                    self.deadline_edit,
                    self.positions_spin,
                    *buttons.buttons(),
                ]
            )
        self._fill(vacancies.today())
        (self.picker.filter_edit if self.picker else self.title_edit).setFocus()
        if self.picker is not None and caller is not None:
            cvr, known = caller
            self.picker.preset(cvr, known)
            (self.title_edit if known else self.picker.new_name_edit).setFocus()

    def _fill(self, today: dt.date) -> None:
        v = self._vacancy
        if v is None:
            self.deadline_edit.setDate(qdate(today + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)))
            self.positions_spin.setValue(1)
            return
        self.title_edit.setText(v.title)
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(v.trade_area), 0))
        self.place_edit.setText(v.place)
        self.hours_edit.setText(v.hours)
        self.requirements_edit.setPlainText(v.requirements)
        self.deadline_edit.setDate(qdate(v.deadline))
        self.positions_spin.setValue(v.positions)

    def values(self) -> dict[str, Any]:
        """What the form says now, named as the vacancy's fields."""
        return {
            "title": self.title_edit.text().strip(),
            "trade_area": self.trade_combo.currentData() or "",
            "place": self.place_edit.text().strip(),
            "hours": self.hours_edit.text().strip(),
            "requirements": self.requirements_edit.toPlainText().strip(),
            "deadline": self.deadline_edit.date().toPython(),
            "positions": self.positions_spin.value(),
        }

    # --- saving --------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        self.error_label.clear()
        if self._vacancy is not None:
            self._save_changes(self._vacancy)
        elif self.picker is not None and (new := self.picker.new_company()) is not None:
            self._register_then_create(*new)
        else:
            self._create()

    def _register_then_create(self, name: str, cvr: str) -> None:
        assert self.picker is not None
        picker = self.picker

        def registered(company_id: str) -> None:
            picker.adopt(company_id, name)
            self._create()

        self.ok_button.setEnabled(False)
        self._runner.run(
            lambda: self._companies.register(name, cvr=cvr), registered, self._show_error, self
        )

    def _create(self) -> None:
        company_id = self.picker.company_id() if self.picker else None
        if company_id is None:
            self.error_label.setText(self.tr("Vælg virksomheden, eller skriv navnet på en ny."))
            return
        values = self.values()
        self.ok_button.setEnabled(False)
        create = self._create_with or (
            lambda company, fields: self._vacancies.create_vacancy(company_id=company, **fields)
        )

        def created(result: object) -> None:
            self.created_with = result
            self._on_saved(result if isinstance(result, str) else "")

        self._runner.run(lambda: create(company_id, values), created, self._show_error, self)

    def _save_changes(self, vacancy: Vacancy) -> None:
        changes = {k: v for k, v in self.values().items() if getattr(vacancy, k) != v}
        if not changes:
            self.accept()  # nothing to send
            return
        self.ok_button.setEnabled(False)
        self._runner.run(
            lambda: self._vacancies.edit_vacancy(vacancy.id, **changes),
            lambda _none: self._on_saved(vacancy.id),
            self._show_error,
            self,
        )

    def _on_saved(self, vacancy_id: str) -> None:
        self.saved.emit(vacancy_id)
        self.accept()

    def _show_error(self, error: BaseException) -> None:
        refusal = show_failure(self.error_label, self.ok_button, error)
        if refusal is None:
            return
        fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "place": self.place_edit,
            "hours": self.hours_edit,
            "requirements": self.requirements_edit,
            "deadline": self.deadline_edit,
            "positions": self.positions_spin,
            "trade_area": self.trade_combo,
        }
        if self.picker is not None:
            fields |= {"name": self.picker.new_name_edit, "cvr": self.picker.new_cvr_edit}
        if refusal.field in fields:
            fields[refusal.field].setFocus()

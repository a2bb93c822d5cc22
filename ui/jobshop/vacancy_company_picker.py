"""Which company a new vacancy is for: one already known (searchable), or a new one by name.

The picker owns its fields and their search but no layout: it puts its rows at the top of
the vacancy form's own, so the whole form is one column."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.jobshop.company_service import CompanyLine, CompanyService
from ui.background import BackgroundRunner

SEARCH_DELAY_MS = 150


class VacancyCompanyPicker(QObject):
    def __init__(
        self,
        companies: CompanyService,
        runner: BackgroundRunner,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._companies = companies
        self._runner = runner
        self._on_error = on_error
        self._generation = 0
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Søg virksomhed"))
        self.filter_edit.setPlaceholderText(self.tr("Navn eller CVR-nummer"))
        self.company_combo = QComboBox()
        self.company_combo.setAccessibleName(self.tr("Virksomhed"))
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setAccessibleName(self.tr("Ny virksomheds navn"))
        self.new_name_edit.setPlaceholderText(self.tr("Kun hvis virksomheden ikke findes"))
        self.new_cvr_edit = QLineEdit()
        self.new_cvr_edit.setAccessibleName(self.tr("Ny virksomheds CVR-nummer"))
        self.new_cvr_edit.setPlaceholderText(self.tr("8 cifre, hvis kendt"))
        self.new_cvr_edit.setMaxLength(8)
        self._rows = (
            (self.tr("S&øg virksomhed:"), self.filter_edit),
            (self.tr("&Virksomhed:"), self.company_combo),
            (self.tr("&Eller ny virksomhed:"), self.new_name_edit),
            (self.tr("CV&R-nummer (ny):"), self.new_cvr_edit),
        )
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.filter_edit.textEdited.connect(lambda _t: self._timer.start())
        self.new_name_edit.textEdited.connect(self._on_new_name_edit_text_edited)
        self._load("")

    def lead(self, form: QFormLayout) -> None:
        """Put the picker's rows first in the dialog's form."""
        for row, (label, field) in enumerate(self._rows):
            form.insertRow(row, label, field)

    def fields(self) -> list[QWidget]:
        """The picker's fields in the order they are read."""
        return [field for _label, field in self._rows]

    def company_id(self) -> str | None:
        """The known company chosen, unless a new one is typed."""
        if self.new_company() is not None:
            return None
        data = self.company_combo.currentData()
        return str(data) if data else None

    def new_company(self) -> tuple[str, str] | None:
        name = self.new_name_edit.text().strip()
        return (name, self.new_cvr_edit.text().strip()) if name else None

    def adopt(self, company_id: str, name: str) -> None:
        """A new company was registered: choose it, so a retry does not register it twice."""
        self.company_combo.insertItem(0, name, company_id)
        self.company_combo.setCurrentIndex(0)
        self.new_name_edit.clear()
        self.new_cvr_edit.clear()
        self.company_combo.setEnabled(True)

    def preset(self, cvr: str, company: tuple[str, str] | None) -> None:
        """A caller's CVR: the registered company (id, name) chosen, or a new one's CVR
        filled in so only its name is left to type."""
        self.filter_edit.setText(cvr)
        if company is not None:
            self.adopt(*company)
        else:
            self.new_cvr_edit.setText(cvr)
        self._load(cvr)  # the list shows what the CVR finds, not the first 200 companies

    def _on_new_name_edit_text_edited(self, text: str) -> None:
        self.company_combo.setEnabled(not text.strip())  # one or the other, visibly

    def _on_timer_timeout(self) -> None:
        self._load(self.filter_edit.text())

    def _load(self, text: str) -> None:
        self._generation += 1
        generation = self._generation

        def deliver(lines: list[CompanyLine]) -> None:
            if generation != self._generation:
                return
            chosen = self.company_combo.currentData()
            self.company_combo.clear()
            for line in lines:
                cvr = f" (CVR {line.company.cvr})" if line.company.cvr else ""
                self.company_combo.addItem(line.company.name + cvr, line.company.id)
            if chosen is not None:
                self.company_combo.setCurrentIndex(max(self.company_combo.findData(chosen), 0))

        self._runner.run(lambda: self._companies.companies(text), deliver, self._on_error, self)

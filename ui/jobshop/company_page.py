"""«Virksomheder»: companies searched as you type; the chosen one's consultant and contact log.

Keyboard-first: Ctrl+F searches (Enter goes to the list), Ctrl+N registers a company,
Ctrl+K registers a contact (a colleague's recent contact on the same subject warns
first), Ctrl+J hands the company to the consultant chosen, F5 refreshes. Colleagues'
contacts inside the warning window are listed as soon as a company is chosen.
All database work runs on the one background runner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.entities import Staff
from app.jobshop.company_service import CompanyLine
from ui.background import BackgroundRunner
from ui.jobshop.company_contact_dialog import CompanyContactDialog
from ui.jobshop.company_detail import CompanyDetail, CompanyDetailPanel
from ui.jobshop.company_models import CompanyTableModel
from ui.jobshop.company_register_dialog import CompanyRegisterDialog
from ui.jobshop.company_table import company_table
from ui.jobshop.dialog_parts import show_error

if TYPE_CHECKING:
    from ui.jobshop.jobshop_tab import JobshopTab
    from ui.jobshop.wiring import JobshopServices

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 150


class CompanyPage(QWidget):
    def __init__(
        self, services: JobshopServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._companies = services.companies
        self._runner = runner
        self._generation = 0
        self._staff: list[Staff] = []
        self._prefer: str | None = None  # the company to select when the list comes back
        self.register_dialog: CompanyRegisterDialog | None = None
        self.contact_dialog: CompanyContactDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Søg virksomhed"))
        self.search_edit.setPlaceholderText(self.tr("Navn eller CVR-nummer (Ctrl+F)"))
        self.companies_model = CompanyTableModel(self)
        self.table = company_table(self.companies_model, self.tr("Virksomheder"))
        self.new_button = QPushButton(self.tr("Ny virksomhed … (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("Ny virksomhed"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Virksomhedssidens besked"))
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.detail = CompanyDetailPanel(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("S&øg virksomhed:"))
        search_label.setBuddy(self.search_edit)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.detail.contact_button.clicked.connect(self._on_contact_button_clicked)
        self.detail.assign_button.clicked.connect(self._on_assign_button_clicked)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._runner.run(self._companies.consultants, self._on_staff_loaded, self._show_error, self)

    def title(self) -> str:
        return self.tr("&Virksomheder")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter in the search field goes to the list."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_edit.hasFocus():
            self.refresh()
            self.table.setFocus()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # companies and contacts from other desks may have arrived by sync

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_staff_loaded(self, staff: list[Staff]) -> None:
        self._staff = staff
        self.detail.set_staff(staff)

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_edit.text()
        current = self.current_company()
        keep = self._prefer or (current.company.id if current else None)

        def deliver(lines: list[CompanyLine]) -> None:
            if generation != self._generation:
                return  # the user typed on
            self.message_label.clear()
            self.companies_model.set_lines(lines)
            ids = [line.company.id for line in lines]
            if keep in ids:
                self.table.selectRow(ids.index(keep))
                self._prefer = None
            elif lines:
                self.table.selectRow(0)
            else:
                self.detail.show_company(None)

        self._runner.run(lambda: self._companies.companies(text), deliver, self._show_error, self)

    def current_company(self) -> CompanyLine | None:
        return self.companies_model.line(self.table.currentIndex().row())

    def _on_table_row_changed(self) -> None:
        line = self.current_company()
        if line is None:
            self.detail.show_company(None)
            return
        company_id = line.company.id

        def load() -> CompanyDetail:
            me = self._companies.acting_staff_id  # refused (KnownError) while the desk is locked
            return CompanyDetail(
                line,
                self._companies.contact_log(company_id),
                [
                    c
                    for c in self._companies.recent_contacts(company_id)
                    if c.contact.staff_id != me
                ],
            )

        def deliver(detail: CompanyDetail) -> None:
            current = self.current_company()
            if current is not None and current.company.id == company_id:
                self.detail.show_company(detail)

        self._runner.run(load, deliver, self._show_error, owner=self)

    # --- actions -----------------------------------------------------------------------------
    def _on_new_button_clicked(self) -> None:
        dialog = CompanyRegisterDialog(self._companies, self._runner, self._staff, self)
        dialog.registered.connect(self._on_company_registered)
        self.register_dialog = dialog
        dialog.open()

    def _on_company_registered(self, company_id: str) -> None:
        self._prefer = company_id
        self.search_edit.clear()  # the new company must be on the list
        self.refresh()

    def _on_contact_button_clicked(self) -> None:
        line = self.current_company()
        if line is None:
            self.message_label.setText(self.tr("Vælg først en virksomhed på listen."))
            return
        dialog = CompanyContactDialog(
            self._companies, self._runner, line.company.id, line.company.name, self
        )
        dialog.logged.connect(lambda _id: self._on_table_row_changed())
        self.contact_dialog = dialog
        dialog.open()

    def _on_assign_button_clicked(self) -> None:
        line = self.current_company()
        staff_id = self.detail.chosen_consultant()
        if line is None or staff_id is None:
            return
        company_id = line.company.id
        self._prefer = company_id
        self._runner.run(
            lambda: self._companies.assign_consultant(company_id, staff_id),
            lambda _none: self.refresh(),
            self._show_error,
            owner=self,
        )

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)


def add_company_page(
    tab: JobshopTab, services: JobshopServices, runner: BackgroundRunner
) -> CompanyPage:
    page = CompanyPage(services, runner)
    tab.add_page(page, page.title())
    return page

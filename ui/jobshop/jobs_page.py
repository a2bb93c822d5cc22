"""«Ledige job»: the job shop's vacancies, searched as you type, with one job's detail beside.

Keyboard-first: Ctrl+F searches, Enter in the search goes to the list, Enter on a
row goes to the job's actions, F9 turns the screen toward the citizen (large type,
no internal fields), Ctrl+N creates a job, F5 refreshes. Every search runs on the
one background runner; an answer that arrives after the user typed on is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.jobshop.records import TradeArea
from app.jobshop.vacancy_service import VacancyLine
from ui.background import BackgroundRunner
from ui.jobshop.dialog_parts import show_error
from ui.jobshop.jobs_filters import JobsFilters
from ui.jobshop.jobs_table import JobsTable
from ui.jobshop.refer_dialog import CitizenChoice
from ui.jobshop.vacancy_detail import VacancyDetailPanel
from ui.jobshop.vacancy_form_dialog import VacancyFormDialog

if TYPE_CHECKING:
    from ui.jobshop.jobshop_tab import JobshopTab
    from ui.jobshop.wiring import JobshopServices

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 150


class JobsPage(QWidget):
    def __init__(
        self, services: JobshopServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._generation = 0
        self._trade_areas: list[TradeArea] = []
        self._preselected: CitizenChoice | None = None
        self._desk_citizen: Callable[[], CitizenChoice | None] = lambda: None
        self.form_dialog: VacancyFormDialog | None = None

        self.filters = JobsFilters(services.vacancies.today())
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Jobbutikkens besked"))
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.table = JobsTable()
        self.detail = VacancyDetailPanel(
            services.vacancies, services.companies, services.registration, runner
        )
        self.detail.set_citizen_source(self.citizen_for_referral)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filters.text_edited.connect(self._timer.start)
        self.filters.changed.connect(self.refresh)
        self.filters.search_submitted.connect(self._on_filters_search_submitted)
        self.filters.citizen_view_toggled.connect(self._on_filters_citizen_view_toggled)
        self.filters.create_requested.connect(self._on_filters_create_requested)
        self.filters.preselection_cleared.connect(lambda: self.preselect_citizen(None))
        self.table.current_changed.connect(self.detail.show_vacancy)
        self.table.activated.connect(lambda _i: self.detail.focus_actions())
        self.detail.vacancy_changed.connect(lambda _id: self.refresh())
        QShortcut(QKeySequence("Ctrl+F"), self, self.filters.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._runner.run(self._load_setup, self._on_setup_loaded, self._show_error, owner=self)

    def title(self) -> str:
        return self.tr("&Ledige job")

    # --- the citizen to refer ----------------------------------------------------------------
    def preselect_citizen(self, choice: CitizenChoice | None) -> None:
        """«Henvis til job …» on the citizen card: this citizen is the one to refer."""
        self._preselected = choice
        self.filters.show_preselected(choice[1] if choice else None)

    def set_desk_citizen_source(self, source: Callable[[], CitizenChoice | None]) -> None:
        """The citizen open at the registration desk, suggested when nobody is preselected."""
        self._desk_citizen = source

    def citizen_for_referral(self) -> CitizenChoice | None:
        return self._preselected or self._desk_citizen()

    # --- searching ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # orders from other sites may have arrived by sync meanwhile

    def refresh(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.filters.query()
        vacancies = self._services.vacancies

        def deliver(lines: list[VacancyLine]) -> None:
            if generation != self._generation:
                return  # the user typed on
            self.message_label.clear()
            self.table.set_lines(lines)
            self.filters.show_count(len(lines), query.limit)

        self._runner.run(
            lambda: vacancies.search(
                query.text,
                trade_area=query.trade_area,
                deadline_until=query.deadline_until,
                include_closed=query.include_closed,
                limit=query.limit,
            ),
            deliver,
            self._show_error,
            owner=self,
        )

    def _on_filters_search_submitted(self) -> None:
        self.refresh()
        self.table.focus_first()

    def _load_setup(self) -> tuple[list[TradeArea], dict[str, str]]:
        vacancies = self._services.vacancies
        return vacancies.trade_areas(), vacancies.staff_names()

    def _on_setup_loaded(self, setup: tuple[list[TradeArea], dict[str, str]]) -> None:
        self._trade_areas, names = setup
        self.filters.set_trade_areas(self._trade_areas)
        self.table.vacancy_model.set_staff_names(names)
        self.detail.set_trade_areas(self._trade_areas)

    # --- turning toward the citizen, creating ------------------------------------------------
    def _on_filters_citizen_view_toggled(self, on: bool) -> None:
        self.table.set_citizen_view(on)
        self.detail.set_citizen_view(on)
        width = self.splitter.width()  # the list is what the citizen reads: give it the room
        self.splitter.setSizes([width * 2 // 3, width // 3] if on else [width // 2, width // 2])
        self.filters.set_citizen_view(on)
        self.filters.show_preselected(None if on or not self._preselected else self._preselected[1])

    def _on_filters_create_requested(self) -> None:
        self.form_dialog = VacancyFormDialog(
            self._services.vacancies,
            self._services.companies,
            self._runner,
            self._trade_areas,
            None,
            self,
        )
        self.form_dialog.saved.connect(self._on_form_dialog_saved)
        self.form_dialog.open()

    def _on_form_dialog_saved(self, vacancy_id: str) -> None:
        self.table.prefer(vacancy_id)
        self.refresh()

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)


def add_jobs_page(tab: JobshopTab, services: JobshopServices, runner: BackgroundRunner) -> JobsPage:
    page = JobsPage(services, runner)
    tab.add_page(page, page.title())
    return page

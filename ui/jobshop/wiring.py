"""Builds the job-shop services and the «Jobbutik» tab (called once from ui/composition.py)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.commands.bus import CommandBus
from app.jobshop.advice_service import AdviceService
from app.jobshop.company_service import CompanyService
from app.jobshop.kvik_service import KvikService
from app.jobshop.vacancy_import import VacancyImportService
from app.jobshop.vacancy_service import VacancyService
from app.ports import UnitOfWorkFactory
from app.queue.profiles import counter_profile
from app.queue.service import QueueService
from app.registration import RegistrationService
from app.workstation import WorkstationConfig
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, follow_changes
from ui.jobshop.advice_page import AdvicePage, add_advice_page
from ui.jobshop.company_page import CompanyPage, add_company_page
from ui.jobshop.import_dialog import VacancyImportDialog
from ui.jobshop.jobs_page import JobsPage, add_jobs_page
from ui.jobshop.jobshop_tab import JobshopTab
from ui.jobshop.kvik_page import KvikPage, add_kvik_page


@dataclass(frozen=True, slots=True)
class JobshopServices:
    vacancies: VacancyService
    companies: CompanyService
    kvik: KvikService
    advice: AdviceService
    registration: RegistrationService  # finding the citizen to refer
    importer: VacancyImportService
    queue: QueueService | None = None  # the advice page reads its own queue (read only)


def jobshop_services(
    uow_factory: UnitOfWorkFactory,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> JobshopServices:
    return JobshopServices(
        VacancyService(uow_factory, bus, workstation),
        CompanyService(uow_factory, bus, workstation),
        KvikService(uow_factory, bus, workstation),
        AdviceService(uow_factory, bus, workstation),
        registration,
        VacancyImportService(uow_factory, bus, workstation),
        QueueService(
            uow_factory,
            bus,
            workstation,
            counter_profile(workstation.site_code, workstation.counter_number),
        ),
    )


def jobshop_tab_in_steps(
    services: JobshopServices,
    runner: BackgroundRunner,
    changes: ChangeRelay | None = None,
    place: Callable[[JobshopTab], object] | None = None,
) -> Generator[None, None, JobshopTab]:
    """The «Jobbutik» tab a page at a time: the desk is built in steps (ui/composition.py).
    `place` puts the empty tab in its window first, so each page settles into the window's
    style in its own step."""
    tab = JobshopTab()
    if place is not None:
        place(tab)
    # Each page adds itself here (one line per page).
    pages: dict[JobsPage | CompanyPage | KvikPage | AdvicePage, tuple[str, ...]] = {}
    pages[add_jobs_page(tab, services, runner)] = ("vacancy", "job_referral", "company")
    yield
    pages[add_company_page(tab, services, runner)] = ("company", "company_contact", "vacancy")
    yield
    pages[add_kvik_page(tab, services, runner)] = ("kvik_request", "kvik_candidate")
    yield
    pages[add_advice_page(tab, services, runner)] = ("advice_session", "ticket")
    yield
    if changes is not None:  # each list follows what changes here or at another desk
        for page, tables in pages.items():
            follow_changes(changes, page, tables, page.refresh)
    return tab


def import_action(services: JobshopServices, runner: BackgroundRunner, window: QWidget) -> QAction:
    """File → Importér job fra fil … (the service refuses roles that may not import)."""
    action = QAction(QCoreApplication.translate("Desk", "Importér &job fra fil …"), window)
    action.triggered.connect(lambda: VacancyImportDialog(services.importer, runner, window).open())
    return action

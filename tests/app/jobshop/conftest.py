"""Job-shop fixtures: a real store, the job-shop services on a clock the test controls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import Citizen, SupportBasis
from app.jobshop.advice_service import AdviceService
from app.jobshop.company_service import CompanyService
from app.jobshop.kvik_service import KvikService
from app.jobshop.vacancy_service import VacancyService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.conftest import configure


@dataclass
class JobDesk:
    store: LocalStore
    workstation: WorkstationConfig
    bus: CommandBus
    clock: Clock
    registration: RegistrationService
    vacancies: VacancyService
    companies: CompanyService
    kvik: KvikService
    advice: AdviceService

    def citizen(self, serial: int, name: str = "Ali") -> Citizen:
        cpr = f"{(serial % 28) + 1:02d}0190{serial:04d}"
        return self.registration.register_citizen(
            NewCitizen(cpr, name, "Østergård", SupportBasis.CASH_BENEFIT)
        )

    def company(self, name: str = "Netto Valby", cvr: str = "") -> str:
        return self.companies.register(name, cvr=cvr)

    def vacancy(
        self,
        company_id: str,
        title: str = "Lagermedarbejder",
        *,
        trade_area: str = "industri_lager_transport_service",
        deadline: dt.date | None = None,
        positions: int = 1,
    ) -> str:
        return self.vacancies.create_vacancy(
            company_id=company_id,
            title=title,
            trade_area=trade_area,
            place="Køge",
            deadline=deadline or self.vacancies.today() + dt.timedelta(days=14),
            positions=positions,
        )


def make_job_desk(
    store: LocalStore, clock: Clock, *, site: str = "MUS", staff: str = "mus-aan"
) -> JobDesk:
    ws = configure(store, site=site, staff=staff)
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    return JobDesk(
        store,
        ws,
        bus,
        clock,
        RegistrationService(store.unit_of_work, bus, ws),
        VacancyService(store.unit_of_work, bus, ws, clock=clock),
        CompanyService(store.unit_of_work, bus, ws, clock=clock),
        KvikService(store.unit_of_work, bus, ws, clock=clock),
        AdviceService(store.unit_of_work, bus, ws, clock=clock),
    )


@pytest.fixture
def jobs(store: LocalStore, clock: Clock) -> Iterator[JobDesk]:
    yield make_job_desk(store, clock)

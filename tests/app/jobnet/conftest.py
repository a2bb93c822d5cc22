"""Jobnet fixtures: a seeded store with a counsellor's desk (the job shop approves CVs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.jobnet.cv_import import CvStatusImport
from app.jobnet.service import JobnetService
from local_cache.store import LocalStore
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.conftest import Clock
from tests.app.visitation.conftest import VisitationDesk, make_desk


@pytest.fixture
def job_shop(store: LocalStore, clock: Clock) -> Iterator[VisitationDesk]:
    ensure_visitation_seed(store.engine, store.settings)
    yield make_desk(store, clock, staff="mus-aan", counter=2)  # a counsellor


@pytest.fixture
def jobnet(job_shop: VisitationDesk) -> JobnetService:
    return JobnetService(job_shop.visitation)


@pytest.fixture
def importer(job_shop: VisitationDesk) -> CvStatusImport:
    v = job_shop.visitation
    return CvStatusImport(
        job_shop.store.unit_of_work, job_shop.bus, job_shop.workstation, clock=v._clock
    )

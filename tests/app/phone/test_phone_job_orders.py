"""A company's call that places a job order or a kvikservice request: the order and the
call are one batch (both or neither); the order lands at the site answering for its trade
area, and the call says so."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.errors import KnownError, ValidationError
from app.jobshop.company_service import CompanyService
from app.jobshop.records import VacancyChannel
from app.jobshop.vacancy_service import VacancyService
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.conftest import configure

CVR = "13585628"


@pytest.fixture
def ws(store: LocalStore) -> WorkstationConfig:
    return configure(store, site="MUS", counter=1, staff="mus-bbj")


@pytest.fixture
def desk(store: LocalStore, ws: WorkstationConfig) -> PhoneDeskService:
    return PhoneDeskService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)


@pytest.fixture
def company_id(store: LocalStore, ws: WorkstationConfig) -> str:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    return CompanyService(store.unit_of_work, bus, ws).register("Plejecenter Sølund", cvr=CVR)


def order(deadline: dt.date) -> dict[str, object]:
    return {
        "title": "Social- og sundhedshjælper",
        "trade_area": "sosu",
        "place": "Nørrebro",
        "hours": "32 t/uge",
        "requirements": "SOSU-uddannelse",
        "deadline": deadline,
        "positions": 2,
    }


def draft(outcome: CallOutcome, kind: CallerKind = CallerKind.COMPANY) -> CallDraft:
    return CallDraft(kind, CVR, CallTopic.JOB_ORDER, "To SOSU'er til januar", outcome)


def pending(store: LocalStore) -> list[str]:
    with store.unit_of_work() as uow:
        return [e.name for _n, e in uow.outbox.pending()]


def test_a_job_order_call_creates_the_order_at_the_responsible_site(
    desk: PhoneDeskService, store: LocalStore, ws: WorkstationConfig, company_id: str
) -> None:
    found = desk.company_by_cvr("13 58 56 28")
    assert found is not None and found.id == company_id
    today = dt.date.today()
    logged = desk.log_job_order(
        draft(CallOutcome.JOB_ORDER), company_id, order(today + dt.timedelta(days=10))
    )
    assert logged.to_site == "NYR"  # SOSU is Nyropsgade's trade area
    (call,) = desk.calls_today()
    assert (call.outcome, call.to_site, call.cvr) == (CallOutcome.JOB_ORDER, "NYR", CVR)
    vacancies = VacancyService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)
    assert call.vacancy_id is not None
    detail = vacancies.detail(call.vacancy_id)
    assert detail is not None
    vacancy = detail.line.vacancy
    assert (vacancy.channel, vacancy.lands_at, vacancy.site_code, vacancy.positions) == (
        VacancyChannel.PHONE,
        "NYR",
        "MUS",
        2,
    )
    assert pending(store)[-3:] == ["register_company", "create_vacancy", "log_call"]


def test_a_refused_order_logs_no_call(
    desk: PhoneDeskService, store: LocalStore, company_id: str
) -> None:
    before = pending(store)
    with pytest.raises(ValidationError, match="allerede overskredet"):
        desk.log_job_order(
            draft(CallOutcome.JOB_ORDER), company_id, order(dt.date.today() - dt.timedelta(days=1))
        )
    assert pending(store) == before and desk.calls_today() == []


def test_a_kvik_call_opens_a_request(
    desk: PhoneDeskService, store: LocalStore, company_id: str
) -> None:
    logged = desk.log_kvik(draft(CallOutcome.KVIK), company_id, "sosu", "To vikarer i morgen", 2)
    (call,) = desk.calls_today()
    assert (call.outcome, logged.to_site, call.kvik_request_id is not None) == (
        CallOutcome.KVIK,
        "MUS",
        True,
    )
    assert pending(store)[-2:] == ["open_kvik_request", "log_call"]


def test_only_a_company_places_an_order_and_an_unknown_cvr_is_named(
    desk: PhoneDeskService, store: LocalStore, company_id: str
) -> None:
    with pytest.raises(ValidationError, match="kræver, at en virksomhed ringer"):
        desk.log_job_order(
            CallDraft(CallerKind.ANONYMOUS, "", CallTopic.JOB_ORDER, "", CallOutcome.JOB_ORDER),
            company_id,
            order(dt.date.today() + dt.timedelta(days=5)),
        )
    assert desk.calls_today() == []
    assert desk.company_by_cvr("10150817") is None  # valid, not registered
    with pytest.raises(KnownError, match="CVR-nummeret"):
        desk.company_by_cvr("13585627")

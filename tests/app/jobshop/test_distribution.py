"""Job orders distributed by trade area: an order lands at the site answering for its trade
area (reference data «Fagområdeansvar»), is taken there once, and waits counted in that
site's opening hours until a supervisor sees it as not taken in time."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ConflictError, ValidationError
from app.jobshop.records import VacancyChannel
from app.reference_data.model import Kind
from app.reference_data.readers import entrance_hours
from app.reference_data.service import ReferenceDataService
from app.security.roles import PermissionDeniedError
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk


def test_an_order_lands_at_the_site_answering_for_its_trade_area(jobs: JobDesk) -> None:
    company = jobs.company()
    sosu = jobs.vacancies.detail(jobs.vacancy(company, "SOSU-hjælper", trade_area="sosu"))
    store = jobs.vacancies.detail(jobs.vacancy(company, "Lagermand"))
    assert sosu is not None and store is not None
    # Taken at Musvågevej; SOSU is Nyropsgade's trade area, warehouse work Musvågevej's.
    assert (sosu.line.vacancy.site_code, sosu.line.vacancy.lands_at) == ("MUS", "NYR")
    assert store.line.vacancy.lands_at == "MUS"
    assert sosu.line.vacancy.channel is VacancyChannel.DESK
    assert sosu.line.vacancy.picked_up_at is None


def test_only_the_landing_sites_job_shop_takes_it_and_only_once(
    store: LocalStore, clock: Clock, jobs: JobDesk
) -> None:
    vacancy_id = jobs.vacancy(jobs.company(), "SOSU-hjælper", trade_area="sosu")
    with pytest.raises(ValidationError, match="jobbutikken i Nyropsgade"):
        jobs.vacancies.pick_up(vacancy_id)  # a Musvågevej counsellor
    receptionist = make_job_desk(store, clock, site="NYR", staff="nyr-ajm")
    with pytest.raises(PermissionDeniedError):
        receptionist.vacancies.pick_up(vacancy_id)
    counsellor = make_job_desk(store, clock, site="NYR", staff="nyr-kræ")
    counsellor.vacancies.pick_up(vacancy_id)
    detail = counsellor.vacancies.detail(vacancy_id)
    assert detail is not None
    assert (detail.line.vacancy.picked_up_by, detail.line.vacancy.picked_up_at) == (
        "nyr-kræ",
        clock(),
    )
    leader = make_job_desk(store, clock, site="NYR", staff="nyr-pda")
    with pytest.raises(ConflictError, match="allerede taget af Karen Ræbild"):
        leader.vacancies.pick_up(vacancy_id)


def test_an_untaken_order_moves_with_its_trade_area_a_taken_one_stays(
    store: LocalStore, clock: Clock, jobs: JobDesk
) -> None:
    company = jobs.company()
    moving = jobs.vacancy(company, "Kontorelev", trade_area="sosu")
    jobs.vacancies.edit_vacancy(moving, trade_area="butik_handel_kontor")
    moved = jobs.vacancies.detail(moving)
    assert moved is not None and moved.line.vacancy.lands_at == "SKB"
    taken = jobs.vacancy(company, "Plejer", trade_area="sosu")
    make_job_desk(store, clock, site="NYR", staff="nyr-kræ").vacancies.pick_up(taken)
    jobs.vacancies.edit_vacancy(taken, trade_area="bygge_anlaeg")
    kept = jobs.vacancies.detail(taken)
    assert kept is not None and kept.line.vacancy.lands_at == "NYR"


def test_a_published_responsibility_sends_new_orders_elsewhere(
    store: LocalStore, clock: Clock, jobs: JobDesk
) -> None:
    admin = make_job_desk(store, clock, site="NYR", staff="nyr-ihc")
    references = ReferenceDataService(store.unit_of_work, admin.bus, admin.workstation, clock=clock)
    rows = [{"trade_area": "sosu", "site_code": "SKB", "pickup_hours": 2}]
    with pytest.raises(ValidationError, match="branchen «sygepleje» kendes ikke"):
        references.publish(
            Kind.TRADE_AREA_SITES,
            [{"trade_area": "sygepleje", "site_code": "SKB", "pickup_hours": 2}],
            jobs.vacancies.today(),
            1,
        )
    before = jobs.vacancy(jobs.company(), "Plejer", trade_area="sosu")
    references.publish(Kind.TRADE_AREA_SITES, rows, jobs.vacancies.today(), 1, "SOSU til SKB")
    after = jobs.vacancy(jobs.company("Plejecenter Sølund"), "Plejer", trade_area="sosu")
    lands = {
        v: d.line.vacancy.lands_at
        for v in (before, after)
        if (d := jobs.vacancies.detail(v)) is not None
    }
    assert lands == {before: "NYR", after: "SKB"}
    # Not in the new version: an order stays at the site that took it.
    unlisted = jobs.vacancies.detail(
        jobs.vacancy(jobs.company("ISS"), "Tømrer", trade_area="bygge_anlaeg")
    )
    assert unlisted is not None and unlisted.line.vacancy.lands_at == "MUS"


def test_a_supervisor_sees_orders_not_taken_within_the_sites_open_hours(
    store: LocalStore, clock: Clock, jobs: JobDesk
) -> None:
    jobs.vacancies.hours = entrance_hours  # Nyropsgade: Tuesday and Wednesday 9–15
    clock.set(2026, 11, 24, 14)  # Tuesday 14:00
    late = jobs.vacancy(jobs.company(), "SOSU-hjælper", trade_area="sosu")
    clock.set(2026, 11, 25, 11)  # one open hour Tuesday, two Wednesday morning
    (order,) = jobs.vacancies.untaken_orders()
    assert (order.vacancy.id, order.site_name) == (late, "Nyropsgade")
    assert (order.waited, order.limit, order.overdue) == (
        dt.timedelta(hours=3),
        dt.timedelta(hours=4),
        False,
    )
    assert jobs.vacancies.untaken_orders(only_overdue=True) == []
    clock.set(2026, 11, 25, 12, 30)
    (overdue,) = jobs.vacancies.untaken_orders(only_overdue=True)
    assert overdue.waited == dt.timedelta(hours=4, minutes=30)
    make_job_desk(store, clock, site="NYR", staff="nyr-kræ").vacancies.pick_up(late)
    assert jobs.vacancies.untaken_orders() == []


def test_every_minute_counts_without_opening_hours(jobs: JobDesk, clock: Clock) -> None:
    jobs.vacancies.hours = None
    jobs.vacancy(jobs.company(), "Lagermand")
    clock.advance(hours=4, minutes=1)
    (order,) = jobs.vacancies.untaken_orders(only_overdue=True)
    assert order.waited == dt.timedelta(hours=4, minutes=1)

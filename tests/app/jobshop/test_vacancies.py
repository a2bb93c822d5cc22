"""Vacancies and referrals to them: the rules of issue 7, items 1 and 2."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ConflictError, NotFoundError, ValidationError
from app.jobshop.records import ReferralOutcome, VacancyStatus
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk


def test_a_vacancy_created_at_one_site_is_found_by_staff_of_another(
    store: LocalStore, clock: Clock
) -> None:
    mus = make_job_desk(store, clock, site="MUS", staff="mus-aan")
    vacancy_id = mus.vacancy(mus.company("Netto Valby"), "Lagermedarbejder")
    # The same store seen from a Nyropsgade desk (sync carries the row; see tests/sync).
    nyr = make_job_desk(store, clock, site="NYR", staff="nyr-kræ")
    found = nyr.vacancies.search("lager")
    assert [line.vacancy.id for line in found] == [vacancy_id]
    assert found[0].vacancy.site_code == "MUS"


def test_search_by_text_trade_area_and_deadline(jobs: JobDesk) -> None:
    netto = jobs.company("Netto Valby")
    today = jobs.vacancies.today()
    lager = jobs.vacancy(netto, "Lagermedarbejder", deadline=today + dt.timedelta(days=3))
    kasse = jobs.vacancy(
        netto,
        "Kassemedarbejder",
        trade_area="butik_handel_kontor",
        deadline=today + dt.timedelta(days=20),
    )
    sosu = jobs.vacancy(
        jobs.company("Plejecenter Sølund"),
        "Social- og sundhedshjælper",
        trade_area="sosu",
        deadline=today + dt.timedelta(days=10),
    )

    def ids(**kw: object) -> list[str]:
        return [line.vacancy.id for line in jobs.vacancies.search(**kw)]  # type: ignore[arg-type]

    assert ids() == [lager, sosu, kasse]  # soonest deadline first
    assert ids(text="medarb") == [lager, kasse]  # a word's beginning is enough
    assert ids(text="netto") == [lager, kasse]  # the company's name is searched too
    assert ids(text="soelund") == [sosu] == ids(text="sølund")  # folded like names
    assert ids(text="kasse netto") == [kasse]  # every word must match
    assert ids(trade_area="butik_handel_kontor") == [kasse]
    assert ids(deadline_until=today + dt.timedelta(days=10)) == [lager, sosu]
    assert ids(text="gartner") == []


def test_an_order_past_its_deadline_counts_as_expired_and_leaves_the_list(
    jobs: JobDesk, clock: Clock
) -> None:
    vacancy_id = jobs.vacancy(
        jobs.company(), deadline=jobs.vacancies.today() + dt.timedelta(days=1)
    )
    clock.advance(days=2)
    assert jobs.vacancies.search() == []
    lines = jobs.vacancies.search(include_closed=True)
    assert [(ln.vacancy.id, ln.status) for ln in lines] == [(vacancy_id, VacancyStatus.EXPIRED)]
    with pytest.raises(ValidationError, match="udløbet"):
        jobs.vacancies.refer(jobs.citizen(1).id, vacancy_id)


def test_a_vacancy_needs_a_known_trade_area_a_future_deadline_and_positions(
    jobs: JobDesk,
) -> None:
    company = jobs.company()
    with pytest.raises(ValidationError, match="Branchen «fiskeri» kendes ikke"):
        jobs.vacancy(company, trade_area="fiskeri")
    with pytest.raises(ValidationError, match="allerede overskredet"):
        jobs.vacancy(company, deadline=jobs.vacancies.today() - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="Antal stillinger"):
        jobs.vacancy(company, positions=0)
    with pytest.raises(NotFoundError, match="Virksomheden findes ikke"):
        jobs.vacancy("8a7f6e1c-0000-4000-8000-000000000000")
    assert jobs.vacancies.search(include_closed=True) == []


def test_editing_changes_only_the_fields_given(jobs: JobDesk) -> None:
    vacancy_id = jobs.vacancy(jobs.company(), "Lagermedarbejder")
    jobs.vacancies.edit_vacancy(vacancy_id, title="Truckfører", hours="37 t/uge")
    detail = jobs.vacancies.detail(vacancy_id)
    assert detail is not None
    assert (detail.line.vacancy.title, detail.line.vacancy.hours) == ("Truckfører", "37 t/uge")
    assert detail.line.vacancy.place == "Køge"
    assert [ln.vacancy.id for ln in jobs.vacancies.search("truck")] == [vacancy_id]
    assert jobs.vacancies.search("lagermedarbejder") == []


def test_the_same_citizen_cannot_be_referred_twice_to_the_same_vacancy(jobs: JobDesk) -> None:
    netto = jobs.company()
    first, second = jobs.vacancy(netto, "Lager"), jobs.vacancy(netto, "Kasse")
    citizen = jobs.citizen(1)
    jobs.vacancies.refer(citizen.id, first, "God til lager")
    with pytest.raises(ConflictError, match="allerede henvist til «Lager»"):
        jobs.vacancies.refer(citizen.id, first)
    jobs.vacancies.refer(citizen.id, second)  # another vacancy is fine
    other = jobs.citizen(2, name="Birgit")
    jobs.vacancies.refer(other.id, first)  # another citizen is fine
    detail = jobs.vacancies.detail(first)
    assert detail is not None
    assert sorted(r.citizen_name for r in detail.referrals) == ["Ali Østergård", "Birgit Østergård"]
    mine = jobs.vacancies.referrals_for_citizen(citizen.id)
    assert sorted(r.vacancy_title for r in mine) == ["Kasse", "Lager"]


def test_the_outcome_is_recorded_later_and_the_last_hire_fills_the_order(
    jobs: JobDesk, clock: Clock
) -> None:
    vacancy_id = jobs.vacancy(jobs.company(), positions=2)
    a, b = jobs.citizen(1), jobs.citizen(2, name="Bo")
    ref_a = jobs.vacancies.refer(a.id, vacancy_id)
    ref_b = jobs.vacancies.refer(b.id, vacancy_id)
    clock.advance(days=3)
    assert jobs.vacancies.record_outcome(ref_a, ReferralOutcome.INTERVIEW) is False
    assert jobs.vacancies.record_outcome(ref_a, ReferralOutcome.HIRED, "Starter 1.12.") is False
    detail = jobs.vacancies.detail(vacancy_id)
    assert detail is not None and detail.line.status is VacancyStatus.OPEN
    assert jobs.vacancies.record_outcome(ref_b, ReferralOutcome.HIRED) is True
    detail = jobs.vacancies.detail(vacancy_id)
    assert detail is not None and detail.line.status is VacancyStatus.FILLED
    outcome = {r.referral.citizen_id: r.referral for r in detail.referrals}[a.id]
    assert (outcome.outcome, outcome.outcome_note) == (ReferralOutcome.HIRED, "Starter 1.12.")
    assert outcome.outcome_at == clock.moment
    assert jobs.vacancies.search() == []  # a filled order leaves the job shop's list
    with pytest.raises(ValidationError, match="Vælg et resultat"):
        jobs.vacancies.record_outcome(ref_a, ReferralOutcome.PENDING)

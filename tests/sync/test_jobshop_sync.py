"""Job orders over the real server: created at one site, seen at every site; a citizen
referred twice to the same order by two offline desks — the second is refused, never lost."""

from __future__ import annotations

import datetime as dt

from app.jobshop.company_service import CompanyService
from app.jobshop.vacancy_service import VacancyService
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk


def vacancies_of(desk: SyncedDesk) -> VacancyService:
    return VacancyService(desk.store.unit_of_work, desk.bus, desk.config)


def test_an_order_made_at_one_site_reaches_every_site_and_a_double_referral_is_refused(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus, skb, nyr = desks("MUS", 1, "mus-aan"), desks("SKB", 1, "skb-sol"), desks("NYR", 1)
    for desk in (mus, skb, nyr):
        desk.enrol(server)
    company_id = CompanyService(mus.store.unit_of_work, mus.bus, mus.config).register(
        "Plejecenter Sølund", cvr="13585628"
    )
    vacancy_id = vacancies_of(mus).create_vacancy(
        company_id=company_id,
        title="Social- og sundhedshjælper",
        trade_area="sosu",
        place="Nørrebro",
        deadline=vacancies_of(mus).today() + dt.timedelta(days=30),
        positions=2,
    )
    citizen = mus.register(1)
    mus.sync()
    skb.sync()
    nyr.sync()
    for desk in (skb, nyr):
        [line] = vacancies_of(desk).search("soelund")
        assert line.vacancy.id == vacancy_id and line.vacancy.site_code == "MUS"

    # Both desks are offline and refer the same citizen to the same order.
    first = vacancies_of(skb).refer(citizen.id, vacancy_id, "Fra Skelbækgade")
    vacancies_of(nyr).refer(citizen.id, vacancy_id, "Fra Nyropsgade")
    skb.sync()  # reaches the server first
    nyr.sync()
    nyr.sync()  # the refusal settles; the local referral is undone

    [rejection] = nyr.sync_store.rejections()
    assert rejection.name == "refer_to_vacancy"
    assert "allerede henvist" in rejection.message
    mus.sync()
    for desk in (mus, skb, nyr):
        detail = vacancies_of(desk).detail(vacancy_id)
        assert detail is not None
        assert [r.referral.id for r in detail.referrals] == [first]
    assert mus.checksum() == skb.checksum() == nyr.checksum()

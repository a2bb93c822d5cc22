"""Job orders distributed by trade area over the real server (SQLite and PostgreSQL): an
order taken at Musvågevej in SOSU lands at Nyropsgade on every desk; two Nyropsgade
counsellors take it while offline; the first to sync has it, the other is told who."""

from __future__ import annotations

import datetime as dt

from app.commands.envelope import new_id
from app.jobshop.company_service import CompanyService
from app.jobshop.vacancy_service import VacancyService
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import DeskMaker, SyncedDesk


def vacancies(desk: SyncedDesk) -> VacancyService:
    return VacancyService(desk.store.unit_of_work, desk.bus, desk.config)


def test_two_counsellors_offline_never_both_take_an_order(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus = desks("MUS", 1, "mus-aan")
    nyr_a, nyr_b = desks("NYR", 2, "nyr-kræ"), desks("NYR", 3, "nyr-pda")
    for desk in (mus, nyr_a, nyr_b):
        desk.enrol(server)
    company = CompanyService(mus.store.unit_of_work, mus.bus, mus.config).register("Sølund")
    order = vacancies(mus).create_vacancy(
        company_id=company,
        title="Social- og sundhedshjælper",
        trade_area="sosu",
        place="Nørrebro",
        deadline=dt.date.today() + dt.timedelta(days=10),
    )
    for desk in (mus, nyr_a, nyr_b):
        desk.sync()
    for desk in (nyr_a, nyr_b):
        seen = vacancies(desk).detail(order)
        assert seen is not None and seen.line.vacancy.lands_at == "NYR"
        assert [o.vacancy.id for o in vacancies(desk).untaken_orders()] == [order]

    vacancies(nyr_a).pick_up(order)  # both offline, both take it
    vacancies(nyr_b).pick_up(order)
    nyr_a.sync()
    nyr_b.sync()
    nyr_b.sync()
    [rejection] = nyr_b.sync_store.rejections()
    assert rejection.name == "pick_up_vacancy"
    assert "allerede taget af Karen Ræbild" in rejection.message
    mus.sync()
    for desk in (mus, nyr_a, nyr_b):
        detail = vacancies(desk).detail(order)
        assert detail is not None and detail.line.vacancy.picked_up_by == "nyr-kræ"
        assert vacancies(desk).untaken_orders() == []
    assert mus.checksum() == nyr_a.checksum() == nyr_b.checksum()


def test_a_hostile_desk_can_neither_take_anothers_order_nor_claim_it_for_a_call(
    server: ServerProcess, desks: DeskMaker
) -> None:
    mus = desks("MUS", 1, "mus-aan")
    mus.enrol(server)
    company = CompanyService(mus.store.unit_of_work, mus.bus, mus.config).register(
        "Sølund", cvr="13585628"
    )
    order = vacancies(mus).create_vacancy(
        company_id=company,
        title="Plejer",
        trade_area="sosu",
        place="Nørrebro",
        deadline=dt.date.today() + dt.timedelta(days=10),
    )
    mus.sync()
    # Another Musvågevej desk, its own enrolment, speaking raw HTTP.
    station = RawStation(server, site="MUS", counter=4, staff="mus-aan").enrol()
    claimed_call = {
        "call_id": new_id(),
        "caller_kind": "virksomhed",
        "cvr": "13585628",
        "topic": "jobordre",
        "note": "",
        "outcome": "jobordre",
        "vacancy_id": order,
    }
    response = station.push(
        station.mutation(1, "pick_up_vacancy", {"vacancy_id": order}),
        station.mutation(2, "log_call", claimed_call, staff_id="mus-bbj"),
        station.mutation(3, "create_vacancy", {
            "vacancy_id": new_id(), "company_id": company, "title": "Plejer", "trade_area": "sosu",
            "place": "Nørrebro", "deadline": (dt.date.today() + dt.timedelta(days=9)).isoformat(),
            "positions": 1, "contact_staff_id": "mus-aan", "responsible_site": "MUS",
        }),
    )  # fmt: skip
    assert response.status_code == 200, response.text
    taken, claimed, steered = response.json()["outcomes"]
    assert taken["status"] == "rejected" and "jobbutikken i Nyropsgade" in taken["message"]
    assert claimed["status"] == "rejected"  # a desk order is no call's order
    assert claimed["message"] == "Jobordren fra opkaldet findes ikke."
    # The landing site is the rule's, never the desk's: the argument is unknown.
    assert steered["status"] == "rejected" and "responsible_site" in steered["message"]
    mus.sync()
    detail = vacancies(mus).detail(order)
    assert detail is not None and detail.line.vacancy.picked_up_at is None

"""`skranke --demo` fills the job shop once: companies, open orders, citizens' job wishes."""

from __future__ import annotations

from sqlalchemy import text

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.jobshop.vacancy_service import VacancyService
from local_cache.demo_data import ensure_demo_jobshop, ensure_demo_population
from local_cache.store import LocalStore
from tests.conftest import configure


def test_demo_job_orders_are_searchable_and_not_waiting_to_sync(store: LocalStore) -> None:
    ensure_demo_population(store, count=100)
    assert ensure_demo_jobshop(store, count=40) == 40
    assert ensure_demo_jobshop(store, count=40) == 0  # once only
    service = VacancyService(
        store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), configure(store)
    )
    lines = service.search(limit=500)
    assert len(lines) == 40
    assert service.search(trade_area="sosu")  # the generator covers the SOSU trade area
    with store.engine.connect() as conn:
        wishes = conn.execute(text("SELECT count(*) FROM job_wish")).scalar_one()
        outbox = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    assert wishes > 0 and outbox == 0

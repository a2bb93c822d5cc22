"""`skranke --demo`: an empty store gets a generated population, so the desk works at once.

Demo citizens and their past visits are written directly (local_cache.bulk_load),
not through commands: they are not shared changes and never go into the outbox.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.demo_population import generate_citizens, generate_visits
from app.jobshop.demo_orders import demo_orders
from app.jobshop.records import Company, Vacancy
from local_cache.bulk_load import bulk_load_citizens, bulk_load_visits
from local_cache.store import LocalStore
from shared_store.jobshop.rows import company_values, vacancy_values
from shared_store.jobshop.tables import CompanyRow, JobWishRow, VacancyRow

DEMO_SEED = 2026
DEMO_WORKSTATION_ID = "demo-population"  # marks the generated past visits


def ensure_demo_population(store: LocalStore, count: int = 2000) -> int:
    """Insert `count` demo citizens (and some past visits) when the store has no citizens.

    Returns how many citizens were inserted: 0 when there were citizens already.
    """
    with store.engine.connect() as conn:
        if conn.execute(text("SELECT EXISTS (SELECT 1 FROM citizen)")).scalar():
            return 0
    today = dt.date.today()
    citizens = list(generate_citizens(count, seed=DEMO_SEED, today=today))
    loaded = bulk_load_citizens(store.engine, citizens)
    with store.unit_of_work() as uow:
        sites = [s.code for s in uow.reference.sites()]
        services = [s.code for s in uow.reference.services()]
        staff = {code: [m.id for m in uow.reference.staff(code)] for code in sites}
    if sites and services:
        visits = generate_visits(
            citizens,
            site_codes=sites,
            service_codes=services,
            staff_by_site=staff,
            workstation_id=DEMO_WORKSTATION_ID,
            seed=DEMO_SEED,
            today=today,
        )
        bulk_load_visits(store.engine, visits)
    return loaded


def ensure_demo_jobshop(store: LocalStore, count: int = 150) -> int:
    """Demo companies, job orders and job wishes when the store has no job orders yet.

    Written directly, like the demo citizens: demo data is not a shared change.
    Returns how many job orders were inserted.
    """
    with store.engine.connect() as conn:
        if conn.execute(text("SELECT EXISTS (SELECT 1 FROM vacancy)")).scalar():
            return 0
    with store.unit_of_work() as uow:
        staff = [s.id for s in uow.reference.staff() if s.role in ("counsellor", "supervisor")]
        sites = [s.code for s in uow.reference.sites()]
        areas = [t.code for t in uow.jobshop.trade_areas()]
    rows = list(
        demo_orders(count, seed=DEMO_SEED, today=dt.date.today(), staff_ids=staff, site_codes=sites)
    )
    with Session(store.engine) as session, session.begin():
        for item in rows:
            if isinstance(item, Company):
                session.add(CompanyRow(**company_values(item)))
            else:
                session.add(VacancyRow(**vacancy_values(item)))
        session.flush()
        # Every fifth demo citizen wants work in one or two trade areas (kvikservice matches).
        citizen_ids = session.scalars(text("SELECT id FROM citizen ORDER BY pk")).all()
        for index, citizen_id in enumerate(citizen_ids[::5]):
            for code in {areas[index % len(areas)], areas[(index * 7) % len(areas)]}:
                session.add(JobWishRow(citizen_id=citizen_id, trade_area=code))
    return sum(1 for item in rows if isinstance(item, Vacancy))

"""`skranke --demo`: an empty store gets a generated population, so the desk works at once.

Demo citizens and their past visits are written directly (local_cache.bulk_load),
not through commands: they are not shared changes and never go into the outbox.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from app.demo_population import generate_citizens, generate_visits
from local_cache.bulk_load import bulk_load_citizens, bulk_load_visits
from local_cache.store import LocalStore

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

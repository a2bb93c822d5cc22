"""Write reference data (sites, counters, services, support bases, staff) into a store."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session

from app.reference_seed import ReferenceSeed
from shared_store.tables import CounterRow, ServiceRow, SiteRow, StaffRow, SupportBasisRow


def apply_reference_seed(engine: Engine, seed: ReferenceSeed) -> None:
    """Upsert the seed: a newer seed corrects labels and dates without touching citizens."""
    with Session(engine) as session, session.begin():
        for site in seed.sites:
            session.merge(SiteRow(**asdict(site)))
        for service in seed.services:
            session.merge(ServiceRow(**asdict(service)))
        session.execute(delete(CounterRow))
        session.add_all(CounterRow(**asdict(counter)) for counter in seed.counters)
        for info in seed.support_bases:
            values = asdict(info)
            values["code"] = info.code.value
            session.merge(SupportBasisRow(**values))
        for member in seed.staff:
            session.merge(StaffRow(**asdict(member)))

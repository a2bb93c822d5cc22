"""Bulk loading demo citizens: all of them, searchable, and never in the outbox."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.demo_population import generate_citizens, generate_visits
from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from local_cache.bulk_load import bulk_load_citizens, bulk_load_visits
from local_cache.demo_data import ensure_demo_population
from local_cache.store import LocalStore

TODAY = dt.date(2026, 11, 25)


def _count(store: LocalStore, sql: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _fts_intact(store: LocalStore) -> None:
    """FTS5's own check that both name indexes agree with the citizen table."""
    with store.engine.begin() as conn:
        for table in ("citizen_words", "citizen_fts"):
            conn.execute(text(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"))


def _nothing_shared(store: LocalStore) -> None:
    with store.unit_of_work() as uow:
        assert uow.outbox.pending_count() == 0
    assert _count(store, "SELECT count(*) FROM outbox") == 0
    assert _count(store, "SELECT count(*) FROM applied_command") == 0


@pytest.mark.parametrize("reindex", [False, True], ids=["triggers", "reindex"])
def test_loaded_citizens_are_all_there_and_found_by_name(
    store: LocalStore, registration: RegistrationService, reindex: bool
) -> None:
    citizens = list(generate_citizens(3000, seed=4, today=TODAY))
    loaded = bulk_load_citizens(store.engine, citizens, batch_size=700, reindex=reindex)

    assert loaded == 3000 == _count(store, "SELECT count(*) FROM citizen")
    _fts_intact(store)
    some = citizens[1234]
    hits = registration.search(some.full_name, limit=500)
    assert some.id in {h.citizen_id for h in hits}
    card = registration.card(some.id)
    assert card is not None and card.citizen == some
    _nothing_shared(store)


def test_reindexing_load_keeps_the_trigger_so_later_registrations_are_found(
    store: LocalStore, registration: RegistrationService
) -> None:
    bulk_load_citizens(store.engine, generate_citizens(500, today=TODAY), reindex=True)
    registration.register_citizen(
        NewCitizen("0101901235", "Quirin", "Zebedæus", SupportBasis.OTHER)
    )
    assert [h.full_name for h in registration.search("zebedae")] == ["Quirin Zebedæus"]
    _fts_intact(store)


def test_a_failing_reindexing_load_changes_nothing(store: LocalStore) -> None:
    citizens = list(generate_citizens(200, today=TODAY))
    with pytest.raises(IntegrityError):  # the same CPR twice
        bulk_load_citizens(store.engine, [*citizens, citizens[0]], reindex=True)
    assert _count(store, "SELECT count(*) FROM citizen") == 0
    trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'citizen_fts_insert'"
    assert _count(store, trigger) == 1


def test_loaded_visits_show_as_history_on_the_card(
    store: LocalStore, registration: RegistrationService
) -> None:
    citizens = list(generate_citizens(400, today=TODAY))
    bulk_load_citizens(store.engine, citizens)
    visits = list(
        generate_visits(
            citizens,
            site_codes=["SKB"],
            service_codes=["aaben_raadgivning"],
            staff_by_site={"SKB": ["skb-mhl"]},
            workstation_id="demo",
            today=TODAY,
        )
    )
    assert bulk_load_visits(store.engine, visits) == len(visits) > 0
    card = registration.card(visits[0].citizen_id)
    assert card is not None
    assert card.recent_visits and card.recent_visits[0].service_name == "Åben rådgivning"
    _nothing_shared(store)


def test_demo_population_fills_an_empty_store_once(
    store: LocalStore, registration: RegistrationService
) -> None:
    assert ensure_demo_population(store, count=300) == 300
    assert ensure_demo_population(store, count=300) == 0
    assert _count(store, "SELECT count(*) FROM citizen") == 300
    assert _count(store, "SELECT count(*) FROM visit") > 0
    assert registration.search("a")  # the desk finds people at once
    _nothing_shared(store)


def test_demo_population_leaves_a_store_with_citizens_alone(
    store: LocalStore, registration: RegistrationService
) -> None:
    registration.register_citizen(NewCitizen("0101901235", "Åse", "Bøgh", SupportBasis.STUDENT))
    assert ensure_demo_population(store) == 0
    assert _count(store, "SELECT count(*) FROM citizen") == 1

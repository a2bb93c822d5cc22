"""Finding a citizen by name through RegistrationService.search, on a real store."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.commands.bus import CommandBus
from app.demo_population import generate_citizens
from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.bulk_load import bulk_load_citizens
from local_cache.store import LocalStore
from shared_store.registration.name_search import find_citizen_pks

NAMES = [
    ("Søren", "Jensen"),
    ("Jens", "Sørensen"),
    ("Jens Peter", "Hansen"),
    ("Mette", "Jensen"),
    ("Anne", "Bojensen"),
    ("Åse", "Ågård"),
    ("Karl", "Aagaard"),
    ("Birthe", "Bøgh Østergaard"),
    ("Lærke", "Kræmer"),
    ("René", "Müller"),
    ("Emre", "Çelik"),
    ("Fatima", "Al-Hassan"),
    ("Søren", "Nørgaard"),
]


@pytest.fixture
def desk(registration: RegistrationService) -> RegistrationService:
    cprs = [c.cpr for c in generate_citizens(len(NAMES), seed=9, today=dt.date(2026, 11, 25))]
    for cpr, (given, family) in zip(cprs, NAMES, strict=True):
        registration.register_citizen(NewCitizen(cpr, given, family, SupportBasis.OTHER))
    return registration


def names(desk: RegistrationService, query: str) -> list[str]:
    return [hit.full_name for hit in desk.search(query)]


def test_the_start_of_the_name_finds_it(desk: RegistrationService) -> None:
    assert names(desk, "sø") == ["Søren Jensen", "Søren Nørgaard", "Jens Sørensen"]
    assert names(desk, "søren j") == ["Søren Jensen", "Jens Sørensen"]


def test_any_word_can_be_typed_first(desk: RegistrationService) -> None:
    assert names(desk, "jensen s") == ["Søren Jensen"]
    assert names(desk, "kræmer") == ["Lærke Kræmer"]


def test_a_piece_from_inside_a_name_finds_it(desk: RegistrationService) -> None:
    assert set(names(desk, "gaard")) == {
        "Åse Ågård",
        "Karl Aagaard",
        "Birthe Bøgh Østergaard",
        "Søren Nørgaard",
    }
    assert "Jens Sørensen" in names(desk, "sen")
    assert names(desk, "ren gaard") == ["Søren Nørgaard"]  # fragments of two words


def test_case_and_accents_do_not_matter(desk: RegistrationService) -> None:
    assert names(desk, "SØREN JENSEN") == names(desk, "søren jensen") == ["Søren Jensen"]
    assert names(desk, "rene") == ["René Müller"]
    assert names(desk, "celik") == ["Emre Çelik"]
    assert names(desk, "mueller") == ["René Müller"]  # ü is ue, the German way


def test_aa_and_the_danish_aa_letter_are_the_same(desk: RegistrationService) -> None:
    both = {"Åse Ågård", "Karl Aagaard"}
    assert set(names(desk, "aagaard")) == set(names(desk, "ågård")) == both
    assert names(desk, "aase") == names(desk, "åse") == ["Åse Ågård"]
    assert names(desk, "østergaard") == names(desk, "oestergaard") == ["Birthe Bøgh Østergaard"]


def test_one_or_two_letters_match_the_start_of_a_word_only(desk: RegistrationService) -> None:
    assert names(desk, "k") == ["Karl Aagaard", "Lærke Kræmer"]
    assert names(desk, "ø") == ["Birthe Bøgh Østergaard"]  # ø = oe
    assert names(desk, "rg") == []  # in Nørgaard, but not the start of a word
    assert names(desk, "al h") == ["Fatima Al-Hassan"]  # a hyphen splits words


def test_prefix_matches_come_before_word_and_infix_matches(desk: RegistrationService) -> None:
    # The whole name starts with «jens», then a word starts with it, then it is inside one.
    assert names(desk, "jens") == [
        "Jens Peter Hansen",
        "Jens Sørensen",
        "Mette Jensen",
        "Søren Jensen",
        "Anne Bojensen",
    ]


def test_unknown_names_and_blank_queries_find_nothing(desk: RegistrationService) -> None:
    assert names(desk, "xyzzy") == []
    assert names(desk, "søren xyzzy") == []
    assert names(desk, "   ") == []


def test_search_syntax_characters_are_taken_as_text(desk: RegistrationService) -> None:
    assert names(desk, '"jens*') == [
        "Jens Peter Hansen",
        "Jens Sørensen",
        "Mette Jensen",
        "Søren Jensen",
    ]
    assert names(desk, "jensen OR hansen") == []


def test_the_limit_is_kept_without_duplicates(desk: RegistrationService) -> None:
    hits = desk.search("a", limit=3)
    assert len(hits) == 3
    everyone = desk.search("a", limit=100)
    assert len({h.citizen_id for h in everyone}) == len(everyone)


def test_a_renamed_citizen_is_found_by_the_new_name_only(
    desk: RegistrationService, bus: CommandBus, workstation: WorkstationConfig, store: LocalStore
) -> None:
    citizen_id = desk.search("kræmer")[0].citizen_id
    change = {"citizen_id": citizen_id, "changes": {"family_name": "Vestergård"}}
    bus.execute_one(workstation.envelope("update_citizen", 1, change))
    assert names(desk, "kræmer") == []
    assert names(desk, "vestergaard") == ["Lærke Vestergård"]
    with store.engine.begin() as conn:
        for table in ("citizen_words", "citizen_fts"):
            conn.exec_driver_sql(
                f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"
            )


def test_a_spent_time_budget_returns_what_was_found_and_leaves_the_connection_usable(
    store: LocalStore,
) -> None:
    bulk_load_citizens(store.engine, generate_citizens(3000, seed=2, today=dt.date(2026, 11, 25)))
    conn = sqlite3.connect(store.path)
    try:
        full = find_citizen_pks(conn, "sen", limit=50)
        cut = find_citizen_pks(conn, "sen", limit=50, budget_s=-1.0)  # spent before it starts
        assert len(full) == 50 and len(cut) < 50 and set(cut) <= set(full)
        # The prefix tier is not budgeted: it is one cheap index range.
        assert find_citizen_pks(conn, "s", limit=50, budget_s=-1.0) == find_citizen_pks(
            conn, "s", limit=50
        )
        assert find_citizen_pks(conn, "sen", limit=50) == full  # the handler is gone again
    finally:
        conn.close()

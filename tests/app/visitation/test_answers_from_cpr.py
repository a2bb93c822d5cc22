"""What the CPR answers is never guessed: the age decides «under 30», and a young citizen
without vocational education is uddannelsesparat (or aktivitetsparat), never jobparat."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.visitation.citizen_age import age_on
from app.visitation.schemes import choose_scheme
from app.visitation.seed import load_visitation_seed
from tests.app.visitation.conftest import VisitationDesk

PARAT = choose_scheme(load_visitation_seed().schemes, dt.date(2026, 11, 24))


@pytest.mark.parametrize(
    ("cpr", "day", "age"),
    [
        ("0101034321", dt.date(2026, 11, 24), 23),  # born 2003 (7th digit 4)
        ("2411961234", dt.date(2026, 11, 24), 30),  # the birthday itself counts
        ("2511961234", dt.date(2026, 11, 24), 29),
        ("0707901234", dt.date(2026, 11, 24), 36),
        ("3213901234", dt.date(2026, 11, 24), None),  # no such date: nothing is assumed
    ],
)
def test_the_age_is_read_from_the_cpr(cpr: str, day: dt.date, age: int | None) -> None:
    assert age_on(cpr, day) == age


def test_from_30_the_cpr_answers_under_30_and_below_it_nothing_is_preset() -> None:
    assert PARAT.key == ("parat", 2)
    assert PARAT.answers_from_age(30) == {"ung_uden_uddannelse": "nej"}
    assert PARAT.answers_from_age(29) == {}
    assert PARAT.answers_from_age(None) == {}
    assert "ung_uden_uddannelse" not in PARAT.default_answers()


def test_a_young_citizen_without_education_is_uddannelsesparat_not_asked_about_jobs() -> None:
    young = PARAT.check_answers(PARAT.default_answers() | {"ung_uden_uddannelse": "ja"})
    assert "kan_tage_job" not in young  # not asked of the young
    assert PARAT.suggest(young) == "uddannelsesparat"
    assert PARAT.next_step("uddannelsesparat", young).target == "unge_uddannelse"
    cannot_start = young | {"kan_starte_uddannelse": "nej"}
    assert PARAT.suggest(cannot_start) == "aktivitetsparat"
    # An answer to a question that was not asked is dropped, whatever it says.
    with_job = PARAT.check_answers(young | {"kan_tage_job": "ja"})
    assert "kan_tage_job" not in with_job and PARAT.suggest(with_job) == "uddannelsesparat"


def test_the_visitation_opens_with_the_age_and_what_it_answers(desk: VisitationDesk) -> None:
    young = desk.registration.register_citizen(
        NewCitizen("0101034321", "Sami", "Østergård", SupportBasis.CASH_BENEFIT)
    )
    opened = desk.visitation.start(young.id)
    assert (opened.age, opened.answered_by_cpr) == (23, {})
    older = desk.visitation.start(desk.citizen().id)
    assert older.age == 36 and older.answered_by_cpr == {"ung_uden_uddannelse": "nej"}

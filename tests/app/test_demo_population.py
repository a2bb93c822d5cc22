"""The generated population: valid, unique, varied, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import islice

import pytest

from app.cpr import parse_cpr
from app.demo_population import (
    EDUCATION_BENEFIT_ENDED,
    CprSource,
    century_digits,
    generate_citizens,
    generate_visits,
)
from app.entities import Citizen, SupportBasis

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def population() -> list[Citizen]:
    return list(generate_citizens(6000, seed=11, today=TODAY))


def _age(birth: dt.date) -> int:
    return TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))


def test_every_cpr_is_valid_unique_and_aged_16_to_80(population: list[Citizen]) -> None:
    parsed = [parse_cpr(c.cpr, today=TODAY) for c in population]
    assert len({p.digits for p in parsed}) == len(population)
    # A wrong century digit would put the birth a hundred years off: out of this range.
    assert all(16 <= _age(p.birth_date) <= 80 for p in parsed)


def test_both_old_modulus_11_and_post_2007_numbers_occur(population: list[Citizen]) -> None:
    parsed = [parse_cpr(c.cpr, today=TODAY) for c in population]
    kinds = Counter(p.modulus11_ok for p in parsed)
    assert kinds[True] > kinds[False] > 0
    born_late = [p for p in parsed if p.birth_date >= dt.date(2007, 10, 1)]
    assert born_late and not all(p.modulus11_ok for p in born_late)


def test_every_support_basis_occurs_in_plausible_shares(population: list[Citizen]) -> None:
    shares = Counter(c.support_basis for c in population)
    assert set(shares) == set(SupportBasis)
    assert shares.most_common(1)[0][0] is SupportBasis.INSURED
    assert shares[SupportBasis.EDUCATION_BENEFIT] < shares[SupportBasis.CASH_BENEFIT]


def test_education_benefit_appears_only_on_records_from_before_the_reform(
    population: list[Citizen],
) -> None:
    old = [c for c in population if c.support_basis is SupportBasis.EDUCATION_BENEFIT]
    assert old
    assert all(c.updated_at.date() < EDUCATION_BENEFIT_ENDED for c in old)


def test_insured_citizens_have_an_a_kasse_and_the_others_none(population: list[Citizen]) -> None:
    insured = [c for c in population if c.support_basis is SupportBasis.INSURED]
    assert all(c.a_kasse for c in insured)
    assert not any(c.a_kasse for c in population if c.support_basis is not SupportBasis.INSURED)


def test_some_but_not_all_have_phone_and_email(population: list[Citizen]) -> None:
    phones = sum(bool(c.phone) for c in population)
    mails = [c.email for c in population if c.email]
    assert 0 < phones < len(population)
    assert 0 < len(mails) < len(population)
    assert all("@" in m and m.isascii() for m in mails)


def test_names_have_danish_letters_double_names_and_other_origins(
    population: list[Citizen],
) -> None:
    names = [c.full_name for c in population]
    for letter in "æøå":
        assert any(letter in n.lower() for n in names), letter
    assert any(" " in c.given_name for c in population)
    assert any(" " in c.family_name for c in population)
    assert {"Ahmed", "Nguyen", "Nowak"} & {c.family_name for c in population}
    assert len(set(names)) > len(names) // 4  # varied, yet common names recur


def test_the_same_seed_gives_the_same_people_and_another_seed_others() -> None:
    first = list(generate_citizens(300, seed=5, today=TODAY))
    again = list(generate_citizens(300, seed=5, today=TODAY))
    other = list(generate_citizens(300, seed=6, today=TODAY))
    assert first == again
    assert [c.cpr for c in first] != [c.cpr for c in other]


def test_generation_is_lazy_so_a_huge_count_costs_nothing_up_front() -> None:
    first_ten = list(islice(generate_citizens(10**9, seed=1, today=TODAY), 10))
    assert len(first_ten) == 10


def test_a_crowded_birth_date_spills_into_new_style_numbers_then_runs_out() -> None:
    source = CprSource(seed=3)
    birth = dt.date(1990, 1, 1)
    checked = iter(lambda: source.take(birth, checked=True), None)
    unchecked = iter(lambda: source.take(birth, checked=False), None)
    numbers = [*checked, *unchecked]
    assert len(numbers) == len(set(numbers)) == len(century_digits(1990)) * 1000
    assert all(parse_cpr(n, today=TODAY).birth_date == birth for n in numbers)
    assert source.take(birth, checked=True) is None


def test_century_digits_follow_the_cpr_table() -> None:
    assert century_digits(1950) == (0, 1, 2, 3, 4, 9)
    assert century_digits(1920) == (0, 1, 2, 3)
    assert century_digits(2005) == (4, 5, 6, 7, 8, 9)
    with pytest.raises(ValueError):
        century_digits(1700)


def test_past_visits_belong_to_the_given_citizens_and_lie_in_the_past(
    population: list[Citizen],
) -> None:
    visits = list(
        generate_visits(
            population[:800],
            site_codes=["MUS", "NYR"],
            service_codes=["jobbutik", "aftale"],
            staff_by_site={"MUS": ["mus-bbj"], "NYR": ["nyr-ajm"]},
            workstation_id="demo",
            today=TODAY,
        )
    )
    ids = {c.id for c in population[:800]}
    assert visits and {v.citizen_id for v in visits} <= ids
    assert all(v.started_at.date() < TODAY for v in visits)
    assert {v.site_code for v in visits} == {"MUS", "NYR"}
    assert all(v.staff_id == ("mus-bbj" if v.site_code == "MUS" else "nyr-ajm") for v in visits)

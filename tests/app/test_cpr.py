"""CPR parsing: what a receptionist types or a scanner sends, and every way it can be wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from app.cpr import CprError, LegalGender, looks_like_cpr, mask_cpr, parse_cpr

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("typed", ["211062-5629", "2110625629", " 211062 5629 ", "211062-5629\n"])
def test_accepts_with_or_without_dash_and_scanner_input(typed: str) -> None:
    cpr = parse_cpr(typed, today=TODAY)
    assert cpr.digits == "2110625629"
    assert cpr.formatted == "211062-5629"


def test_modulus11_valid_number_is_flagged_as_such() -> None:
    assert parse_cpr("070761-4285", today=TODAY).modulus11_ok is True


def test_post_2007_number_without_modulus11_is_accepted() -> None:
    cpr = parse_cpr("010190-1235", today=TODAY)  # fails modulus 11, valid since 2007
    assert cpr.modulus11_ok is False
    assert cpr.birth_date == dt.date(1990, 1, 1)


@pytest.mark.parametrize(
    ("digits", "born"),
    [
        ("0101370123", dt.date(1937, 1, 1)),  # 7th digit 0–3: always 1900s
        ("0101364123", dt.date(2036, 1, 1)),  # 4 and 9: 00–36 → 2000s (future, see below)
        ("0101374123", dt.date(1937, 1, 1)),  # 4 and 9: 37–99 → 1900s
        ("0101579123", dt.date(1957, 1, 1)),
        ("0101105123", dt.date(2010, 1, 1)),  # 5–8: 00–57 → 2000s
        ("0101585123", dt.date(1858, 1, 1)),  # 5–8: 58–99 → 1800s
    ],
)
def test_century_follows_the_seventh_digit(digits: str, born: dt.date) -> None:
    cpr = parse_cpr(digits, today=dt.date(2040, 1, 1))
    assert cpr.birth_date == born


def test_legal_gender_from_last_digit() -> None:
    assert parse_cpr("0101901235", today=TODAY).gender is LegalGender.MALE
    assert parse_cpr("0101901234", today=TODAY).gender is LegalGender.FEMALE


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "Skriv et CPR-nummer"),
        ("   ", "Skriv et CPR-nummer"),
        ("21106-5629", "10 cifre – der er 9"),
        ("21106256290", "10 cifre – der er 11"),
        ("2110A25629", "«A» er ikke tilladt"),
        ("211062-562x", "«x» er ikke tilladt"),
        ("211062_5629", "«_» er ikke tilladt"),
        ("3202621234", "Datoen i CPR-nummeret (32.02.62) findes ikke"),
        ("3102621234", "Datoen i CPR-nummeret (31.02.62) findes ikke"),
        ("2902011234", "Datoen i CPR-nummeret (29.02.01) findes ikke"),  # 1901 is no leap year
        ("2902001234", "Datoen i CPR-nummeret (29.02.00) findes ikke"),  # nor is 1900
        ("0113621234", "Måneden i CPR-nummeret (13)"),
        ("0100621234", "Måneden i CPR-nummeret (00)"),
        ("0001621234", "Dagen i CPR-nummeret kan ikke være 00"),
        ("0101304123", "ligger i fremtiden"),  # 2030
    ],
)
def test_each_mistake_gets_its_own_danish_message(typed: str, fragment: str) -> None:
    with pytest.raises(CprError) as caught:
        parse_cpr(typed, today=TODAY)
    assert fragment in caught.value.message
    assert caught.value.field == "cpr"


def test_leap_day_in_a_leap_year_is_a_real_date() -> None:
    assert parse_cpr("2902044123", today=TODAY).birth_date == dt.date(2004, 2, 29)


def test_masking_hides_the_serial_part_everywhere() -> None:
    cpr = parse_cpr("211062-5629", today=TODAY)
    assert cpr.masked == "211062-xxxx"
    assert mask_cpr("2110625629") == "211062-xxxx"
    assert "5629" not in str(cpr)


def test_digits_look_like_a_cpr_search_and_letters_do_not() -> None:
    assert looks_like_cpr("211062-56")
    assert not looks_like_cpr("Søren")
    assert not looks_like_cpr("")

"""Schemes are dated data: the date picks the scheme, the answers suggest the category,
the category (or a decisive answer) picks the next step."""

from __future__ import annotations

import copy
import datetime as dt
import json
from importlib import resources
from typing import Any

import pytest

from app.errors import ValidationError
from app.visitation.schemes import choose_scheme
from app.visitation.seed import load_visitation_seed, parse_scheme, parse_visitation_seed

SEED = load_visitation_seed()


def raw_seed() -> dict[str, Any]:
    text = (
        resources.files("resources.seed").joinpath("categorisation_schemes.json").read_text("utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2006, 1, 1), "match"),
        (dt.date(2013, 12, 31), "match"),
        (dt.date(2014, 1, 1), "parat"),
        (dt.date(2026, 12, 31), "parat"),
        (dt.date(2027, 1, 1), "reform2027"),
        (dt.date(2027, 1, 2), "reform2027"),
        (dt.date(2040, 6, 1), "reform2027"),
    ],
)
def test_the_date_alone_picks_the_scheme(day: dt.date, code: str) -> None:
    assert choose_scheme(SEED.schemes, day).code == code


def test_a_day_before_any_scheme_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="Intet visitationsskema gælder den 31.12.2005"):
        choose_scheme(SEED.schemes, dt.date(2005, 12, 31))


def test_a_corrected_version_wins_over_the_old_one_on_the_same_days() -> None:
    parat = [s for s in raw_seed()["schemes"] if s["code"] == "parat"]
    body = copy.deepcopy(max(parat, key=lambda s: int(s["version"])))
    body["version"] = 3
    body["label_da"] = "Jobparat m.fl. (rettet)"
    corrected = parse_scheme(body)
    chosen = choose_scheme([*SEED.schemes, corrected], dt.date(2026, 12, 31))
    assert (chosen.code, chosen.version, chosen.label_da) == ("parat", 3, "Jobparat m.fl. (rettet)")


def scheme(code: str) -> Any:
    return next(s for s in SEED.schemes if s.code == code)


@pytest.mark.parametrize(
    ("answers", "category", "target"),
    [
        ({"kan_tage_job": "ja", "problemer": "ingen"}, "match1", "gruppemoede"),
        ({"kan_tage_job": "ja", "problemer": "nogle"}, "match2", "gruppemoede"),
        ({"kan_tage_job": "nej", "problemer": "ingen"}, "match3", "gruppemoede"),
        ({"kan_tage_job": "nej", "problemer": "nogle"}, "match4", "individuel_samtale"),
        ({"kan_tage_job": "ja", "problemer": "betydelige"}, "match5", "individuel_samtale"),
    ],
)
def test_match_groups_lead_to_group_meeting_or_interview(
    answers: dict[str, str], category: str, target: str
) -> None:
    match = scheme("match")
    given = match.default_answers() | answers
    assert match.suggest(given) == category
    step = match.next_step(category, given)
    assert step.target == target
    if target == "gruppemoede":
        assert step.meeting_kinds == ("jobmoede", "cv_moede")
        assert match.category(category).job_ready


def test_young_without_education_goes_to_unge_og_uddannelse_whatever_the_match() -> None:
    match = scheme("match")
    given = {"kan_tage_job": "ja", "problemer": "ingen", "ung_uden_uddannelse": "ja"}
    step = match.next_step("match1", given)
    assert (step.target, step.move_anchor) == ("unge_uddannelse", True)


@pytest.mark.parametrize(
    ("answers", "category", "target"),
    [
        ({"kan_tage_job": "ja"}, "jobparat", "gruppemoede"),
        ({"kan_tage_job": "nej"}, "aktivitetsparat", "individuel_samtale"),
        (
            {"ung_uden_uddannelse": "ja", "kan_starte_uddannelse": "ja", "kan_tage_job": "nej"},
            "uddannelsesparat",
            "unge_uddannelse",
        ),
        (
            {"ung_uden_uddannelse": "ja", "kan_starte_uddannelse": "nej", "kan_tage_job": "ja"},
            "aktivitetsparat",
            "individuel_samtale",
        ),
        ({"kan_tage_job": "ja", "uddannelsesniveau": "mvu_lvu"}, "jobparat", "mvu_lvu"),
        ({"kan_tage_job": "nej", "sprogstoette": "ja"}, "aktivitetsparat", "sprog_integration"),
    ],
)
def test_2014_categories_and_their_next_steps(
    answers: dict[str, str], category: str, target: str
) -> None:
    parat = scheme("parat")
    given = parat.default_answers() | answers
    assert parat.suggest(given) == category
    assert parat.next_step(category, given).target == target


def test_from_2027_everyone_is_jobparat_unless_assessed_otherwise() -> None:
    reform = scheme("reform2027")
    assert reform.suggest(reform.default_answers()) == "jobparat"
    assert "uddannelsesparat" not in {c.code for c in reform.categories}
    assessed = reform.default_answers() | {"konkret_grundlag": "ja"}
    assert reform.suggest(assessed) == "ikke_jobparat"
    assert reform.next_step("ikke_jobparat", assessed).target == "individuel_samtale"


def test_answers_must_cover_every_question_with_a_known_option() -> None:
    parat = scheme("parat")
    with pytest.raises(ValidationError, match="ikke besvaret"):
        parat.check_answers(parat.default_answers())  # kan_tage_job has no default
    with pytest.raises(ValidationError, match="passer ikke"):
        parat.check_answers(parat.default_answers() | {"kan_tage_job": "måske"})
    with pytest.raises(ValidationError, match="kender ikke"):
        parat.check_answers(parat.default_answers() | {"kan_tage_job": "ja", "x": "y"})


def test_a_broken_scheme_is_refused_with_a_danish_message() -> None:
    data = raw_seed()
    data["schemes"][0]["criteria"][0]["category"] = "match9"
    with pytest.raises(ValidationError, match="ukendt kategori"):
        parse_visitation_seed(data)
    data = raw_seed()
    data["schemes"][1]["categories"][0]["next_step"]["target"] = "månen"
    with pytest.raises(ValidationError, match="ukendte mål «månen»"):
        parse_visitation_seed(data)


def test_limits_and_targets_are_data() -> None:
    data = raw_seed()
    data["anti_kastebold"] = {"max_onward_referrals": 4, "window_days": 14}
    seed = parse_visitation_seed(data)
    assert (seed.kastebold.max_onward, seed.kastebold.window_days) == (4, 14)
    assert {t.code for t in seed.targets} >= {
        "unge_uddannelse",
        "sprog_integration",
        "mvu_lvu",
        "fagomraade",
        "gruppemoede",
        "individuel_samtale",
        "ydelsesservice",
        "sygedagpenge",
        "socialforvaltning",
        "anden_aktoer",
    }

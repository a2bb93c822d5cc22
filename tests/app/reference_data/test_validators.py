"""Each kind's rules refuse a bad draft in Danish, naming the row, the field and the rule."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import ValidationError
from app.reference_data.base import seed_version
from app.reference_data.kinds import HOME_TARGET, PLACEMENTS
from app.reference_data.model import Kind
from app.reference_data.validators import Context, validate
from app.visitation.targets import HOME_TARGET as VISITATION_HOME
from app.visitation.targets import Placement

CONTEXT = Context(
    site_codes=frozenset({"MUS", "SKB", "NYR"}),
    service_codes=frozenset({"aftale", "ydelsesservice", "jobbutik"}),
    specialist_functions=frozenset({"Unge og Uddannelse", "Sprog og Integration", "MVU/LVU"}),
    scheme_targets=frozenset({"gruppemoede", "individuel_samtale"}),
)


def seed_rows(kind: Kind) -> list[dict[str, Any]]:
    return [dict(r) for r in seed_version(kind).rows]


def refusal(kind: Kind, rows: Any, context: Context = CONTEXT) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate(kind, rows, context)
    return caught.value


def test_every_seed_file_passes_its_own_rules() -> None:
    for kind in Kind:
        assert validate(kind, seed_rows(kind), CONTEXT)


def test_the_seed_targets_include_offers_and_the_2006_agreements_centres() -> None:
    codes = {str(r["code"]) for r in seed_rows(Kind.REFERRAL_TARGETS)}
    assert {"tilbud_virksomhedspraktik", "tilbud_loentilskud", "tilbud_vejledning"} <= codes
    assert {"cjf", "jsv", "cue", "cku", "cet", "dgj", "uci", "sprogcenter_kigkurren"} <= codes


def test_threshold_warning_must_come_before_the_limit() -> None:
    error = refusal(
        Kind.QUEUE_THRESHOLDS, [{"site_code": "", "warn_minutes": 15, "limit_minutes": 15}]
    )
    assert str(error) == (
        "Række 1: «Advarsel (min)» (15) skal være mindre end «Grænse (min)» (15)."
    )
    assert error.field == "0.warn_minutes"


def test_typed_text_is_read_as_numbers_and_a_word_is_refused_by_name() -> None:
    rows = validate(
        Kind.QUEUE_THRESHOLDS,
        [{"site_code": "SKB", "warn_minutes": "5", "limit_minutes": " 8"}],
        CONTEXT,
    )
    assert rows == ({"site_code": "SKB", "warn_minutes": 5, "limit_minutes": 8},)
    error = refusal(
        Kind.QUEUE_THRESHOLDS, [{"site_code": "", "warn_minutes": "ti", "limit_minutes": 15}]
    )
    assert str(error) == "Række 1: «Advarsel (min)» skal være et helt tal fra 1 til 240."
    assert error.field == "0.warn_minutes"


def test_an_unknown_site_and_a_repeated_row_are_refused() -> None:
    error = refusal(
        Kind.QUEUE_THRESHOLDS, [{"site_code": "ABC", "warn_minutes": 5, "limit_minutes": 9}]
    )
    assert str(error) == "Række 1: afdelingen «ABC» kendes ikke (MUS, NYR eller SKB)."
    assert error.field == "0.site_code"
    row = {"site_code": "MUS", "warn_minutes": 5, "limit_minutes": 9}
    error = refusal(Kind.QUEUE_THRESHOLDS, [row, dict(row)])
    assert str(error) == "Række 2 gentager række 1 (MUS); hver række skal være entydig."


def test_opening_hours_open_before_they_close_on_a_named_weekday() -> None:
    row = {"site_code": "MUS", "weekday": "mandag", "opens": "15:00", "closes": "09:00"}
    error = refusal(Kind.OPENING_HOURS, [row])
    assert str(error) == "Række 1: «Åbner» (15:00) skal ligge før «Lukker» (09:00)."
    assert error.field == "0.closes"
    error = refusal(Kind.OPENING_HOURS, [row | {"weekday": "fredagen", "opens": "08:00"}])
    assert "«Ugedag» skal være en af mandag" in str(error)
    error = refusal(Kind.OPENING_HOURS, [row | {"opens": "8.00"}])
    assert str(error) == "Række 1: «Åbner» skal være et klokkeslæt som 09:30."


def test_a_referral_target_in_use_is_retired_not_deleted() -> None:
    rows = seed_rows(Kind.REFERRAL_TARGETS)
    in_use = Context(
        site_codes=CONTEXT.site_codes,
        service_codes=CONTEXT.service_codes,
        specialist_functions=CONTEXT.specialist_functions,
        codes_in_force=frozenset(str(r["code"]) for r in rows),
    )
    error = refusal(Kind.REFERRAL_TARGETS, [r for r in rows if r["code"] != "cjf"], in_use)
    assert str(error) == (
        "«cjf» kan ikke slettes, for registreringer henviser til den; "
        "sæt «Kan vælges» til nej i stedet."
    )
    retired = [r | {"selectable": False} if r["code"] == "cjf" else r for r in rows]
    assert validate(Kind.REFERRAL_TARGETS, retired, in_use)


def test_referral_target_rules_name_the_field() -> None:
    rows = seed_rows(Kind.REFERRAL_TARGETS)
    new = {"code": "ny", "label_da": "Ny", "placement": "specialist", "can_anchor": True}
    error = refusal(Kind.REFERRAL_TARGETS, [*rows, new])
    assert str(error).endswith("«Specialfunktion» skal udfyldes, når placeringen er «specialist».")
    assert error.field == f"{len(rows)}.specialist_function"
    queued = new | {"placement": "own_site", "ticket_service": "kaffe"}
    error = refusal(Kind.REFERRAL_TARGETS, [*rows, queued])
    assert "køen «kaffe» findes ikke" in str(error)
    error = refusal(Kind.REFERRAL_TARGETS, [r for r in rows if r["code"] != "gruppemoede"])
    assert str(error) == "Visitationsskemaerne henviser til «gruppemoede»; det kan ikke fjernes."
    error = refusal(Kind.REFERRAL_TARGETS, [*rows, new | {"code": "Ny Kode"}])
    assert "«Kode» må kun indeholde små bogstaver" in str(error)


def test_support_bases_keep_their_codes_and_carry_one_flag_at_most() -> None:
    rows = seed_rows(Kind.SUPPORT_BASES)
    new = {"code": "ny_ydelse", "label_da": "Ny ydelse", "label_en": "New benefit"}
    assert validate(Kind.SUPPORT_BASES, [*rows, new], CONTEXT)[-1]["primary_visitation"] is False
    error = refusal(Kind.SUPPORT_BASES, [*rows, new | {"code": "Ny ydelse"}])
    assert "«Kode» må kun indeholde små bogstaver" in str(error)
    both = [r | {"akasse_report": True} if r["code"] == "kontanthjaelp" else r for r in rows]
    assert "ikke begge" in str(refusal(Kind.SUPPORT_BASES, both))
    backwards = [
        r | {"valid_from": "2026-01-01", "valid_to": "2025-01-01"} if r["code"] == "andet" else r
        for r in rows
    ]
    assert "ligger efter «Gælder til»" in str(refusal(Kind.SUPPORT_BASES, backwards))


def test_an_empty_draft_and_unknown_columns_are_refused() -> None:
    assert str(refusal(Kind.QUEUE_THRESHOLDS, [])) == "Køens grænser skal have mindst én række."
    error = refusal(Kind.QUEUE_THRESHOLDS, [{"site_code": "", "warn": 1}])
    assert str(error) == "Række 1 har ukendte felter: warn."


def test_the_placements_and_first_anchor_match_visitation() -> None:
    assert PLACEMENTS == tuple(p.value for p in Placement)
    assert HOME_TARGET == VISITATION_HOME


def test_target_groups_name_a_group_alike_and_list_codes() -> None:
    rows = seed_rows(Kind.TARGET_GROUPS)
    renamed = [*rows, rows[0] | {"label_da": "Dagpenge", "category": "match1"}]
    error = refusal(Kind.TARGET_GROUPS, renamed)
    assert str(error) == (
        f"Række {len(rows) + 1}: målgruppen «dagpengeindsats» hedder «Dagpengeindsats» i "
        "række 1; giv den samme navn i alle rækker."
    )
    error = refusal(Kind.TARGET_GROUPS, [rows[0] | {"support_basis": "forsikret; andet"}])
    assert "skal være koder adskilt af komma" in str(error)
    spaced = validate(Kind.TARGET_GROUPS, [rows[0] | {"category": " match1 ,-"}], CONTEXT)
    assert spaced[0]["category"] == "match1, -"

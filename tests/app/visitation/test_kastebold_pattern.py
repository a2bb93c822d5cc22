"""Kastebold as a pattern: back-and-forth is held at once, and a yearly ceiling applies on
top of the rolling window (dated across 31 December 2026 / 1–2 January 2027)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest
from sqlalchemy import text

from app.entities import Citizen
from app.errors import ValidationError
from app.security.demo_credentials import demo_key
from app.security.sign_in import Approver
from app.visitation.kastebold import (
    HoldReason,
    KasteboldLimitError,
    KasteboldReturnError,
    KasteboldYearLimitError,
    check_move,
    went_back_and_forth,
)
from app.visitation.records import Referral
from app.visitation.seed import load_visitation_seed, parse_visitation_seed
from app.visitation.targets import KasteboldRule, Unit
from shared_store.visitation.tables import VisitationRuleRow
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for

LJP = Approver("mus-ljp", "Lars Juul Pedersen", demo_key("mus-ljp"))
HOME = Unit("jobcenter_team", "MUS")
UU = Unit("unge_uddannelse", "SKB")
SI = Unit("sprog_integration", "MUS")
MVU = Unit("mvu_lvu", "NYR")
FAG = Unit("fagomraade", "NYR")
SYG = Unit("sygedagpenge", "")


def anchor_of(desk: VisitationDesk, citizen: Citizen) -> Unit:
    with desk.store.unit_of_work() as uow:
        [(target, site)] = uow.session.execute(
            text("SELECT target, site_code FROM anchor WHERE citizen_id = :c"), {"c": citizen.id}
        )
    return Unit(str(target), str(site))


def visited(desk: VisitationDesk) -> Citizen:
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "nej"}))
    return citizen


def move(day: dt.date, from_unit: Unit, to_unit: Unit) -> Referral:
    moment = dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC)
    return Referral(f"r-{day}", "c", from_unit, to_unit, True, moment, day, "mus-bbj", "MUS")


# --- back-and-forth ------------------------------------------------------------------------


def test_a_case_sent_back_to_a_unit_it_left_is_held_at_once(desk: VisitationDesk) -> None:
    citizen = visited(desk)  # Tuesday 24 November 2026: anchored with the Musvågevej team
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.set(2026, 12, 2)
    # one move in the window, under the limit of two, yet A → B → A is held
    assert desk.visitation.kastebold_status(citizen.id).moves_in_window == 1
    with pytest.raises(KasteboldReturnError) as held:
        desk.referrals.refer(citizen.id, "jobcenter_team", move_anchor=True)
    assert held.value.message == (
        "Sagen kommer tilbage til Jobcenterteamet (Musvågevej), som den forlod 24.11.2026 – "
        "frem og tilbage (kastebold) kræver en leders godkendelse med begrundelse."
    )
    assert held.value.field == "supervisor_id"
    assert anchor_of(desk, citizen) == UU
    check = desk.visitation.kastebold_status(citizen.id).check(HOME)
    assert (check.reasons, check.left_on) == ((HoldReason.BACK_AND_FORTH,), dt.date(2026, 11, 24))
    assert not desk.visitation.kastebold_status(citizen.id).check(MVU).held  # onward is fine
    # the supervisor at the desk lets it through, with a reason
    desk.referrals.refer(
        citizen.id,
        "jobcenter_team",
        move_anchor=True,
        approver=LJP,
        approval_reason="Borgeren er fyldt 30; tilbage til jobcenteret",
    )
    assert anchor_of(desk, citizen) == HOME


def test_a_held_return_waits_for_a_supervisor_and_an_approval_lets_it_through(
    desk: VisitationDesk,
) -> None:
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.advance(days=3)
    with pytest.raises(ValidationError, match="kræver ikke"):  # onward: not held
        desk.referrals.request_approval(citizen.id, "mvu_lvu", reason="x")
    request_id = desk.referrals.request_approval(
        citizen.id, "jobcenter_team", reason="U&U mener ikke, borgeren hører til hos dem"
    )
    [case] = desk.referrals.kastebold_cases()
    assert case.pending_request is not None and case.request_label == "Jobcenterteamet (Musvågevej)"
    assert case.reasons == (HoldReason.BACK_AND_FORTH,)
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    supervisor.referrals.decide(request_id, approve=True, reason="Enig; jobcenteret tager den")
    assert anchor_of(desk, citizen) == HOME
    latest = desk.referrals.case_summary(citizen.id).referrals[0]
    assert latest.approved_by == "mus-ljp"


def test_a_return_after_the_window_is_not_back_and_forth(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.advance(days=30)  # the team was left exactly 30 days ago: outside the window
    desk.referrals.refer(citizen.id, "jobcenter_team", move_anchor=True)
    assert anchor_of(desk, citizen) == HOME


def test_the_rolling_window_still_holds_the_third_move(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.advance(days=10)
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    desk.clock.advance(days=10)
    with pytest.raises(KasteboldLimitError, match="2 gange inden for 30 dage"):
        desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    desk.clock.advance(days=10)  # day 30: the first move no longer counts
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    assert anchor_of(desk, citizen) == MVU


def test_the_rule_names_back_and_forth_first_when_several_reasons_hold() -> None:
    rule = KasteboldRule()
    moves = [move(dt.date(2026, 12, 1), HOME, UU), move(dt.date(2026, 12, 10), UU, SI)]
    check = check_move(moves, dt.date(2026, 12, 20), rule, HOME)
    assert check.reasons == (HoldReason.BACK_AND_FORTH, HoldReason.WINDOW)
    assert isinstance(check.error(str), KasteboldReturnError)
    assert not went_back_and_forth(moves, dt.date(2026, 12, 20), rule)
    back = [*moves, move(dt.date(2026, 12, 15), SI, UU)]
    assert went_back_and_forth(back, dt.date(2026, 12, 20), rule)
    assert not went_back_and_forth(back, dt.date(2027, 1, 14), rule)  # 1 Dec's left the window


# --- the yearly ceiling ---------------------------------------------------------------------

# Four moves in 2026, never more than one within 30 days of another.
YEAR_MOVES = [
    move(dt.date(2026, 3, 2), HOME, UU),
    move(dt.date(2026, 7, 1), UU, SI),
    move(dt.date(2026, 12, 1), SI, MVU),
    move(dt.date(2026, 12, 31), MVU, FAG),
]


@pytest.mark.parametrize(
    ("today", "in_window", "in_year", "reasons"),
    [
        (dt.date(2026, 12, 31), 1, 4, (HoldReason.YEAR,)),  # after the fourth move that day
        (dt.date(2027, 1, 1), 1, 4, (HoldReason.YEAR,)),  # December's moves count in January
        (dt.date(2027, 1, 2), 1, 4, (HoldReason.YEAR,)),
        (dt.date(2027, 3, 1), 0, 4, (HoldReason.YEAR,)),  # 2 March 2026 is 364 days old
        (dt.date(2027, 3, 2), 0, 3, ()),  # and now 365: out of the ceiling's window
    ],
)
def test_the_yearly_ceiling_counts_365_days_back_across_new_year(
    today: dt.date, in_window: int, in_year: int, reasons: tuple[HoldReason, ...]
) -> None:
    check = check_move(YEAR_MOVES, today, KasteboldRule(), SYG)
    assert (check.moves_in_window, check.moves_in_year, check.reasons) == (
        in_window,
        in_year,
        reasons,
    )


def test_a_fifth_move_within_365_days_is_held_across_new_year(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 3, 2)
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.set(2026, 7, 1)
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    desk.clock.set(2026, 12, 1)
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    desk.clock.set(2026, 12, 31, 15)
    desk.referrals.refer(citizen.id, "fagomraade", move_anchor=True, target_site="NYR")
    for day in (1, 2):  # New Year's Day and the day after: December's moves still count
        desk.clock.set(2027, 1, day, 9)
        status = desk.visitation.kastebold_status(citizen.id)
        assert (status.moves_in_window, status.needs_approval) == (1, True)
        with pytest.raises(KasteboldYearLimitError) as held:
            desk.referrals.refer(citizen.id, "sygedagpenge", move_anchor=True)
        assert held.value.message == (
            "Sagen er allerede flyttet 4 gange inden for 365 dage, og loftet er 4 flytninger "
            "på 365 dage. En ny flytning kræver en leders godkendelse med begrundelse "
            "(ingen kastebold)."
        )
    assert anchor_of(desk, citizen) == FAG
    [case] = desk.referrals.kastebold_cases()
    assert (case.citizen_id, case.moves_in_year, case.reasons) == (
        citizen.id,
        4,
        (HoldReason.YEAR,),
    )
    assert case.path == (
        "Jobcenterteamet (Musvågevej)",
        "Unge og Uddannelse (Skelbækgade)",
        "Sprog og Integration (Musvågevej)",
        "MVU/LVU (videregående uddannelse) (Nyropsgade)",
        "Fagområdeteam: SOSU (Nyropsgade)",
    )
    assert case.path_days == (
        dt.date(2026, 3, 2),
        dt.date(2026, 7, 1),
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 31),
    )
    request_id = desk.referrals.request_approval(
        citizen.id, "sygedagpenge", reason="Sygemeldt; sygedagpengeafdelingen overtager"
    )
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    supervisor.referrals.decide(request_id, approve=True, reason="Sygemeldingen er dokumenteret")
    assert anchor_of(desk, citizen) == SYG


def test_the_ceiling_is_data(desk: VisitationDesk) -> None:
    with desk.store.unit_of_work() as uow:
        uow.session.merge(
            VisitationRuleRow(
                key="anti_kastebold",
                value_json=json.dumps(
                    {"max_onward": 2, "window_days": 30, "max_per_year": 1, "year_days": 365}
                ),
            )
        )
        uow.commit()
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.advance(days=100)
    with pytest.raises(KasteboldYearLimitError, match="loftet er 1 flytninger"):
        desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)


def test_the_ceiling_comes_from_the_seed_file() -> None:
    assert load_visitation_seed().kastebold == KasteboldRule(2, 30, 4, 365)
    body = json.loads(
        resources.files("resources.seed").joinpath("categorisation_schemes.json").read_text("utf-8")
    )
    body["anti_kastebold"] |= {"max_onward_per_year": 6, "year_days": 730}
    rule = parse_visitation_seed(body).kastebold
    assert (rule.max_per_year, rule.year_days) == (6, 730)

"""One anchoring unit per citizen, explicit moves, and the anti-kastebold limit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.entities import Citizen
from app.errors import ValidationError
from app.security.demo_credentials import demo_key
from app.security.roles import PermissionDeniedError
from app.security.sign_in import Approver
from app.visitation.kastebold import KasteboldLimitError
from app.visitation.targets import Unit
from shared_store.visitation.tables import VisitationRuleRow
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for

LJP = Approver("mus-ljp", "Lars Juul Pedersen", demo_key("mus-ljp"))


def anchors(desk: VisitationDesk, citizen: Citizen) -> list[tuple[str, str]]:
    with desk.store.unit_of_work() as uow:
        rows = uow.session.execute(
            text("SELECT target, site_code FROM anchor WHERE citizen_id = :c"), {"c": citizen.id}
        )
        return [(str(t), str(s)) for t, s in rows]


def visited(desk: VisitationDesk) -> Citizen:
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "nej"}))
    return citizen


def test_the_first_visitation_anchors_the_case_with_the_site_team(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    assert anchors(desk, citizen) == []  # no case yet
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "nej"}))
    assert anchors(desk, citizen) == [("jobcenter_team", "MUS")]
    summary = desk.referrals.case_summary(citizen.id)
    assert summary.anchor_label == "Jobcenterteamet (Musvågevej)"
    assert [(r.to_label, r.anchor_moved) for r in summary.referrals] == [
        ("Individuel samtale (Musvågevej)", False)
    ]


def test_exactly_one_anchor_whatever_the_referrals(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    desk.referrals.refer(citizen.id, "ydelsesservice", move_anchor=False)
    assert anchors(desk, citizen) == [("jobcenter_team", "MUS")]  # kept explicitly
    desk.clock.advance(minutes=5)
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    assert anchors(desk, citizen) == [("unge_uddannelse", "SKB")]  # moved explicitly
    desk.clock.advance(days=2)
    desk.referrals.refer(citizen.id, "fagomraade", move_anchor=True, target_site="NYR")
    assert anchors(desk, citizen) == [("fagomraade", "NYR")]
    summary = desk.referrals.case_summary(citizen.id)
    assert summary.anchor_label == "Fagområdeteam: SOSU (Nyropsgade)"
    assert [r.from_label for r in summary.referrals][:2] == [
        "Unge og Uddannelse (Skelbækgade)",
        "Jobcenterteamet (Musvågevej)",
    ]


def test_a_meeting_or_ydelsesservice_cannot_hold_the_case(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    with pytest.raises(ValidationError, match="kan ikke have ansvaret for sagen"):
        desk.referrals.refer(citizen.id, "gruppemoede", move_anchor=True)
    with pytest.raises(ValidationError, match="allerede forankret"):
        desk.referrals.refer(citizen.id, "jobcenter_team", move_anchor=True)
    assert anchors(desk, citizen) == [("jobcenter_team", "MUS")]


def test_specialist_functions_are_where_the_configuration_puts_them(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    with pytest.raises(ValidationError, match="ligger i afdelingen SKB, ikke NYR"):
        desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True, target_site="NYR")
    with desk.store.unit_of_work() as uow:  # the sites swap functions: data, not code
        uow.session.execute(
            text("UPDATE site SET specialist_function = 'Unge og Uddannelse' WHERE code = 'NYR'")
        )
        uow.session.execute(
            text("UPDATE site SET specialist_function = 'MVU/LVU' WHERE code = 'SKB'")
        )
        uow.commit()
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    assert anchors(desk, citizen) == [("unge_uddannelse", "NYR")]


def test_deadlines_follow_the_case_to_its_new_site(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    with desk.store.unit_of_work() as uow:
        [contact] = uow.visitation.open_follow_ups(citizen.id)
    assert contact.site_code == "NYR"


def move_twice(desk: VisitationDesk, citizen: Citizen) -> None:
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=True)
    desk.clock.advance(days=10)
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    desk.clock.advance(days=10)


def test_the_third_move_within_30_days_needs_a_supervisor(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    move_twice(desk, citizen)
    desk.referrals.refer(citizen.id, "ydelsesservice", move_anchor=False)  # keeping is never held
    desk.clock.advance(minutes=5)
    with pytest.raises(KasteboldLimitError) as held:
        desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    assert "allerede henvist videre 2 gange inden for 30 dage" in held.value.message
    assert anchors(desk, citizen) == [("sprog_integration", "MUS")]
    assert desk.visitation.kastebold_status(citizen.id).needs_approval
    with pytest.raises(ValidationError, match="Kun en leder"):
        desk.referrals.refer(
            citizen.id,
            "mvu_lvu",
            move_anchor=True,
            approver=Approver("mus-aan", "Åse Andersen", demo_key("mus-aan")),
            approval_reason="Jeg synes det",
        )
    with pytest.raises(ValidationError, match="Lederens begrundelse"):
        desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True, approver=LJP)
    desk.referrals.refer(
        citizen.id,
        "mvu_lvu",
        move_anchor=True,
        approver=LJP,
        approval_reason="Kandidat i økonomi; hører hjemme i MVU/LVU",
    )
    assert anchors(desk, citizen) == [("mvu_lvu", "NYR")]
    latest = desk.referrals.case_summary(citizen.id).referrals[0]
    assert (latest.approved_by, latest.approval_reason) == (
        "mus-ljp",
        "Kandidat i økonomi; hører hjemme i MVU/LVU",
    )


def test_moves_older_than_the_window_do_not_count(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    move_twice(desk, citizen)  # on day 0 and day 10; now day 20
    desk.clock.advance(days=10)  # day 30: the first move is exactly 30 days old
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    assert anchors(desk, citizen) == [("mvu_lvu", "NYR")]


def test_limit_and_window_are_configurable(desk: VisitationDesk) -> None:
    with desk.store.unit_of_work() as uow:
        uow.session.merge(
            VisitationRuleRow(
                key="anti_kastebold", value_json=json.dumps({"max_onward": 3, "window_days": 30})
            )
        )
        uow.commit()
    citizen = visited(desk)
    move_twice(desk, citizen)
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)  # third: allowed with N = 3
    with pytest.raises(KasteboldLimitError):
        desk.referrals.refer(citizen.id, "anden_aktoer", move_anchor=True)


def test_held_referrals_wait_in_the_supervisors_list(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    move_twice(desk, citizen)
    with pytest.raises(ValidationError, match="kræver ikke"):
        desk.referrals.request_approval(visited(desk).id, "mvu_lvu", reason="x")
    request_id = desk.referrals.request_approval(
        citizen.id, "socialforvaltning", reason="Misbrug; socialforvaltningen bør overtage"
    )
    [case] = desk.referrals.kastebold_cases()
    assert (case.citizen_id, case.moves_in_window) == (citizen.id, 2)
    assert case.pending_request is not None and case.request_label == "Socialforvaltningen"
    assert case.anchor_label == "Sprog og Integration (Musvågevej)"
    with pytest.raises(PermissionDeniedError, match="kræver rollen leder"):
        desk.referrals.decide(request_id, approve=True, reason="ok")
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    supervisor.referrals.decide(request_id, approve=True, reason="Enig; sagen overdrages")
    assert anchors(desk, citizen) == [("socialforvaltning", "")]
    [case] = desk.referrals.kastebold_cases()  # still at the limit, no longer waiting
    assert case.pending_request is None and case.moves_in_window == 3
    with pytest.raises(ValidationError, match="allerede afgjort"):
        supervisor.referrals.decide(request_id, approve=False, reason="fortrudt")


def test_a_rejected_request_moves_nothing(desk: VisitationDesk) -> None:
    citizen = visited(desk)
    move_twice(desk, citizen)
    request_id = desk.referrals.request_approval(citizen.id, "anden_aktoer", reason="Ønsker det")
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    assert supervisor.referrals.decide(request_id, approve=False, reason="Bliv i S&I") is None
    assert anchors(desk, citizen) == [("sprog_integration", "MUS")]
    with desk.store.unit_of_work() as uow:
        request = uow.visitation.request(request_id)
    assert request is not None and request.decision_reason == "Bliv i S&I"
    assert request.to_unit == Unit("anden_aktoer", "")

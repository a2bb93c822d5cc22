"""Categorisation decisions and the orientation checklist, on a real store."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from app.entities import SupportBasis
from app.errors import ValidationError
from app.security.roles import PermissionDeniedError
from app.visitation.records import MeetingKind
from app.visitation.visitation_service import OrientationAnswer, VisitationMode
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for


def count(desk: VisitationDesk, table: str) -> int:
    with desk.store.unit_of_work() as uow:
        return int(uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_decision_stores_scheme_version_answers_category_staff_and_reason(
    desk: VisitationDesk,
) -> None:
    citizen = desk.citizen()
    plan = plan_for(
        desk,
        citizen,
        answers={"kan_tage_job": "nej"},
        category="jobparat",
        reason="Har jobtilbud på hånden",
    )
    outcome = desk.visitation.complete(plan)
    with desk.store.unit_of_work() as uow:
        decision = uow.visitation.decision(outcome.decision_id)
        orientation = uow.visitation.orientation(outcome.visitation_id)
    assert decision is not None and orientation is not None
    assert (decision.scheme_code, decision.scheme_version) == ("parat", 2)
    assert decision.answers["kan_tage_job"] == "nej"
    assert (decision.category, decision.category_label) == ("jobparat", "Jobparat")
    assert decision.suggested_category == "aktivitetsparat"
    assert decision.reason == "Har jobtilbud på hånden"
    assert (decision.staff_id, decision.site_code) == ("mus-bbj", "MUS")
    assert all(mark.given for mark in orientation.items.values())


def test_overriding_the_suggestion_needs_a_reason(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    plan = plan_for(desk, citizen, answers={"kan_tage_job": "nej"}, category="jobparat")
    with pytest.raises(ValidationError, match="begrundelse.*Aktivitetsparat"):
        desk.visitation.complete(plan)
    assert count(desk, "categorisation_decision") == 0


def test_on_2_january_2027_the_new_scheme_applies_without_a_code_change(
    desk: VisitationDesk,
) -> None:
    desk.clock.set(2027, 1, 2)
    start = desk.visitation.start(desk.citizen().id)
    assert start.mode is VisitationMode.CATEGORISE
    assert start.scheme is not None and start.scheme.code == "reform2027"
    outcome = desk.visitation.complete(plan_for(desk, start.citizen))
    with desk.store.unit_of_work() as uow:
        decision = uow.visitation.decision(outcome.decision_id)
    assert decision is not None
    assert (decision.scheme_code, decision.category) == ("reform2027", "jobparat")


def test_a_decision_of_31_december_2026_keeps_its_scheme_after_new_year(
    desk: VisitationDesk,
) -> None:
    desk.clock.set(2026, 12, 31, 14)
    citizen = desk.citizen()
    old = desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    desk.clock.set(2027, 1, 2)
    new = desk.visitation.complete(plan_for(desk, citizen))  # re-assessed under the reform
    with desk.store.unit_of_work() as uow:
        decisions = {d.id: d for d in uow.visitation.decisions_for(citizen.id)}
    assert (decisions[old.decision_id].scheme_code, decisions[old.decision_id].category_label) == (
        "parat",
        "Jobparat",
    )
    assert decisions[new.decision_id].scheme_code == "reform2027"


def test_a_plan_made_under_an_expired_scheme_is_refused_not_silently_moved(
    desk: VisitationDesk,
) -> None:
    desk.clock.set(2026, 12, 31, 15)
    plan = plan_for(desk, desk.citizen(), answers={"kan_tage_job": "ja"})
    desk.clock.set(2027, 1, 2)
    with pytest.raises(ValidationError, match="gælder ikke den 02.01.2027"):
        desk.visitation.complete(plan)


def test_insured_citizens_are_not_categorised_but_get_their_deadline(desk: VisitationDesk) -> None:
    insured = desk.citizen(SupportBasis.INSURED)
    start = desk.visitation.start(insured.id)
    assert start.mode is VisitationMode.INSURED_DEADLINE
    with pytest.raises(ValidationError, match="Forsikrede ledige kategoriseres ikke"):
        desk.visitation.complete(plan_for(desk, insured, answers={"kan_tage_job": "ja"}))
    due = desk.visitation.register_insured_deadline(insured.id, dt.date(2026, 11, 30))
    assert due == dt.date(2027, 2, 28)
    assert desk.visitation.start(insured.id).open_deadline is not None
    employed = desk.citizen(SupportBasis.EMPLOYED)
    assert desk.visitation.start(employed.id).mode is VisitationMode.NOT_APPLICABLE


def test_the_checklist_cannot_be_silently_skipped(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    full = plan_for(desk, citizen, answers={"kan_tage_job": "ja"})
    missing = dict(full.orientation)
    del missing["cv_jobnet"]
    with pytest.raises(ValidationError, match="«CV på Jobnet.*» er hverken krydset af"):
        desk.visitation.complete(dataclasses.replace(full, orientation=missing))
    silent = dict(full.orientation) | {"cv_jobnet": OrientationAnswer(False)}
    with pytest.raises(ValidationError, match="Skriv hvorfor «CV på Jobnet"):
        desk.visitation.complete(dataclasses.replace(full, orientation=silent))
    with pytest.raises(ValidationError, match="Orienteringen mangler"):
        desk.visitation.complete(dataclasses.replace(full, orientation={}))
    # Nothing of a refused visitation is kept: no decision, no anchor, no outbox entry.
    assert count(desk, "categorisation_decision") == count(desk, "anchor") == 0
    skipped = dict(full.orientation) | {
        "cv_jobnet": OrientationAnswer(False, "Borgeren har ikke NemID med i dag")
    }
    outcome = desk.visitation.complete(dataclasses.replace(full, orientation=skipped))
    with desk.store.unit_of_work() as uow:
        stored = uow.visitation.orientation(outcome.visitation_id)
    assert stored is not None
    assert stored.items["cv_jobnet"].given is False
    assert stored.items["cv_jobnet"].reason == "Borgeren har ikke NemID med i dag"


def test_a_visitation_is_four_commands_in_the_outbox(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    with desk.store.unit_of_work() as uow:
        before = uow.outbox.pending_count()
    session = desk.visitation.sessions_for_booking(MeetingKind.JOB_MEETING)[0]
    with desk.store.unit_of_work() as uow:
        planned = uow.outbox.pending_count()
    desk.visitation.complete(
        plan_for(desk, citizen, answers={"kan_tage_job": "ja"}, session_id=session.id)
    )
    with desk.store.unit_of_work() as uow:
        names = [env.name for _seq, env in uow.outbox.pending()][planned:]
    assert planned > before  # the template's sessions were planned by command too
    assert names == [
        "record_categorisation",
        "record_orientation",
        "refer_citizen",
        "book_group_meeting",
    ]


def test_an_administrator_publishes_a_new_scheme_without_a_code_change(
    desk: VisitationDesk,
) -> None:
    from tests.app.visitation.test_schemes import raw_seed

    body = next(s for s in raw_seed()["schemes"] if s["code"] == "reform2027")
    body |= {"code": "reform2028", "label_da": "Nyt skema 2028", "valid_from": "2028-01-01"}
    envelope = {"scheme": body}
    with pytest.raises(PermissionDeniedError, match="kræver rollen administrator"):
        desk.bus.execute_one(
            desk.workstation.envelope("publish_categorisation_scheme", 1, envelope)
        )
    supervisor = make_desk(desk.store, desk.clock, staff="nyr-ihc", counter=2)
    supervisor.bus.execute_one(
        supervisor.workstation.envelope("publish_categorisation_scheme", 1, envelope)
    )
    assert desk.visitation.scheme_on(dt.date(2027, 12, 31)).code == "reform2027"
    desk.clock.set(2028, 1, 2)
    outcome = desk.visitation.complete(plan_for(desk, desk.citizen()))
    with desk.store.unit_of_work() as uow:
        decision = uow.visitation.decision(outcome.decision_id)
    assert decision is not None and decision.scheme_code == "reform2028"
    broken = body | {"version": 2, "default_category": "ukendt"}
    with pytest.raises(ValidationError, match="standardkategorien findes ikke"):
        supervisor.bus.execute_one(
            supervisor.workstation.envelope("publish_categorisation_scheme", 1, {"scheme": broken})
        )

"""Dated versions: what is in force on a day, publishing as a command, and the readers that
follow it (queue limits, opening hours, referral targets, support bases)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import ConflictError, ValidationError
from app.reference_data.model import ChangeKind, Kind
from app.reference_data.service import ReferenceDataService
from app.security.roles import PermissionDeniedError
from app.visitation.follow_up_service import FollowUpService
from tests.app.visitation.conftest import VisitationDesk, make_desk


def admin_of(desk: VisitationDesk) -> ReferenceDataService:
    admin = make_desk(desk.store, desk.clock, site="NYR", staff="nyr-ihc", counter=2)
    return ReferenceDataService(
        desk.store.unit_of_work, admin.bus, admin.workstation, clock=desk.clock
    )


def thresholds(warn: int, limit: int, site: str = "") -> list[dict[str, Any]]:
    return [{"site_code": site, "warn_minutes": warn, "limit_minutes": limit}]


def test_the_version_in_force_changes_at_midnight_between_the_years(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 12, 30)
    admin = admin_of(desk)
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), dt.date(2027, 1, 1), 1)
    admin.publish(
        Kind.QUEUE_THRESHOLDS, thresholds(6, 9) + thresholds(20, 30, "NYR"), dt.date(2027, 1, 2), 2
    )
    on = admin.queue_thresholds
    assert on(dt.date(2026, 12, 31)).for_site("MUS") == (10, 15)  # the seed file
    assert on(dt.date(2027, 1, 1)).for_site("MUS") == (8, 12)
    assert on(dt.date(2027, 1, 2)).for_site("MUS") == (6, 9)
    assert on(dt.date(2027, 1, 2)).for_site("NYR") == (20, 30)
    state = admin.state(Kind.QUEUE_THRESHOLDS, dt.date(2026, 12, 31))
    assert state.in_force.is_seed and [v.version for v in state.versions] == [1, 2]
    assert state.next_version == 3


def test_a_later_version_for_the_same_day_wins(desk: VisitationDesk) -> None:
    admin = admin_of(desk)
    day = desk.visitation.today() + dt.timedelta(days=3)
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), day, 1)
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(7, 11), day, 2)  # a correction
    assert admin.queue_thresholds(day).for_site("SKB") == (7, 11)


def test_the_preview_lists_what_changes_on_the_chosen_day(desk: VisitationDesk) -> None:
    admin = admin_of(desk)
    day = desk.visitation.today() + dt.timedelta(days=1)
    preview = admin.preview(
        Kind.QUEUE_THRESHOLDS, thresholds(10, 12) + thresholds(5, 8, "SKB"), day
    )
    assert preview.in_force.is_seed
    assert [(c.change, c.key, c.column, c.old, c.new) for c in preview.changes] == [
        (ChangeKind.CHANGED, ("",), "limit_minutes", 15, 12),
        (ChangeKind.ADDED, ("SKB",), "", None, None),
    ]
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(9, 14), day + dt.timedelta(days=7), 1)
    later = admin.preview(Kind.QUEUE_THRESHOLDS, thresholds(10, 12), day)
    assert [v.version for v in later.later] == [1]  # it still takes over a week later
    with pytest.raises(ValidationError, match="skal være mindre end"):
        admin.preview(Kind.QUEUE_THRESHOLDS, thresholds(12, 12), day)


def test_publishing_is_for_administrators_forward_in_time_and_in_order(
    desk: VisitationDesk,
) -> None:
    receptionist = ReferenceDataService(
        desk.store.unit_of_work, desk.bus, desk.workstation, clock=desk.clock
    )
    tomorrow = desk.visitation.today() + dt.timedelta(days=1)
    with pytest.raises(PermissionDeniedError, match="kræver rollen administrator"):
        receptionist.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), tomorrow, 1)
    admin = admin_of(desk)
    with pytest.raises(ValidationError, match="en version kan ikke gælde bagud"):
        admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), tomorrow - dt.timedelta(days=2), 1)
    with pytest.raises(ConflictError, match="skal udgives som version 1, ikke 2"):
        admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), tomorrow, 2)
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), tomorrow, 1)
    admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(8, 12), tomorrow, 1)  # the same again: done
    with pytest.raises(ConflictError, match="allerede udgivet af en anden"):
        admin.publish(Kind.QUEUE_THRESHOLDS, thresholds(9, 12), tomorrow, 1)
    assert [v.version for v in admin.state(Kind.QUEUE_THRESHOLDS, tomorrow).versions] == [1]


def test_opening_hours_are_read_by_site_and_weekday(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 12, 30)
    admin = admin_of(desk)
    thursday = dt.date(2026, 12, 31)
    week = admin.opening_week("MUS", thursday)
    assert [(d.weekday, d.opens.isoformat("minutes"), d.closes.isoformat("minutes")) for d in week][
        3
    ] == (3, "09:00", "17:00")
    hours = [
        {"site_code": "MUS", "weekday": "mandag", "opens": "08:00", "closes": "16:00"},
        {"site_code": "MUS", "weekday": "lørdag", "opens": "10:00", "closes": "12:00"},
    ]
    admin.publish(Kind.OPENING_HOURS, hours, dt.date(2027, 1, 1), 1)
    new_week = admin.opening_week("MUS", dt.date(2027, 1, 2))
    assert [(d.weekday, d.opens.hour) for d in new_week] == [(0, 8), (5, 10)]
    assert admin.opening_week("SKB", dt.date(2027, 1, 2)) == ()  # closed: not in the version


def test_a_published_referral_target_is_offered_from_its_day(desk: VisitationDesk) -> None:
    admin = admin_of(desk)
    rows = [
        dict(r) for r in admin.state(Kind.REFERRAL_TARGETS, desk.visitation.today()).in_force.rows
    ]
    rows.append(
        {
            "code": "tilbud_mentor",
            "label_da": "Tilbud: mentorstøtte",
            "placement": "outside",
            "can_anchor": False,
        }
    )
    rows = [r | {"selectable": False} if r["code"] == "dgj" else r for r in rows]
    tomorrow = desk.visitation.today() + dt.timedelta(days=1)
    admin.publish(Kind.REFERRAL_TARGETS, rows, tomorrow, 1)
    labels = {o.label for o in desk.visitation.referral_options()}
    assert "Tilbud: mentorstøtte" not in labels and "Det grønne jobhus (DGJ)" in labels
    desk.clock.advance(days=1)
    labels = {o.label for o in desk.visitation.referral_options()}
    assert "Tilbud: mentorstøtte" in labels and "Det grønne jobhus (DGJ)" not in labels
    citizen = desk.citizen()
    desk.referrals.refer(citizen.id, "tilbud_mentor", move_anchor=False)
    summary = desk.referrals.case_summary(citizen.id)
    assert [line.to_label for line in summary.referrals] == ["Tilbud: mentorstøtte"]


def test_support_bases_labels_validity_and_flags_follow_the_version(desk: VisitationDesk) -> None:
    admin = admin_of(desk)
    today = desk.visitation.today()
    rows = [dict(r) for r in admin.state(Kind.SUPPORT_BASES, today).in_force.rows]
    assert next(r for r in rows if r["code"] == "forsikret")["akasse_report"] is True
    changed = [
        r | {"label_da": "Anden forsørgelse"}
        if r["code"] == "andet"
        else r | {"valid_to": today.isoformat()}
        if r["code"] == "studerende"
        else r
        for r in rows
    ]
    admin.publish(Kind.SUPPORT_BASES, changed, today + dt.timedelta(days=1), 1)
    day_after = today + dt.timedelta(days=1)
    labels = {b.label_da for b in desk.registration.support_bases(day_after)}
    assert "Anden forsørgelse" in labels and "Studerende" not in labels
    assert "Studerende" in {b.label_da for b in desk.registration.support_bases(today)}
    assert isinstance(desk.follow_ups, FollowUpService)


def test_a_support_basis_added_as_data_works_in_registration_and_visitation(
    desk: VisitationDesk,
) -> None:
    from app.entities import SupportBasis
    from app.errors import ValidationError as Refused
    from app.visitation.visitation_service import VisitationMode
    from tests.app.visitation.conftest import plan_for

    admin = admin_of(desk)
    today = desk.visitation.today()
    rows = [dict(r) for r in admin.state(Kind.SUPPORT_BASES, today).in_force.rows]
    with pytest.raises(Refused, match="Forsørgelsesgrundlaget «jobydelse» kendes ikke"):
        desk.citizen(SupportBasis("jobydelse"))
    added = [
        {
            "code": "jobydelse",
            "label_da": "Jobydelse",
            "label_en": "Job benefit",
            "primary_visitation": True,
        },
        {
            "code": "loenmodtager_ledig",
            "label_da": "Ledig lønmodtager (forsikret)",
            "label_en": "Unemployed wage earner (insured)",
            "akasse_report": True,
        },
    ]
    admin.publish(Kind.SUPPORT_BASES, rows + added, today, 1)
    assert {"Jobydelse", "Ledig lønmodtager (forsikret)"} <= {
        b.label_da for b in desk.registration.support_bases()
    }
    uninsured = desk.citizen(SupportBasis("jobydelse"), name="Jonas")
    card = desk.registration.card(uninsured.id)
    assert card is not None and card.primary_visitation and not card.akasse_report
    assert desk.visitation.start(uninsured.id).mode is VisitationMode.CATEGORISE
    outcome = desk.visitation.complete(plan_for(desk, uninsured))
    assert outcome.decision_id
    insured = desk.citizen(SupportBasis("loenmodtager_ledig"), name="Lise")
    assert desk.visitation.start(insured.id).mode is VisitationMode.INSURED_DEADLINE
    # The known codes keep their behaviour.
    assert desk.visitation.start(desk.citizen().id).mode is VisitationMode.CATEGORISE
    other = desk.citizen(SupportBasis.OTHER, name="Otto")
    assert desk.visitation.start(other.id).mode is VisitationMode.NOT_APPLICABLE


def test_target_groups_follow_the_seed_file_then_a_published_version(
    desk: VisitationDesk,
) -> None:
    from app.reference_data.target_groups import target_group
    from shared_store.uow_port import as_port

    desk.clock.set(2026, 12, 30)
    admin = admin_of(desk)
    rows = [dict(r) for r in admin.state(Kind.TARGET_GROUPS, dt.date(2027, 1, 1)).in_force.rows]
    assert [r["group"] for r in rows][:2] == ["dagpengeindsats", "sygedagpengeindsats"]
    # From 2 January: the not yet categorised cash-benefit recipients get a group of their own.
    new = {
        "group": "afklaring",
        "label_da": "Afklaring",
        "support_basis": "kontanthjaelp",
        "category": "-",
    }
    admin.publish(Kind.TARGET_GROUPS, [*rows[:2], new, *rows[2:]], dt.date(2027, 1, 2), 1)

    def group(basis: str, category: str | None, day: dt.date) -> str | None:
        with desk.store.unit_of_work() as uow:
            found = target_group(as_port(uow), basis, category, day)
        return found.label_da if found else None

    assert group("kontanthjaelp", None, dt.date(2026, 12, 31)) is None  # before the reform
    assert group("kontanthjaelp", None, dt.date(2027, 1, 1)) == "Jobsøgningsindsats"
    assert group("kontanthjaelp", None, dt.date(2027, 1, 2)) == "Afklaring"
    assert group("kontanthjaelp", "aktivitetsparat", dt.date(2027, 1, 2)) == "Jobhjælpsindsats"
    assert group("forsikret", None, dt.date(2027, 1, 2)) == "Dagpengeindsats"
    assert group("studerende", "", dt.date(2027, 1, 2)) == "Indsats for øvrige borgere"

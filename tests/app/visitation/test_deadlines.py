"""Deadline arithmetic across month ends and leap days, and the deadlines commands set."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.entities import SupportBasis
from app.errors import ConflictError
from app.visitation.deadlines import DueState, add_months, add_period, due_state
from app.visitation.records import FollowUpKind
from tests.app.visitation.conftest import VisitationDesk, plan_for


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # leap year
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),
        (dt.date(2027, 11, 29), 3, dt.date(2028, 2, 29)),
        (dt.date(2027, 12, 1), 3, dt.date(2028, 3, 1)),
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2028, 2, 29), 48, dt.date(2032, 2, 29)),
        (dt.date(2026, 8, 31), 3, dt.date(2026, 11, 30)),
        (dt.date(2026, 10, 31), 2, dt.date(2026, 12, 31)),
        (dt.date(2026, 12, 31), 2, dt.date(2027, 2, 28)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2027, 3, 31), -1, dt.date(2027, 2, 28)),
    ],
)
def test_adding_months_keeps_the_day_or_takes_the_month_end(
    start: dt.date, months: int, due: dt.date
) -> None:
    assert add_months(start, months) == due


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(0, 120)
)
def test_months_land_in_the_right_month_never_past_the_day(day: dt.date, months: int) -> None:
    due = add_months(day, months)
    assert (due.year * 12 + due.month) - (day.year * 12 + day.month) == months
    assert due.day <= day.day
    assert due.day == day.day or (due + dt.timedelta(days=1)).day == 1  # else the month's end


def test_days_are_counted_after_months() -> None:
    assert add_period(dt.date(2027, 11, 30), months=3, days=1) == dt.date(2028, 3, 1)
    assert add_period(dt.date(2028, 2, 22), days=7) == dt.date(2028, 2, 29)


def test_due_states() -> None:
    today = dt.date(2027, 3, 1)
    assert due_state(dt.date(2027, 2, 28), today) is DueState.OVERDUE
    assert due_state(today, today) is DueState.DUE_TODAY
    assert due_state(dt.date(2027, 3, 8), today) is DueState.SOON
    assert due_state(dt.date(2027, 3, 9), today) is DueState.LATER


def test_job_ready_citizens_get_a_contact_interview_in_three_months(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 11, 30)
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    with desk.store.unit_of_work() as uow:
        [contact] = uow.visitation.open_follow_ups(citizen.id)
    assert (contact.kind, contact.due, contact.site_code) == (
        FollowUpKind.CONTACT_INTERVIEW,
        dt.date(2027, 2, 28),
        "MUS",
    )
    activity_ready = desk.citizen()
    desk.visitation.complete(plan_for(desk, activity_ready, answers={"kan_tage_job": "nej"}))
    with desk.store.unit_of_work() as uow:
        assert uow.visitation.open_follow_ups(activity_ready.id) == []


def test_a_held_contact_interview_schedules_the_next_and_reassessment_replaces_it(
    desk: VisitationDesk,
) -> None:
    desk.clock.set(2027, 11, 30)
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen))  # reform: jobparat, the contact course
    with desk.store.unit_of_work() as uow:
        [first] = uow.visitation.open_follow_ups(citizen.id)
    assert first.due == dt.date(2028, 1, 13)  # within 1½ months of 30 November
    desk.clock.set(2028, 1, 13)
    # the second within 3 months of the course's first day (not 45 days after the first)
    assert desk.follow_ups.complete(first.id, "Søgt tre stillinger") == dt.date(2028, 2, 28)
    desk.clock.set(2028, 1, 20)
    desk.visitation.complete(plan_for(desk, citizen, answers={"konkret_grundlag": "ja"}))
    with desk.store.unit_of_work() as uow:
        assert uow.visitation.open_follow_ups(citizen.id) == []  # ikke jobparat: no interviews


def test_the_insured_deadline_is_three_months_of_benefit_and_only_once(
    desk: VisitationDesk,
) -> None:
    citizen = desk.citizen(SupportBasis.INSURED)
    assert desk.visitation.insured_deadline_preview(dt.date(2027, 11, 30)) == dt.date(2028, 2, 29)
    assert desk.visitation.register_insured_deadline(citizen.id, dt.date(2027, 11, 30)) == dt.date(
        2028, 2, 29
    )
    with pytest.raises(
        ConflictError, match="allerede en frist for kategorisering \\(29.02.2028\\)"
    ):
        desk.visitation.register_insured_deadline(citizen.id, dt.date(2027, 12, 1))

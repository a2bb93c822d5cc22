"""The 2027 contact course across 31 Dec 2026 / 1–2 Jan 2027: interviews counted from the
course's first day, due dates from the data, the one-in-four exemption limit, the five target
groups, and a 2026 decision keeping its scheme's cycle until re-assessed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import Citizen, SupportBasis
from app.errors import KnownError
from app.visitation.contact_course import due_dates, may_exempt_one_more
from app.visitation.contact_course_service import ContactCourseService
from app.visitation.records import FollowUpKind
from app.visitation.schemes import choose_scheme
from app.visitation.seed import load_visitation_seed
from app.visitation.target_groups import target_group_for
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for


@pytest.fixture
def counsellor(desk: VisitationDesk) -> tuple[VisitationDesk, ContactCourseService]:
    """A counsellor's desk at the same site, on the same clock."""
    other = make_desk(desk.store, desk.clock, staff="mus-aan", counter=2)
    return other, ContactCourseService.beside(other.visitation)


def categorise(desk: VisitationDesk, citizen: Citizen, **answers: str) -> None:
    desk.visitation.complete(plan_for(desk, citizen, answers=answers or None))


def test_due_dates_are_four_within_six_months_of_the_first_day() -> None:
    rule = next(s for s in load_visitation_seed().schemes if s.code == "reform2027").contact_course
    assert rule is not None
    assert (rule.interviews, rule.months, rule.target_percent) == (4, 6, 75)
    assert due_dates(rule, dt.date(2027, 1, 1)) == (
        dt.date(2027, 2, 15),
        dt.date(2027, 3, 31),
        dt.date(2027, 5, 15),
        dt.date(2027, 6, 30),
    )
    assert due_dates(rule, dt.date(2027, 1, 2)) == (
        dt.date(2027, 2, 16),
        dt.date(2027, 4, 1),
        dt.date(2027, 5, 16),
        dt.date(2027, 7, 1),
    )


@pytest.mark.parametrize(
    ("day", "has_course"),
    [(dt.date(2026, 12, 31), False), (dt.date(2027, 1, 1), True), (dt.date(2027, 1, 2), True)],
)
def test_the_course_is_in_the_scheme_from_1_january_2027(day: dt.date, has_course: bool) -> None:
    scheme = choose_scheme(load_visitation_seed().schemes, day)
    assert (scheme.contact_course is not None) is has_course


def test_interviews_are_counted_from_the_first_day_and_the_loop_stops_after_four(
    desk: VisitationDesk, counsellor: tuple[VisitationDesk, ContactCourseService]
) -> None:
    _, course = counsellor
    desk.clock.set(2027, 1, 2)
    citizen = desk.citizen()
    categorise(desk, citizen)  # jobparat by default
    with desk.store.unit_of_work() as uow:
        [first] = uow.visitation.open_follow_ups(citizen.id)
    assert (first.kind, first.due) == (FollowUpKind.CONTACT_INTERVIEW, dt.date(2027, 2, 16))

    # the first interview the same day as the visitation counts
    assert course.register_interview(citizen.id, "Første jobsamtale") == dt.date(2027, 4, 1)
    shown = course.citizen_course(citizen.id)
    assert shown.target_group is not None and shown.target_group.label_da == "Jobsøgningsindsats"
    status = shown.course
    assert status is not None
    assert (status.first_day, status.held, status.interviews_due) == (dt.date(2027, 1, 2), 1, 4)
    assert status.next_due == dt.date(2027, 4, 1) and status.on_track

    desk.clock.set(2027, 2, 17)  # the first due date has passed: one held, one due → on track
    assert course.citizen_course(citizen.id).course.on_track  # type: ignore[union-attr]
    desk.clock.set(2027, 4, 2)  # the second has passed with only one held → behind
    behind = course.citizen_course(citizen.id).course
    assert behind is not None and (behind.held, behind.due_before_today) == (1, 2)
    assert not behind.on_track
    assert course.register_interview(citizen.id) == dt.date(2027, 5, 16)
    assert course.register_interview(citizen.id) == dt.date(2027, 7, 1)
    assert course.register_interview(citizen.id) is None  # four held: no fifth is scheduled
    with desk.store.unit_of_work() as uow:
        kinds = (FollowUpKind.CONTACT_INTERVIEW,)
        assert uow.visitation.open_follow_ups(citizen.id, kinds) == []
        [prompt] = uow.visitation.open_follow_ups(citizen.id, (FollowUpKind.REASSESSMENT,))
    assert prompt.due == dt.date(2027, 1, 2)  # the first interview asked for a re-assessment
    done = course.citizen_course(citizen.id).course
    assert done is not None and (done.held, done.next_due) == (4, None)


def test_an_interview_held_before_the_course_is_not_counted(
    desk: VisitationDesk, counsellor: tuple[VisitationDesk, ContactCourseService]
) -> None:
    _, course = counsellor
    desk.clock.set(2026, 12, 31)
    citizen = desk.citizen()
    categorise(desk, citizen, kan_tage_job="ja")  # 2014 scheme: jobparat, every 3 months
    assert course.citizen_course(citizen.id).course is None
    with pytest.raises(KnownError, match="ikke i et kontaktforløb"):
        course.register_interview(citizen.id)
    with desk.store.unit_of_work() as uow:
        [contact] = uow.visitation.open_follow_ups(citizen.id)
    desk.clock.set(2027, 1, 1)
    # the 2026 decision keeps its scheme's cycle: three months after the interview held
    assert desk.follow_ups.complete(contact.id) == dt.date(2027, 4, 1)
    assert course.citizen_course(citizen.id).course is None
    # no target group before a reform decision? the group follows basis and category by date
    group = course.citizen_course(citizen.id).target_group
    assert group is not None and group.code == "jobsoegningsindsats"

    desk.clock.set(2027, 1, 2)  # re-assessed under the reform: the course starts today
    categorise(desk, citizen)
    status = course.citizen_course(citizen.id).course
    assert status is not None
    assert (status.first_day, status.held, status.next_due) == (
        dt.date(2027, 1, 2),
        0,  # the interview of 1 January was before the course
        dt.date(2027, 2, 16),
    )


def test_a_reassessment_that_keeps_the_citizen_job_ready_continues_the_course(
    desk: VisitationDesk, counsellor: tuple[VisitationDesk, ContactCourseService]
) -> None:
    _, course = counsellor
    desk.clock.set(2027, 1, 1)
    citizen = desk.citizen()
    categorise(desk, citizen)
    course.register_interview(citizen.id)
    desk.clock.set(2027, 2, 1)
    categorise(desk, citizen)  # still jobparat
    status = course.citizen_course(citizen.id).course
    assert status is not None and (status.first_day, status.held) == (dt.date(2027, 1, 1), 1)
    desk.clock.set(2027, 2, 2)
    categorise(desk, citizen, konkret_grundlag="ja")  # ikke jobparat: out of the course
    shown = course.citizen_course(citizen.id)
    assert shown.course is None
    assert shown.target_group is not None and shown.target_group.code == "jobhjaelpsindsats"


@pytest.mark.parametrize(
    ("day", "basis", "category", "group"),
    [
        (dt.date(2026, 12, 31), "forsikret", None, None),
        (dt.date(2026, 12, 31), "kontanthjaelp", "jobparat", None),
        (dt.date(2027, 1, 1), "forsikret", None, "dagpengeindsats"),
        (dt.date(2027, 1, 1), "kontanthjaelp", "jobparat", "jobsoegningsindsats"),
        (dt.date(2027, 1, 1), "kontanthjaelp", None, "jobsoegningsindsats"),
        (dt.date(2027, 1, 2), "kontanthjaelp", "ikke_jobparat", "jobhjaelpsindsats"),
        (dt.date(2027, 1, 2), "uddannelseshjaelp", "aktivitetsparat", "jobhjaelpsindsats"),
        (dt.date(2027, 1, 2), "sygedagpenge", None, "sygedagpengeindsats"),
        (dt.date(2027, 1, 2), "beskaeftiget", None, "oevrige"),
        (dt.date(2027, 1, 2), "studerende", "jobparat", "oevrige"),
    ],
)
def test_the_five_target_groups_by_date(
    day: dt.date, basis: str, category: str | None, group: str | None
) -> None:
    found = target_group_for(basis, category, day)
    assert (found.code if found else None) == group


@pytest.mark.parametrize(
    ("exempted", "in_course", "allowed"),
    [(0, 3, False), (0, 4, True), (2, 12, True), (3, 12, False), (3, 16, True), (4, 16, False)],
)
def test_one_in_four_in_exact_integers(exempted: int, in_course: int, allowed: bool) -> None:
    rule = choose_scheme(load_visitation_seed().schemes, dt.date(2027, 1, 1)).contact_course
    assert rule is not None
    assert may_exempt_one_more(exempted, in_course, rule) is allowed


def test_the_fourth_exemption_of_twelve_is_refused_and_of_sixteen_allowed(
    desk: VisitationDesk, counsellor: tuple[VisitationDesk, ContactCourseService]
) -> None:
    _, course = counsellor
    citizens = []
    for day in (dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 2)):
        desk.clock.set(day.year, day.month, day.day)
        for _ in range(5):
            citizens.append(desk.citizen())
            categorise(desk, citizens[-1])
    # 31 December's five are under the 2014 scheme: not in the course, not exemptable
    with pytest.raises(KnownError, match="ikke i et kontaktforløb"):
        course.grant_exemption(citizens[0].id, "sygdom")
    in_course = citizens[5:]  # 1 and 2 January: ten in the course
    desk.clock.set(2027, 1, 2)
    share = course.site_share()
    assert share is not None
    assert (share.in_course, share.exempted, share.exemptions_allowed) == (10, 0, 2)
    with pytest.raises(KnownError, match="kan ikke bruges"):
        course.grant_exemption(in_course[0].id, "ferie")
    course.grant_exemption(in_course[0].id, "sygdom", "Indlagt")
    course.grant_exemption(in_course[1].id, "barsel")
    for _ in range(2):  # twelve in the course
        in_course.append(desk.citizen())
        categorise(desk, in_course[-1])
    course.grant_exemption(in_course[2].id, "job_paa_vej")  # 3 of 12
    with pytest.raises(KnownError, match=r"Højst 1 ud af 4 .* 3 fritaget af 12"):
        course.grant_exemption(in_course[3].id, "sygdom")  # 4 of 12 would be one in three
    for _ in range(4):  # sixteen
        in_course.append(desk.citizen())
        categorise(desk, in_course[-1])
    course.grant_exemption(in_course[3].id, "sygdom")  # 4 of 16: exactly one in four
    with pytest.raises(KnownError, match="allerede fritaget"):
        course.grant_exemption(in_course[3].id, "barsel")
    share = course.site_share()
    assert share is not None
    assert (share.in_course, share.exempted, share.on_track) == (16, 4, 12)
    assert share.share_percent == 75.0 and share.meets_target
    shown = course.citizen_course(in_course[0].id).course
    assert shown is not None and shown.exemption_label == "Sygdom eller behandling"


def test_receptionists_may_not_register_interviews_or_exempt(
    desk: VisitationDesk, store: LocalStore, clock: Clock
) -> None:
    desk.clock.set(2027, 1, 4)
    citizen = desk.citizen(SupportBasis.CASH_BENEFIT)
    categorise(desk, citizen)
    reception = ContactCourseService.beside(desk.visitation)  # mus-bbj, a receptionist
    with pytest.raises(KnownError, match="jobsamtale"):
        reception.register_interview(citizen.id)
    with pytest.raises(KnownError, match="fritage"):
        reception.grant_exemption(citizen.id, "sygdom")

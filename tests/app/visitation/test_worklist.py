"""The site's worklist of due and overdue follow-ups, and the hearing after a missed meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import SupportBasis
from app.errors import ValidationError
from app.visitation.deadlines import DueState
from app.visitation.records import FollowUpKind, HearingOutcome, MeetingKind
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for


def test_the_worklist_shows_due_and_overdue_here_only(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 9, 1)
    overdue = desk.citizen(name="Overskredet")
    desk.visitation.complete(plan_for(desk, overdue, answers={"kan_tage_job": "ja"}))  # due 1 Dec
    desk.clock.set(2026, 9, 4)
    today = desk.citizen(name="Idag")
    desk.visitation.complete(plan_for(desk, today, answers={"kan_tage_job": "ja"}))  # due 4 Dec
    desk.clock.set(2026, 9, 10)
    soon = desk.citizen(name="Snart")
    desk.visitation.complete(plan_for(desk, soon, answers={"kan_tage_job": "ja"}))  # due 10 Dec
    later = desk.citizen(name="Senere")
    desk.clock.set(2026, 9, 20)
    desk.visitation.complete(plan_for(desk, later, answers={"kan_tage_job": "ja"}))  # due 20 Dec
    elsewhere = desk.citizen(name="Andetsteds")
    skb = make_desk(desk.store, desk.clock, site="SKB", staff="skb-mhl", counter=3)
    desk.clock.set(2026, 9, 2)
    skb.visitation.complete(plan_for(skb, elsewhere, answers={"kan_tage_job": "ja"}))
    desk.clock.set(2026, 12, 4)

    items = desk.follow_ups.worklist()
    assert [(i.citizen_name, i.state) for i in items] == [
        ("Overskredet Østergård", DueState.OVERDUE),
        ("Idag Østergård", DueState.DUE_TODAY),
        ("Snart Østergård", DueState.SOON),
    ]
    assert {i.action_da for i in items} == {"Hold kontaktsamtale"}
    assert items[0].masked_cpr.endswith("-xxxx")
    assert [i.citizen_name for i in skb.follow_ups.worklist()] == ["Andetsteds Østergård"]
    desk.follow_ups.complete(items[0].follow_up_id)  # held: off the list, next one in 3 months
    assert [i.citizen_name for i in desk.follow_ups.worklist()][0] == "Idag Østergård"


def test_a_missed_meeting_starts_a_hearing_then_a_recommendation(desk: VisitationDesk) -> None:
    citizen = desk.citizen()
    session = desk.visitation.sessions_for_booking(MeetingKind.JOB_MEETING)[0]
    outcome = desk.visitation.complete(
        plan_for(desk, citizen, answers={"kan_tage_job": "ja"}, session_id=session.id)
    )
    assert outcome.booking_id is not None
    desk.clock.moment = session.starts_at + dt.timedelta(hours=3)
    missed_on = desk.visitation.today()
    due = desk.follow_ups.register_absence(citizen.id, missed_on, booking_id=outcome.booking_id)
    assert due == missed_on + dt.timedelta(days=7)
    [hearing] = [i for i in desk.follow_ups.worklist() if i.kind is FollowUpKind.HEARING]
    assert hearing.action_da.startswith("Afvent borgerens svar")
    assert "Udeblevet" in hearing.note and "Jobmøde" in hearing.note
    with pytest.raises(ValidationError, match="løber til og med"):
        desk.follow_ups.conclude_hearing(hearing.follow_up_id, HearingOutcome.RECOMMENDATION_SENT)

    desk.clock.advance(days=8)
    [hearing] = [i for i in desk.follow_ups.worklist() if i.kind is FollowUpKind.HEARING]
    assert (hearing.state, hearing.action_da) == (
        DueState.OVERDUE,
        "Send indstilling til Ydelsesservice",
    )
    with pytest.raises(ValidationError, match="a-kassen"):
        desk.follow_ups.conclude_hearing(hearing.follow_up_id, HearingOutcome.NOTICE_SENT)
    desk.follow_ups.conclude_hearing(hearing.follow_up_id, HearingOutcome.RECOMMENDATION_SENT)
    assert FollowUpKind.HEARING not in {i.kind for i in desk.follow_ups.worklist()}


def test_for_the_insured_the_hearing_ends_in_a_notice_to_the_a_kasse(desk: VisitationDesk) -> None:
    insured = desk.citizen(SupportBasis.INSURED)
    desk.follow_ups.register_absence(insured.id, desk.visitation.today(), note="Aftalt samtale")
    desk.clock.advance(days=8)
    [item] = desk.follow_ups.worklist()
    assert item.action_da == "Send underretning til a-kassen"
    desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.NOTICE_SENT, "Sendt")
    assert desk.follow_ups.worklist() == []


def test_a_good_reason_closes_the_hearing_at_any_time_but_must_be_given(
    desk: VisitationDesk,
) -> None:
    citizen = desk.citizen()
    desk.follow_ups.register_absence(citizen.id, desk.visitation.today())
    [item] = desk.follow_ups.worklist()
    with pytest.raises(ValidationError, match="Begrundelsen skal udfyldes"):
        desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.GOOD_REASON)
    desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.GOOD_REASON, "Indlagt")
    assert desk.follow_ups.worklist() == []
    with pytest.raises(ValidationError, match="allerede afsluttet"):
        desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.GOOD_REASON, "igen")


def test_absences_are_only_followed_up_for_the_unemployed_and_not_ahead(
    desk: VisitationDesk,
) -> None:
    with pytest.raises(ValidationError, match="kun op for ledige"):
        desk.follow_ups.register_absence(
            desk.citizen(SupportBasis.STUDENT).id, desk.visitation.today()
        )
    with pytest.raises(ValidationError, match="fremtiden"):
        desk.follow_ups.register_absence(
            desk.citizen().id, desk.visitation.today() + dt.timedelta(days=1)
        )

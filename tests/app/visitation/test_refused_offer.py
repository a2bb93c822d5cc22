"""A refused offer (afvist tilbud) opens the same hearing as a missed meeting: the scheme's
hearing deadline, a recommendation to Ydelsesservice for the uninsured and a notice to the
a-kasse for the insured once the deadline has passed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import SupportBasis
from app.errors import ValidationError
from app.visitation.records import FollowUpKind, HearingOutcome
from tests.app.visitation.conftest import VisitationDesk


def _offer(
    desk: VisitationDesk, basis: SupportBasis = SupportBasis.CASH_BENEFIT
) -> tuple[str, str]:
    citizen = desk.citizen(basis)
    referral_id = desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=False)
    return citizen.id, referral_id


def test_a_refused_offer_opens_the_hearing_an_absence_opens(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 12, 4)
    citizen_id, referral_id = _offer(desk)
    absent = desk.citizen()
    today = desk.visitation.today()
    due = desk.follow_ups.register_refused_offer(
        citizen_id, referral_id, today, reason="Vil ikke på holdet", good_reason=False
    )
    assert due == desk.follow_ups.register_absence(absent.id, today)  # same deadline
    assert due == today + dt.timedelta(days=7)
    [hearing] = [i for i in desk.follow_ups.worklist() if i.citizen_id == citizen_id]
    assert hearing.kind is FollowUpKind.HEARING
    assert hearing.note.startswith("Afvist tilbud 04.12.2026: Unge og Uddannelse")
    assert "Vil ikke på holdet" in hearing.note
    assert hearing.action_da.startswith("Afvent borgerens svar")
    with pytest.raises(ValidationError, match="løber til og med"):
        desk.follow_ups.conclude_hearing(hearing.follow_up_id, HearingOutcome.RECOMMENDATION_SENT)
    desk.clock.advance(days=8)
    [hearing] = [i for i in desk.follow_ups.worklist() if i.citizen_id == citizen_id]
    assert hearing.action_da == "Send indstilling til Ydelsesservice"
    desk.follow_ups.conclude_hearing(hearing.follow_up_id, HearingOutcome.RECOMMENDATION_SENT)
    assert citizen_id not in {i.citizen_id for i in desk.follow_ups.worklist()}


def test_for_the_insured_a_refused_offer_ends_in_a_notice_to_the_a_kasse(
    desk: VisitationDesk,
) -> None:
    citizen_id, referral_id = _offer(desk, SupportBasis.INSURED)
    desk.follow_ups.register_refused_offer(
        citizen_id, referral_id, desk.visitation.today(), reason="Har selv fundet kursus"
    )
    desk.clock.advance(days=8)
    [item] = desk.follow_ups.worklist()
    assert item.action_da == "Send underretning til a-kassen"
    desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.NOTICE_SENT)
    assert desk.follow_ups.worklist() == []


def test_a_stated_good_reason_is_on_the_hearing_for_the_counsellor_to_weigh(
    desk: VisitationDesk,
) -> None:
    citizen_id, referral_id = _offer(desk)
    desk.follow_ups.register_refused_offer(
        citizen_id, referral_id, desk.visitation.today(), reason="Syg", good_reason=True
    )
    [item] = desk.follow_ups.worklist()
    assert item.note.endswith("Borgeren angiver en rimelig grund.")
    desk.follow_ups.conclude_hearing(item.follow_up_id, HearingOutcome.GOOD_REASON, "Lægeerklæring")
    assert desk.follow_ups.worklist() == []


def test_a_refusal_needs_a_reason_the_citizens_own_offer_and_a_day_not_ahead(
    desk: VisitationDesk,
) -> None:
    citizen_id, referral_id = _offer(desk)
    other_id, other_referral = _offer(desk)
    today = desk.visitation.today()
    with pytest.raises(ValidationError, match="Begrundelsen for afvisningen skal udfyldes"):
        desk.follow_ups.register_refused_offer(citizen_id, referral_id, today, reason="  ")
    with pytest.raises(ValidationError, match="hører ikke til borgeren"):
        desk.follow_ups.register_refused_offer(citizen_id, other_referral, today, reason="Nej")
    with pytest.raises(ValidationError, match="fremtiden"):
        desk.follow_ups.register_refused_offer(
            citizen_id, referral_id, today + dt.timedelta(days=1), reason="Nej"
        )
    with pytest.raises(ValidationError, match="kan ikke være afvist før"):
        desk.follow_ups.register_refused_offer(
            citizen_id, referral_id, today - dt.timedelta(days=1), reason="Nej"
        )
    student = desk.citizen(SupportBasis.STUDENT)
    student_referral = desk.referrals.refer(student.id, "unge_uddannelse", move_anchor=False)
    with pytest.raises(ValidationError, match="kun op for ledige"):
        desk.follow_ups.register_refused_offer(student.id, student_referral, today, reason="Nej")
    assert desk.follow_ups.worklist() == []

"""Open advice: sessions with or without a citizen, counsellors only (item 5)."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.jobshop.records import AdviceTopic
from app.security.roles import PermissionDeniedError
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk


def test_sessions_are_logged_anonymous_or_for_a_citizen_and_listed_for_today(
    jobs: JobDesk, clock: Clock
) -> None:
    citizen = jobs.citizen(1)
    jobs.advice.log_session(AdviceTopic.EURES, 20, outcome="Info om arbejde i Tyskland")
    clock.advance(minutes=30)
    jobs.advice.log_session(
        AdviceTopic.EDUCATION, 15, citizen_id=citizen.id, referred_to="Studievalg København"
    )
    lines = jobs.advice.sessions_today()
    assert [(ln.citizen_name, ln.session.topic) for ln in lines] == [
        ("Ali Østergård", AdviceTopic.EDUCATION),
        ("Anonym", AdviceTopic.EURES),
    ]
    assert [s.referred_to for s in jobs.advice.for_citizen(citizen.id)] == ["Studievalg København"]
    clock.advance(days=1)
    assert jobs.advice.sessions_today() == []


def test_a_session_needs_a_duration_and_a_known_topic(jobs: JobDesk) -> None:
    with pytest.raises(ValidationError, match="Varigheden"):
        jobs.advice.log_session(AdviceTopic.JOB, 0)
    assert jobs.advice.sessions_today() == []


def test_a_receptionist_does_not_log_advice_sessions(store: LocalStore, clock: Clock) -> None:
    receptionist = make_job_desk(store, clock, staff="mus-bbj")
    with pytest.raises(PermissionDeniedError):
        receptionist.advice.log_session(AdviceTopic.JOB, 10)

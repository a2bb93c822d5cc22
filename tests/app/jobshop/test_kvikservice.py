"""Kvikservice: due times over weekends and holidays, matching, candidates sent (item 3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.clock import COPENHAGEN
from app.commands.envelope import new_id
from app.errors import ConflictError, ValidationError
from app.jobshop.records import KvikStatus
from app.jobshop.working_days import is_working_day, kvik_due, next_working_day
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk


def _local(year: int, month: int, day: int, hour: int = 14) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (_local(2026, 11, 24), _local(2026, 11, 25)),  # Tuesday → Wednesday
        (_local(2026, 11, 27), _local(2026, 11, 30)),  # Friday → Monday
        (_local(2026, 11, 28, 10), _local(2026, 11, 30, 10)),  # Saturday → Monday
        (_local(2026, 4, 1), _local(2026, 4, 7)),  # Wednesday before Easter → Tuesday after
        (_local(2026, 12, 23), _local(2026, 12, 28)),  # 24th closed, 25th/26th holidays, 27th Sun
        (_local(2026, 12, 30), _local(2027, 1, 4)),  # 31st closed, New Year's Day, weekend
        (_local(2026, 3, 27, 9), _local(2026, 3, 30, 9)),  # over the DST change: still 09:00
    ],
)
def test_a_request_is_due_the_same_time_next_working_day(
    received: dt.datetime, due: dt.datetime
) -> None:
    closed = ("12-24", "12-31", "06-05")
    assert kvik_due(received.astimezone(dt.UTC), closed) == due.astimezone(dt.UTC)


def test_working_days_know_public_holidays_and_configured_closing_days() -> None:
    assert not is_working_day(dt.date(2026, 5, 14))  # Ascension Day
    assert not is_working_day(dt.date(2026, 6, 5), ["06-05"])  # Constitution Day, configured
    assert is_working_day(dt.date(2026, 6, 5))  # …and open when not configured
    assert next_working_day(dt.date(2026, 5, 13)) == dt.date(2026, 5, 15)


def _visit(jobs: JobDesk, citizen_id: str) -> None:
    """A visit at the desk's site at the test clock's time."""
    args = {"visit_id": new_id(), "citizen_id": citizen_id, "service_code": "jobbutik"}
    envelope = jobs.workstation.envelope("start_visit", 1, args)
    jobs.bus.execute(replace(envelope, issued_at=jobs.clock().isoformat()))


def test_candidates_are_recent_visitors_who_want_work_in_the_trade_area(
    jobs: JobDesk, clock: Clock
) -> None:
    company = jobs.company("DSV Hedehusene")
    old, fresh, elsewhere, no_wish = (jobs.citizen(i, n) for i, n in enumerate("ABCD", 1))
    for citizen in (old, fresh, elsewhere, no_wish):
        area = "sosu" if citizen is elsewhere else "industri_lager_transport_service"
        if citizen is not no_wish:
            jobs.kvik.set_job_wishes(citizen.id, [area])
    _visit(jobs, old.id)
    clock.advance(days=31)  # outside the 30-day window by the time of the request
    for citizen in (fresh, elsewhere, no_wish):
        _visit(jobs, citizen.id)
    request_id = jobs.kvik.open_request(
        company, "industri_lager_transport_service", "3 lagerfolk fra mandag", positions=3
    )
    assert [c.citizen_id for c in jobs.kvik.candidates(request_id)] == [fresh.id]

    jobs.kvik.mark_sent(request_id, fresh.id, "Ringet op")
    assert jobs.kvik.candidates(request_id)[0].already_sent
    with pytest.raises(ConflictError, match="allerede sendt"):
        jobs.kvik.mark_sent(request_id, fresh.id)
    [line] = jobs.kvik.open_requests()
    assert line.sent == 1 and line.company_name == "DSV Hedehusene"

    jobs.kvik.close(request_id, KvikStatus.FULFILLED)
    assert jobs.kvik.open_requests() == []
    with pytest.raises(ValidationError, match="opfyldt"):
        jobs.kvik.mark_sent(request_id, old.id)


def test_open_requests_show_the_time_left_and_overdue(jobs: JobDesk, clock: Clock) -> None:
    company = jobs.company()
    clock.set(2026, 11, 27, 14)  # a Friday: due Monday 14:00
    request_id = jobs.kvik.open_request(company, "sosu", "2 SOSU-hjælpere")
    [line] = jobs.kvik.open_requests()
    assert line.request.due_at == _local(2026, 11, 30).astimezone(dt.UTC)
    assert line.time_left == dt.timedelta(days=3) and not line.overdue
    clock.set(2026, 11, 30, 15, 30)
    [line] = jobs.kvik.open_requests()
    assert line.overdue and line.time_left == -dt.timedelta(hours=1, minutes=30)
    assert line.request.id == request_id


def test_a_chosen_due_time_must_lie_after_the_call(jobs: JobDesk, clock: Clock) -> None:
    with pytest.raises(ValidationError, match="Svarfristen"):
        jobs.kvik.open_request(
            jobs.company(), "sosu", "x", due_at=clock.moment - dt.timedelta(hours=1)
        )


def test_each_reception_matches_its_own_visitors(store: LocalStore, clock: Clock) -> None:
    mus = make_job_desk(store, clock, site="MUS", staff="mus-aan")
    skb = make_job_desk(store, clock, site="SKB", staff="skb-sol")
    here, there = mus.citizen(1, "Ida"), mus.citizen(2, "Jon")
    for citizen in (here, there):
        mus.kvik.set_job_wishes(citizen.id, ["sosu"])
    _visit(mus, here.id)
    _visit(skb, there.id)
    request_id = mus.kvik.open_request(mus.company(), "sosu", "2 SOSU-hjælpere")
    assert [c.citizen_id for c in mus.kvik.candidates(request_id)] == [here.id]
    assert [c.citizen_id for c in skb.kvik.candidates(request_id)] == [there.id]

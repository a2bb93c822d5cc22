"""An entrance's opening hours on Copenhagen time: open or not, closing today, the next
opening and the open time between two moments — holidays closed, daylight saving kept."""

from __future__ import annotations

import datetime as dt

import pytest

from app.clock import COPENHAGEN
from app.opening_hours import OpeningHours
from app.public_holidays import is_closed_day

T = dt.time
# The sites' hours in the seed: 9–15, Thursday 9–17, Friday 9–13, closed at weekends.
SITE = OpeningHours(
    {0: (T(9), T(15)), 1: (T(9), T(15)), 2: (T(9), T(15)), 3: (T(9), T(17)), 4: (T(9), T(13))}
)


def local(y: int, m: int, d: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute, tzinfo=COPENHAGEN)


def utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def test_open_within_the_days_hours_and_closed_outside_them() -> None:
    assert SITE.is_open(local(2026, 11, 26, 16, 30))  # Thursday: open till 17
    assert not SITE.is_open(local(2026, 11, 25, 16, 30))  # Wednesday: closed at 15
    assert not SITE.is_open(local(2026, 11, 27, 13, 0))  # Friday: closes at 13, sharp
    assert SITE.is_open(local(2026, 11, 27, 9, 0))  # opens at 9, sharp
    assert not SITE.is_open(local(2026, 11, 28, 11, 0))  # Saturday


def test_closing_today_and_the_next_opening() -> None:
    friday = local(2026, 11, 27, 10, 0)
    assert SITE.closes_today(friday) == utc(local(2026, 11, 27, 13, 0))
    assert SITE.closes_today(local(2026, 11, 28, 10, 0)) is None  # Saturday: not open
    # Open now: the next opening is Monday's, after the weekend.
    assert SITE.next_opening(friday) == utc(local(2026, 11, 30, 9, 0))
    assert SITE.next_opening(local(2026, 11, 30, 8, 0)) == utc(local(2026, 11, 30, 9, 0))
    assert SITE.open_from(friday) == utc(friday)
    assert SITE.open_from(local(2026, 11, 30, 7, 15)) == utc(local(2026, 11, 30, 9, 0))
    assert OpeningHours({}).next_opening(friday) is None  # an entrance with no hours


@pytest.mark.parametrize("day", [dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2027, 1, 1)])
def test_christmas_and_new_years_day_are_closed_on_weekdays(day: dt.date) -> None:
    assert day.weekday() < 5 and is_closed_day(day)
    assert SITE.on(day) is None
    assert not SITE.is_open(local(day.year, day.month, day.day, 11, 0))
    assert SITE.closes_today(local(day.year, day.month, day.day, 11, 0)) is None


def test_the_next_opening_skips_christmas_and_new_year() -> None:
    # Wednesday 23 Dec 2026 after closing: Thu 24, Fri 25 closed, then the weekend
    # (26 December a Saturday, and a holiday anyway).
    assert is_closed_day(dt.date(2026, 12, 26))
    assert SITE.next_opening(local(2026, 12, 23, 15, 30)) == utc(local(2026, 12, 28, 9, 0))
    # Wednesday 30 Dec: Thu 31 Dec and Fri 1 Jan closed, then Monday 4 January.
    assert SITE.next_opening(local(2026, 12, 30, 15, 30)) == utc(local(2027, 1, 4, 9, 0))


def test_open_time_leaves_out_the_night_the_weekend_and_holidays() -> None:
    # Monday 14:50 to Tuesday 09:10: ten minutes before closing, ten after opening.
    span = SITE.open_between(local(2026, 11, 23, 14, 50), local(2026, 11, 24, 9, 10))
    assert span == dt.timedelta(minutes=20)
    # Before opening to after closing: the day's hours exactly.
    day = SITE.open_between(local(2026, 11, 26, 7, 0), local(2026, 11, 26, 20, 0))
    assert day == dt.timedelta(hours=8)
    # Wednesday 23 Dec 14:00 to Monday 28 Dec 09:30: one hour, then half an hour.
    christmas = SITE.open_between(local(2026, 12, 23, 14, 0), local(2026, 12, 28, 9, 30))
    assert christmas == dt.timedelta(minutes=90)
    assert (
        SITE.open_between(local(2026, 11, 24, 12, 0), local(2026, 11, 24, 11, 0)) == dt.timedelta()
    )


def test_daylight_saving_changes_keep_local_hours_and_count_real_time() -> None:
    # Summer time begins Sunday 29 March 2026 at 02:00 (→ 03:00), ends 25 October at 03:00.
    night = OpeningHours({6: (T(1), T(5))})  # an entrance open Sundays 01–05, wall clock
    assert night.open_between(local(2026, 3, 29), local(2026, 3, 30)) == dt.timedelta(hours=3)
    assert night.open_between(local(2026, 10, 25), local(2026, 10, 26)) == dt.timedelta(hours=5)
    # The sites across the spring weekend: Friday 12:00 → Monday 09:30 is 1 h + 30 min of
    # open time, and Monday opens at 09:00 summer time (07:00 UTC, not 08:00).
    spring = SITE.open_between(local(2026, 3, 27, 12, 0), local(2026, 3, 30, 9, 30))
    assert spring == dt.timedelta(minutes=90)
    monday = SITE.next_opening(local(2026, 3, 28, 12, 0))
    assert monday == dt.datetime(2026, 3, 30, 7, 0, tzinfo=dt.UTC)
    assert not SITE.is_open(dt.datetime(2026, 3, 27, 7, 30, tzinfo=dt.UTC))  # 08:30 winter
    assert SITE.is_open(dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC))  # 09:30 summer

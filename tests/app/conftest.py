"""Fixtures for the core's tests: a wall clock the test controls."""

from __future__ import annotations

import datetime as dt

import pytest

from app.clock import COPENHAGEN


class Clock:
    """A wall clock that stands still until the test moves it (Copenhagen local time in)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> None:
        local = dt.datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)
        self.moment = local.astimezone(dt.UTC)

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    c = Clock(dt.datetime.now(dt.UTC))
    c.set(2026, 11, 24)  # a Tuesday, in the 2014–2026 visitation scheme
    return c

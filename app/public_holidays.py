"""Days the job centre is closed whatever its weekly hours: Danish public holidays and the
days it closes besides them.

Public holidays come from the `holidays` package (Easter-dependent days included); its
"public" category leaves out 24 and 31 December and Constitution Day, which the job
centres close too, so those are named here ("MM-DD")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays

CLOSED_DAYS: tuple[str, ...] = ("12-24", "12-31", "06-05")


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("DK", years=year))


def is_closed_day(day: dt.date, closed_days: Iterable[str] = CLOSED_DAYS) -> bool:
    """A public holiday or one of `closed_days`: no entrance opens, whatever the weekday."""
    return day in public_holidays(day.year) or f"{day:%m-%d}" in set(closed_days)

"""Working days in Copenhagen: weekends, Danish public holidays and configured closed days.

Public holidays come from the `holidays` package (Easter-dependent days included);
days the job centres close besides them (24 and 31 December, Constitution Day)
are configuration (JobshopRules.closed_days, "MM-DD").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.clock import COPENHAGEN
from app.public_holidays import public_holidays


def is_working_day(day: dt.date, closed_days: Iterable[str] = ()) -> bool:
    if day.weekday() >= 5 or day in public_holidays(day.year):
        return False
    return f"{day:%m-%d}" not in set(closed_days)


def next_working_day(day: dt.date, closed_days: Iterable[str] = ()) -> dt.date:
    """The first working day after `day`."""
    closed = tuple(closed_days)
    following = day + dt.timedelta(days=1)
    while not is_working_day(following, closed):
        following += dt.timedelta(days=1)
    return following


def kvik_due(received_at: dt.datetime, closed_days: Iterable[str] = ()) -> dt.datetime:
    """A kvikservice request is due the same clock time on the next working day.

    Received Friday 14:00 → Monday 14:00; Thursday before Easter → the Tuesday after.
    The time is Copenhagen wall-clock time (a daylight-saving change keeps 14:00 at 14:00).
    """
    local = received_at.astimezone(COPENHAGEN)
    day = next_working_day(local.date(), closed_days)
    due_local = dt.datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=COPENHAGEN)
    return due_local.astimezone(dt.UTC)

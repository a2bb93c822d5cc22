"""When an entrance (a site's reception, the phone desk) is open, on Copenhagen time.

An entrance has one opening a day at most, from its weekly hours (reference data, kind
`opening_hours`), and none on a public holiday or a closed day (`app/public_holidays.py`).
Pure: moments in (any time zone), moments out in UTC.

Arithmetic is done in UTC: two Copenhagen datetimes of the same tzinfo subtract as wall
clock times, which is an hour wrong across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.clock import COPENHAGEN
from app.public_holidays import CLOSED_DAYS, is_closed_day

# How far ahead `next_opening` looks: a week has every weekday, so only holidays in a row
# can push the next opening further; an entrance with no hours at all never opens.
_LOOK_AHEAD_DAYS = 31


@dataclass(frozen=True, slots=True)
class Opening:
    """One day's opening, in UTC."""

    opens: dt.datetime
    closes: dt.datetime


@dataclass(frozen=True, slots=True)
class OpeningHours:
    week: Mapping[int, tuple[dt.time, dt.time]]  # weekday (0 = Monday) → opens, closes
    closed_days: tuple[str, ...] = field(default=CLOSED_DAYS)  # "MM-DD" besides holidays

    def on(self, day: dt.date) -> Opening | None:
        """The opening of a local calendar day, or None when the entrance is closed."""
        hours = self.week.get(day.weekday())
        if hours is None or is_closed_day(day, self.closed_days):
            return None
        opens, closes = (
            dt.datetime.combine(day, t, tzinfo=COPENHAGEN).astimezone(dt.UTC) for t in hours
        )
        return Opening(opens, closes)

    def is_open(self, moment: dt.datetime) -> bool:
        today = self.on(_local_day(moment))
        return today is not None and today.opens <= moment < today.closes

    def closes_today(self, moment: dt.datetime) -> dt.datetime | None:
        """When the entrance closes on the moment's day (earlier than the moment when it has
        closed already); None on a day it does not open."""
        today = self.on(_local_day(moment))
        return None if today is None else today.closes

    def next_opening(self, moment: dt.datetime) -> dt.datetime | None:
        """The first opening at or after `moment` (not the one it is open in now); None when
        the entrance does not open within a month."""
        day = _local_day(moment)
        for offset in range(_LOOK_AHEAD_DAYS + 1):
            opening = self.on(day + dt.timedelta(days=offset))
            if opening is not None and opening.opens >= moment:
                return opening.opens
        return None

    def open_from(self, moment: dt.datetime) -> dt.datetime | None:
        """Where open time starts counting for someone arriving at `moment`: the moment
        itself while open, else the next opening."""
        return moment.astimezone(dt.UTC) if self.is_open(moment) else self.next_opening(moment)

    def open_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """The open time between two moments: what a wait counts, closed hours left out."""
        total = dt.timedelta()
        day, last = _local_day(start), _local_day(end)
        while day <= last:
            opening = self.on(day)
            if opening is not None:
                overlap = min(end, opening.closes) - max(start, opening.opens)
                total += max(overlap, dt.timedelta())
            day += dt.timedelta(days=1)
        return total


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(COPENHAGEN).date()

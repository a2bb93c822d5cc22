"""Deadline arithmetic in calendar days and months, with the stdlib only.

A month later is the same day number, or the month's last day when that
month is shorter: 31 January + 1 month = 28 February (29 in a leap year),
29 February 2028 + 12 months = 28 February 2029.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def add_period(day: dt.date, *, months: int = 0, days: int = 0) -> dt.date:
    """Months first, then days: "3 months and 1 day" from 30 November is 1 March."""
    return add_months(day, months) + dt.timedelta(days=days)


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    SOON = "soon"
    LATER = "later"


def due_state(due: dt.date, today: dt.date, *, soon_days: int = 7) -> DueState:
    if due < today:
        return DueState.OVERDUE
    if due == today:
        return DueState.DUE_TODAY
    if due <= today + dt.timedelta(days=soon_days):
        return DueState.SOON
    return DueState.LATER


def format_da(day: dt.date) -> str:
    """Danish short date, as on letters: 02.01.2027."""
    return f"{day:%d.%m.%Y}"

"""Time as the job centre sees it: stored in UTC, days counted in Copenhagen."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def service_day(moment: dt.datetime) -> dt.date:
    """The local calendar day a moment belongs to (ticket numbers restart each day)."""
    return moment.astimezone(COPENHAGEN).date()


def today() -> dt.date:
    """The job centre's day now: Copenhagen's date, whatever the PC's own time zone."""
    return service_day(dt.datetime.now(dt.UTC))

"""The period a figures request may ask for: forwards, and a year at a time at most."""

from __future__ import annotations

import datetime as dt

from server.errors import ApiError

MAX_DAYS = 366  # a year at a time: the reply stays a few MB at most


def check_period(first_day: dt.date, last_day: dt.date) -> None:
    if last_day < first_day:
        raise ApiError(
            422,
            "bad_range",
            "Slutdatoen ligger før startdatoen.",
            "The last day is before the first.",
        )
    if (last_day - first_day).days >= MAX_DAYS:
        raise ApiError(
            422,
            "range_too_long",
            f"Højst {MAX_DAYS} dage ad gangen.",
            f"At most {MAX_DAYS} days at a time.",
        )

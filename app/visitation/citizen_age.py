"""A citizen's age on a day, read from the birth date in the CPR number."""

from __future__ import annotations

import datetime as dt

from app.cpr import CprError, parse_cpr


def age_on(cpr_digits: str, day: dt.date) -> int | None:
    """Whole years on `day`; None when the number holds no usable birth date."""
    try:
        born = parse_cpr(cpr_digits, today=day).birth_date
    except CprError:
        return None
    had_birthday = (day.month, day.day) >= (born.month, born.day)
    return day.year - born.year - (0 if had_birthday else 1)

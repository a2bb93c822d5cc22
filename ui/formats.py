"""Times, dates, numbers and percentages as the desk shows and prints them.

One place for every format, in the desk's language (ui/i18n.py): Danish writes the
time 14:05 (not QLocale's 14.05), dates 05.12.2026, «85 %» and 1.234; English (British)
writes 14:05, 05/12/2026, «85%» and 1,234. Moments with a time zone are shown in
Copenhagen time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from app.clock import COPENHAGEN
from ui.i18n import current_language

_LOCALES = {"da": "da_DK", "en": "en_GB"}


def locale() -> QLocale:
    """The QLocale of the desk's language (not the system's)."""
    return QLocale(_LOCALES.get(current_language(), "da_DK"))


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(COPENHAGEN) if moment.tzinfo is not None else moment


def format_time(moment: dt.time | dt.datetime, *, seconds: bool = False) -> str:
    """«14:05» (or «14:05:07») in both languages."""
    if isinstance(moment, dt.datetime):
        moment = _local(moment).time()
    time = QTime(moment.hour, moment.minute, moment.second)
    return locale().toString(time, "HH:mm:ss" if seconds else "HH:mm")


def format_date(day: dt.date, *, year: bool = True) -> str:
    """«05.12.2026» / «05/12/2026»; without the year «05.12» / «05/12»."""
    if isinstance(day, dt.datetime):
        day = _local(day).date()
    if current_language() == "da":
        pattern = "dd.MM.yyyy" if year else "dd.MM"
    else:
        pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
        if not year:
            pattern = pattern.replace("/yyyy", "").replace("/yy", "")
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def format_datetime(moment: dt.datetime, *, seconds: bool = False, year: bool = True) -> str:
    """Date and time: «05.12.2026 14:05» / «05/12/2026 14:05»."""
    local = _local(moment)
    return f"{format_date(local, year=year)} {format_time(local, seconds=seconds)}"


def format_number(value: float, decimals: int = 0) -> str:
    """«1.234» / «1,234»; with decimals «85,5» / «85.5»."""
    return locale().toString(float(value), "f", decimals)


def format_percent(fraction: float, decimals: int = 0) -> str:
    """A fraction (0.85) as «85 %» in Danish, «85%» in English."""
    number = format_number(fraction * 100, decimals)
    return f"{number} %" if current_language() == "da" else f"{number}%"

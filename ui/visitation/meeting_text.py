"""A group meeting's time and place as the citizen hears it: «tirs. 8. dec. kl. 09:00»."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.clock import COPENHAGEN
from app.visitation.records import MeetingKind
from ui.formats import format_time

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("MeetingText", "man."),
    QT_TRANSLATE_NOOP("MeetingText", "tirs."),
    QT_TRANSLATE_NOOP("MeetingText", "ons."),
    QT_TRANSLATE_NOOP("MeetingText", "tors."),
    QT_TRANSLATE_NOOP("MeetingText", "fre."),
    QT_TRANSLATE_NOOP("MeetingText", "lør."),
    QT_TRANSLATE_NOOP("MeetingText", "søn."),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("MeetingText", "jan."),
    QT_TRANSLATE_NOOP("MeetingText", "feb."),
    QT_TRANSLATE_NOOP("MeetingText", "mar."),
    QT_TRANSLATE_NOOP("MeetingText", "apr."),
    QT_TRANSLATE_NOOP("MeetingText", "maj"),
    QT_TRANSLATE_NOOP("MeetingText", "jun."),
    QT_TRANSLATE_NOOP("MeetingText", "jul."),
    QT_TRANSLATE_NOOP("MeetingText", "aug."),
    QT_TRANSLATE_NOOP("MeetingText", "sep."),
    QT_TRANSLATE_NOOP("MeetingText", "okt."),
    QT_TRANSLATE_NOOP("MeetingText", "nov."),
    QT_TRANSLATE_NOOP("MeetingText", "dec."),
)


def when_text(moment: dt.datetime) -> str:
    """Weekday, day, month and clock in Copenhagen time; the year only when it is not this one."""
    local = moment.astimezone(COPENHAGEN)
    day = QCoreApplication.translate("MeetingText", str(_WEEKDAYS[local.weekday()]))
    month = QCoreApplication.translate("MeetingText", str(_MONTHS[local.month - 1]))
    this_year = dt.datetime.now(COPENHAGEN).year
    year = "" if local.year == this_year else f" {local.year}"
    return QCoreApplication.translate(
        "MeetingText", "{day} {date}. {month}{year} kl. {time}"
    ).format(day=day, date=local.day, month=month, year=year, time=format_time(local))


_KINDS = {
    MeetingKind.JOB_MEETING: QT_TRANSLATE_NOOP("MeetingText", "Jobmøde"),
    MeetingKind.CV_MEETING: QT_TRANSLATE_NOOP("MeetingText", "CV-møde"),
    MeetingKind.OPEN_ADVICE: QT_TRANSLATE_NOOP("MeetingText", "Åben rådgivning"),
}


def kind_text(kind: MeetingKind) -> str:
    """«Jobmøde», «CV-møde», «Åben rådgivning» in the desk's language."""
    return QCoreApplication.translate("MeetingText", str(_KINDS[kind]))


def place_text(site_name: str, room: str) -> str:
    return QCoreApplication.translate("MeetingText", "{site}, {room}").format(
        site=site_name, room=room
    )

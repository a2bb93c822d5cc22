"""Open advice as Qt tables (no I/O): today's sessions at this site, the citizens booked on
today's open-advice hours, and the advice queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.entities import Ticket
from app.jobshop.advice_service import AdviceLine, BookedAdvice
from app.jobshop.records import AdviceTopic
from ui.formats import format_time
from ui.line_table import Column, LineTableModel

CONTEXT = "AdviceTables"

TOPICS = {
    AdviceTopic.JOB: QT_TRANSLATE_NOOP("AdviceTables", "Job og jobsøgning"),
    AdviceTopic.EDUCATION: QT_TRANSLATE_NOOP("AdviceTables", "Uddannelse"),
    AdviceTopic.DISABILITY: QT_TRANSLATE_NOOP("AdviceTables", "Handicap"),
    AdviceTopic.ETHNIC_MINORITIES: QT_TRANSLATE_NOOP("AdviceTables", "Etniske minoriteter"),
    AdviceTopic.GENDER_EQUALITY: QT_TRANSLATE_NOOP("AdviceTables", "Ligestilling"),
    AdviceTopic.EURES: QT_TRANSLATE_NOOP("AdviceTables", "EURES (arbejde i EU)"),
    AdviceTopic.OTHER: QT_TRANSLATE_NOOP("AdviceTables", "Andet"),
}


def topic_label(topic: AdviceTopic) -> str:
    return QCoreApplication.translate(CONTEXT, str(TOPICS[topic]))


def _citizen(line: AdviceLine) -> str:
    if line.session.citizen_id is None:  # the service says "Anonym"; the desk translates it
        return QCoreApplication.translate("AdviceTables", "Anonym")
    return line.citizen_name


SESSION_COLUMNS: list[Column] = [
    (
        QT_TRANSLATE_NOOP("AdviceTables", "Kl."),
        lambda a: format_time(a.session.held_at),
    ),
    (QT_TRANSLATE_NOOP("AdviceTables", "Borger"), _citizen),
    (QT_TRANSLATE_NOOP("AdviceTables", "Emne"), lambda a: topic_label(a.session.topic)),
    (QT_TRANSLATE_NOOP("AdviceTables", "Minutter"), lambda a: str(a.session.minutes)),
    (QT_TRANSLATE_NOOP("AdviceTables", "Resultat"), lambda a: a.session.outcome),
    (QT_TRANSLATE_NOOP("AdviceTables", "Henvist til"), lambda a: a.session.referred_to),
]
BOOKED_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("AdviceTables", "Kl."), lambda b: format_time(b.starts_at)),
    (QT_TRANSLATE_NOOP("AdviceTables", "Borger"), lambda b: b.full_name),
    (QT_TRANSLATE_NOOP("AdviceTables", "CPR"), lambda b: b.masked_cpr),
]
TICKET_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("AdviceTables", "Nummer"), lambda t: t.number),
    (
        QT_TRANSLATE_NOOP("AdviceTables", "Ankommet"),
        lambda t: format_time(t.arrival),
    ),
]


class AdviceSessionModel(LineTableModel[AdviceLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(SESSION_COLUMNS, CONTEXT, parent)


class AdviceTicketModel(LineTableModel[Ticket]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(TICKET_COLUMNS, CONTEXT, parent)


class BookedAdviceModel(LineTableModel[BookedAdvice]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(BOOKED_COLUMNS, CONTEXT, parent)

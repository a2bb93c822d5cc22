"""Kvikservice as Qt tables (no I/O): open requests with time left, candidates, those sent.

An overdue request is red AND says "overskredet med …": colour is never the only sign.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.jobshop.kvik_service import Candidate, KvikLine, SentLine
from ui.formats import format_datetime
from ui.line_table import Column, LineTableModel
from ui.theme import TOKENS

CONTEXT = "KvikTables"
OVERDUE_COLOUR = QColor(TOKENS["error"])


def moment_text(moment: dt.datetime) -> str:
    return format_datetime(moment)


def time_left_text(left: dt.timedelta) -> str:
    minutes = int(abs(left).total_seconds() // 60)
    hours, mins = divmod(minutes, 60)
    if hours:
        span = QCoreApplication.translate("KvikTables", "%1 t %2 min")
        span = span.replace("%1", str(hours)).replace("%2", f"{mins:02d}")
    else:
        span = QCoreApplication.translate("KvikTables", "%1 min").replace("%1", str(mins))
    if left < dt.timedelta(0):
        return QCoreApplication.translate("KvikTables", "overskredet med %1").replace("%1", span)
    return span


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("KvikTables", "Ja")
    return QCoreApplication.translate("KvikTables", "Nej")


REQUEST_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("KvikTables", "Virksomhed"), lambda k: k.company_name),
    (QT_TRANSLATE_NOOP("KvikTables", "Branche"), lambda k: k.trade_area_label),
    (QT_TRANSLATE_NOOP("KvikTables", "Ønsket"), lambda k: str(k.request.positions)),
    (QT_TRANSLATE_NOOP("KvikTables", "Sendt"), lambda k: str(k.sent)),
    (QT_TRANSLATE_NOOP("KvikTables", "Svarfrist"), lambda k: moment_text(k.request.due_at)),
    (QT_TRANSLATE_NOOP("KvikTables", "Tid tilbage"), lambda k: time_left_text(k.time_left)),
    (QT_TRANSLATE_NOOP("KvikTables", "Beskrivelse"), lambda k: k.request.description),
]
CANDIDATE_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("KvikTables", "Navn"), lambda c: c.name),
    (QT_TRANSLATE_NOOP("KvikTables", "CPR-nummer"), lambda c: c.masked_cpr),
    (QT_TRANSLATE_NOOP("KvikTables", "Seneste besøg"), lambda c: moment_text(c.last_visit_at)),
    (QT_TRANSLATE_NOOP("KvikTables", "Allerede sendt"), lambda c: yes_no(c.already_sent)),
]
SENT_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("KvikTables", "Borger"), lambda s: s.citizen_name),
    (QT_TRANSLATE_NOOP("KvikTables", "Sendt"), lambda s: moment_text(s.candidate.sent_at)),
    (QT_TRANSLATE_NOOP("KvikTables", "Sendt af"), lambda s: s.staff_name),
    (QT_TRANSLATE_NOOP("KvikTables", "Bemærkning"), lambda s: s.candidate.note),
]


class KvikRequestModel(LineTableModel[KvikLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(REQUEST_COLUMNS, CONTEXT, parent)

    def extra_data(self, line: KvikLine, column: int, role: int) -> Any:
        if not line.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CandidateModel(LineTableModel[Candidate]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CANDIDATE_COLUMNS, CONTEXT, parent)

    def extra_data(self, line: Candidate, column: int, role: int) -> Any:
        if line.already_sent and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(TOKENS["muted"]))  # already sent: greyed, and says "Ja"
        return None


class SentModel(LineTableModel[SentLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(SENT_COLUMNS, CONTEXT, parent)

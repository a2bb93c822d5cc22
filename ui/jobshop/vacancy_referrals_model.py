"""Referrals to vacancies as a Qt table (no I/O): on a vacancy (who was sent) or on a
citizen's card (where they were sent)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.clock import COPENHAGEN
from app.jobshop.records import ReferralOutcome
from app.jobshop.vacancy_service import ReferralLine

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "JobReferralTable"

_OUTCOMES = {
    ReferralOutcome.PENDING: QT_TRANSLATE_NOOP("JobReferralTable", "Afventer svar"),
    ReferralOutcome.APPLIED: QT_TRANSLATE_NOOP("JobReferralTable", "Har søgt"),
    ReferralOutcome.INTERVIEW: QT_TRANSLATE_NOOP("JobReferralTable", "Til samtale"),
    ReferralOutcome.HIRED: QT_TRANSLATE_NOOP("JobReferralTable", "Ansat"),
    ReferralOutcome.NOT_HIRED: QT_TRANSLATE_NOOP("JobReferralTable", "Ikke ansat"),
    ReferralOutcome.NOT_RELEVANT: QT_TRANSLATE_NOOP("JobReferralTable", "Ikke relevant"),
}


def _t(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def outcome_label(outcome: ReferralOutcome) -> str:
    return _t(_OUTCOMES[outcome])


def _referred(line: ReferralLine) -> str:
    return f"{line.referral.referred_at.astimezone(COPENHAGEN):%d.%m.%Y}"


def _note(line: ReferralLine) -> str:
    return line.referral.outcome_note or line.referral.note


Column = tuple[object, Callable[[ReferralLine], str]]

ON_VACANCY: list[Column] = [
    (QT_TRANSLATE_NOOP("JobReferralTable", "Borger"), lambda line: line.citizen_name),
    (QT_TRANSLATE_NOOP("JobReferralTable", "Henvist"), _referred),
    (
        QT_TRANSLATE_NOOP("JobReferralTable", "Resultat"),
        lambda line: outcome_label(line.referral.outcome),
    ),
    (QT_TRANSLATE_NOOP("JobReferralTable", "Bemærkning"), _note),
]
ON_CITIZEN: list[Column] = [
    (QT_TRANSLATE_NOOP("JobReferralTable", "Job"), lambda line: line.vacancy_title),
    (QT_TRANSLATE_NOOP("JobReferralTable", "Virksomhed"), lambda line: line.company_name),
    (QT_TRANSLATE_NOOP("JobReferralTable", "Henvist"), _referred),
    (
        QT_TRANSLATE_NOOP("JobReferralTable", "Resultat"),
        lambda line: outcome_label(line.referral.outcome),
    ),
]


class ReferralTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._lines: list[ReferralLine] = []

    def set_lines(self, lines: Sequence[ReferralLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> ReferralLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row())
        if line is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](line)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self._columns[section][0])
        return None

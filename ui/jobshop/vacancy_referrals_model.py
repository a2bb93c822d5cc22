"""Referrals to vacancies as a Qt table (no I/O): on a vacancy (who was sent) or on a
citizen's card (where they were sent)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.jobshop.records import ReferralOutcome
from app.jobshop.vacancy_service import ReferralLine
from ui.formats import format_date
from ui.line_table import Column, LineTableModel

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
    return format_date(line.referral.referred_at)


def _note(line: ReferralLine) -> str:
    return line.referral.outcome_note or line.referral.note


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


class ReferralTableModel(LineTableModel[ReferralLine]):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, CONTEXT, parent)

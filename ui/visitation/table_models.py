"""Table models of visitation: worklist, kastebold list, referral history (no I/O)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.visitation.deadlines import DueState
from app.visitation.follow_up_service import WorklistItem
from app.visitation.kastebold import HoldReason
from app.visitation.records import FollowUpKind
from app.visitation.referral_service import KasteboldCase, ReferralLine
from ui.failures import danish_text
from ui.formats import format_date, format_datetime
from ui.line_table import LineTableModel

CONTEXT = "VisitationTables"


def _t(marked: object) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(CONTEXT, …) (lupdate finds the marks)."""
    return QCoreApplication.translate(CONTEXT, str(marked))


_STATES = {
    DueState.OVERDUE: QT_TRANSLATE_NOOP("VisitationTables", "Overskredet"),
    DueState.DUE_TODAY: QT_TRANSLATE_NOOP("VisitationTables", "I dag"),
    DueState.SOON: QT_TRANSLATE_NOOP("VisitationTables", "Snart"),
    DueState.LATER: QT_TRANSLATE_NOOP("VisitationTables", "Senere"),
}
_KINDS = {
    FollowUpKind.CONTACT_INTERVIEW: QT_TRANSLATE_NOOP("VisitationTables", "Kontaktsamtale"),
    FollowUpKind.CATEGORISATION: QT_TRANSLATE_NOOP("VisitationTables", "Frist for kategorisering"),
    FollowUpKind.HEARING: QT_TRANSLATE_NOOP("VisitationTables", "Partshøring efter udeblivelse"),
    FollowUpKind.PENDING_ABSENCE: QT_TRANSLATE_NOOP(
        "VisitationTables", "Udeblivelse til bekræftelse"
    ),
    FollowUpKind.REASSESSMENT: QT_TRANSLATE_NOOP("VisitationTables", "Revurdering af kategori"),
}
_REASONS = {
    HoldReason.BACK_AND_FORTH: QT_TRANSLATE_NOOP("VisitationTables", "frem og tilbage"),
    HoldReason.WINDOW: QT_TRANSLATE_NOOP(
        "VisitationTables", "{moves} flytninger på {days} dage (grænsen er {limit})"
    ),
    HoldReason.YEAR: QT_TRANSLATE_NOOP(
        "VisitationTables", "{moves} flytninger på {days} dage (årsloftet er {limit})"
    ),
}
_MOVED = QT_TRANSLATE_NOOP("VisitationTables", "Flyttet")
_KEPT = QT_TRANSLATE_NOOP("VisitationTables", "Beholdt")


class WorklistModel(LineTableModel[WorklistItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("VisitationTables", "Frist"), lambda i: format_date(i.due)),
                (QT_TRANSLATE_NOOP("VisitationTables", "Status"), lambda i: _t(_STATES[i.state])),
                (QT_TRANSLATE_NOOP("VisitationTables", "Borger"), lambda i: i.citizen_name),
                (QT_TRANSLATE_NOOP("VisitationTables", "CPR"), lambda i: i.masked_cpr),
                (QT_TRANSLATE_NOOP("VisitationTables", "Opfølgning"), lambda i: _t(_KINDS[i.kind])),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Handling"),
                    lambda i: danish_text(i.action_da),
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Bemærkning"), lambda i: i.note),
            ],
            CONTEXT,
            parent,
        )

    def extra_data(self, line: WorklistItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and line.state is DueState.OVERDUE:
            return QColor("#a4000f")
        return None


def path_text(case: KasteboldCase) -> str:
    """The units the case went through, in order, and the day of each move:
    «Jobcenterteamet (Musvågevej) → Unge og Uddannelse (Skelbækgade) → … (24.11, 02.12)»;
    the dates carry the year when the moves span a new year."""
    if not case.path:
        return ""
    one_year = len({day.year for day in case.path_days}) <= 1
    days = ", ".join(format_date(day, year=not one_year) for day in case.path_days)
    return f"{' → '.join(case.path)} ({days})"


def reasons_text(case: KasteboldCase) -> str:
    """Why the case is held or watched: back-and-forth, the rolling limit, the ceiling."""
    rule = case.rule
    values = {
        HoldReason.BACK_AND_FORTH: {},
        HoldReason.WINDOW: {
            "moves": case.moves_in_window,
            "days": rule.window_days,
            "limit": rule.max_onward,
        },
        HoldReason.YEAR: {
            "moves": case.moves_in_year,
            "days": rule.year_days,
            "limit": rule.max_per_year,
        },
    }
    texts = [_t(_REASONS[reason]).format(**values[reason]) for reason in case.reasons]
    joined = "; ".join(texts)
    return joined[:1].upper() + joined[1:]


class KasteboldModel(LineTableModel[KasteboldCase]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("VisitationTables", "Borger"), lambda c: c.citizen_name),
                (QT_TRANSLATE_NOOP("VisitationTables", "CPR"), lambda c: c.masked_cpr),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Flytninger i perioden"),
                    lambda c: str(c.moves_in_window),
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Forankret hos"), lambda c: c.anchor_label),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Venter på godkendelse til"),
                    lambda c: c.request_label,
                ),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Begrundelse"),
                    lambda c: c.pending_request.reason if c.pending_request else "",
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Hvorfor"), reasons_text),
                (QT_TRANSLATE_NOOP("VisitationTables", "Sagens vej"), path_text),
            ],
            CONTEXT,
            parent,
        )


class ReferralHistoryModel(LineTableModel[ReferralLine]):
    """The referral history on the citizen card, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Tidspunkt"),
                    lambda r: format_datetime(r.referred_at),
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Fra"), lambda r: r.from_label),
                (QT_TRANSLATE_NOOP("VisitationTables", "Til"), lambda r: r.to_label),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Forankring"),
                    lambda r: _t(_MOVED if r.anchor_moved else _KEPT),
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Medarbejder"), lambda r: r.staff_id),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Godkendt af leder"),
                    lambda r: f"{r.approved_by}: {r.approval_reason}" if r.approved_by else "",
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Bemærkning"), lambda r: r.note),
            ],
            CONTEXT,
            parent,
        )

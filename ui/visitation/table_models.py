"""Table models of visitation: worklist, kastebold list, referral history (no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.clock import COPENHAGEN
from app.visitation.deadlines import DueState
from app.visitation.follow_up_service import WorklistItem
from app.visitation.referral_service import KasteboldCase, ReferralLine

Row = TypeVar("Row")


CONTEXT = "VisitationTables"


def _t(marked: object) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(CONTEXT, …) (lupdate finds the marks)."""
    return QCoreApplication.translate(CONTEXT, str(marked))


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass; each column is a header and a function of the row."""

    def __init__(
        self, columns: Sequence[tuple[object, Callable[[Row], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self._columns[section][0])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row)
        return None

    def colour(self, row: Row) -> QColor | None:
        return None


_STATES = {
    DueState.OVERDUE: QT_TRANSLATE_NOOP("VisitationTables", "Overskredet"),
    DueState.DUE_TODAY: QT_TRANSLATE_NOOP("VisitationTables", "I dag"),
    DueState.SOON: QT_TRANSLATE_NOOP("VisitationTables", "Snart"),
    DueState.LATER: QT_TRANSLATE_NOOP("VisitationTables", "Senere"),
}
_MOVED = QT_TRANSLATE_NOOP("VisitationTables", "Flyttet")
_KEPT = QT_TRANSLATE_NOOP("VisitationTables", "Beholdt")


class WorklistModel(RowTableModel[WorklistItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("VisitationTables", "Frist"), lambda i: f"{i.due:%d.%m.%Y}"),
                (QT_TRANSLATE_NOOP("VisitationTables", "Status"), lambda i: _t(_STATES[i.state])),
                (QT_TRANSLATE_NOOP("VisitationTables", "Borger"), lambda i: i.citizen_name),
                (QT_TRANSLATE_NOOP("VisitationTables", "CPR"), lambda i: i.masked_cpr),
                (QT_TRANSLATE_NOOP("VisitationTables", "Opfølgning"), lambda i: i.kind.label_da),
                (QT_TRANSLATE_NOOP("VisitationTables", "Handling"), lambda i: i.action_da),
                (QT_TRANSLATE_NOOP("VisitationTables", "Bemærkning"), lambda i: i.note),
            ],
            parent,
        )

    def colour(self, row: WorklistItem) -> QColor | None:
        return QColor("#a4000f") if row.state is DueState.OVERDUE else None


class KasteboldModel(RowTableModel[KasteboldCase]):
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
                    _t("Begrundelse"),
                    lambda c: c.pending_request.reason if c.pending_request else "",
                ),
            ],
            parent,
        )


class ReferralHistoryModel(RowTableModel[ReferralLine]):
    """The referral history on the citizen card, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    _t("Tidspunkt"),
                    lambda r: f"{r.referred_at.astimezone(COPENHAGEN):%d.%m.%Y %H.%M}",
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Fra"), lambda r: r.from_label),
                (QT_TRANSLATE_NOOP("VisitationTables", "Til"), lambda r: r.to_label),
                (
                    QT_TRANSLATE_NOOP("VisitationTables", "Forankring"),
                    lambda r: _t(_MOVED if r.anchor_moved else _KEPT),
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Medarbejder"), lambda r: r.staff_id),
                (
                    _t("Godkendt af leder"),
                    lambda r: f"{r.approved_by}: {r.approval_reason}" if r.approved_by else "",
                ),
                (QT_TRANSLATE_NOOP("VisitationTables", "Bemærkning"), lambda r: r.note),
            ],
            parent,
        )

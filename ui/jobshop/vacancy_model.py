"""The job-shop list as a Qt table model (no I/O: the page hands it the rows).

Turned toward the citizen, the model drops the internal columns itself, so
neither the screen nor a screen reader can show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.jobshop.records import VacancyStatus
from app.jobshop.vacancy_service import VacancyLine
from ui.formats import format_date

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "VacancyTable"

_STATUS = {
    VacancyStatus.OPEN: QT_TRANSLATE_NOOP("VacancyTable", "Ledig"),
    VacancyStatus.FILLED: QT_TRANSLATE_NOOP("VacancyTable", "Besat"),
    VacancyStatus.EXPIRED: QT_TRANSLATE_NOOP("VacancyTable", "Udløbet"),
}


def _t(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def status_label(status: VacancyStatus) -> str:
    return _t(_STATUS[status])


def date_text(day: dt.date) -> str:
    return format_date(day)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


Column = tuple[object, Callable[[VacancyLine], str]]

PUBLIC_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("VacancyTable", "Stilling"), lambda line: line.vacancy.title),
    (QT_TRANSLATE_NOOP("VacancyTable", "Virksomhed"), lambda line: line.vacancy.company_name),
    (QT_TRANSLATE_NOOP("VacancyTable", "Branche"), lambda line: line.trade_area_label),
    (QT_TRANSLATE_NOOP("VacancyTable", "Arbejdssted"), lambda line: line.vacancy.place),
    (QT_TRANSLATE_NOOP("VacancyTable", "Arbejdstid"), lambda line: line.vacancy.hours),
    (
        QT_TRANSLATE_NOOP("VacancyTable", "Ansøgningsfrist"),
        lambda line: date_text(line.vacancy.deadline),
    ),
    (QT_TRANSLATE_NOOP("VacancyTable", "Stillinger"), lambda line: str(line.vacancy.positions)),
    (QT_TRANSLATE_NOOP("VacancyTable", "Status"), lambda line: status_label(line.status)),
]
INTERNAL_HEADERS = [QT_TRANSLATE_NOOP("VacancyTable", "Kontaktkonsulent")]


class VacancyTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[VacancyLine] = []
        self._names: Mapping[str, str] = {}
        self._citizen_view = False

    # --- what the page sets ------------------------------------------------------------
    def set_lines(self, lines: Sequence[VacancyLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def set_staff_names(self, names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._names = dict(names)
        self.endResetModel()

    def set_citizen_view(self, on: bool) -> None:
        """Turned toward the citizen: only what hangs in the job shop anyway."""
        if on != self._citizen_view:
            self.beginResetModel()
            self._citizen_view = on
            self.endResetModel()

    @property
    def citizen_view(self) -> bool:
        return self._citizen_view

    def line(self, row: int) -> VacancyLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, vacancy_id: str) -> int:
        return next((i for i, ln in enumerate(self._lines) if ln.vacancy.id == vacancy_id), -1)

    def headers(self) -> list[str]:
        return [self.headerData(i, Qt.Orientation.Horizontal) for i in range(self.columnCount())]

    # --- Qt ----------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        if self._citizen_view:
            return PUBLIC_COLUMNS
        contact: Column = (
            INTERNAL_HEADERS[0],
            lambda line: self._names.get(
                line.vacancy.contact_staff_id, line.vacancy.contact_staff_id
            ),
        )
        return [*PUBLIC_COLUMNS, contact]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row())
        if line is None or not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns()[index.column()][1](line)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return line.vacancy.title  # a title longer than the room is elided, whole here
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self._columns()[section][0])
        return None

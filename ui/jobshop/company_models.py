"""Companies and their contact log as Qt tables (no I/O: the page hands them the rows)."""

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

from app.clock import COPENHAGEN
from app.jobshop.company_service import CompanyLine, ContactLine
from app.jobshop.records import ContactSubject

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CompanyTables"
Row = TypeVar("Row")

SUBJECTS = {
    ContactSubject.JOB_ORDER: QT_TRANSLATE_NOOP("CompanyTables", "Jobordre"),
    ContactSubject.KVIKSERVICE: QT_TRANSLATE_NOOP("CompanyTables", "Kvikservice"),
    ContactSubject.RECRUITMENT: QT_TRANSLATE_NOOP(
        "CompanyTables", "Rekruttering og opkvalificering"
    ),
    ContactSubject.FOLLOW_UP: QT_TRANSLATE_NOOP("CompanyTables", "Opfølgning på ansættelse"),
    ContactSubject.LAYOFF_NOTICE: QT_TRANSLATE_NOOP("CompanyTables", "Varsling af afskedigelser"),
    ContactSubject.PARTNERSHIP: QT_TRANSLATE_NOOP("CompanyTables", "Samarbejdsaftale"),
    ContactSubject.OTHER: QT_TRANSLATE_NOOP("CompanyTables", "Andet"),
}
# The codes the log_company_contact handler accepts, with what the desk shows.
CHANNELS = {
    "telefon": QT_TRANSLATE_NOOP("CompanyTables", "Telefon"),
    "e-mail": QT_TRANSLATE_NOOP("CompanyTables", "E-mail"),
    "besøg": QT_TRANSLATE_NOOP("CompanyTables", "Besøg"),
    "møde": QT_TRANSLATE_NOOP("CompanyTables", "Møde"),
}


def _t(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def subject_label(subject: ContactSubject) -> str:
    return _t(SUBJECTS[subject])


def channel_label(channel: str) -> str:
    return _t(CHANNELS[channel]) if channel in CHANNELS else channel


def _when(line: ContactLine) -> str:
    return f"{line.contact.contacted_at.astimezone(COPENHAGEN):%d.%m.%Y %H:%M}"


Column = tuple[object, Callable[[Any], str]]

COMPANY_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("CompanyTables", "Virksomhed"), lambda c: c.company.name),
    (QT_TRANSLATE_NOOP("CompanyTables", "CVR-nummer"), lambda c: c.company.cvr),
    (QT_TRANSLATE_NOOP("CompanyTables", "Telefon"), lambda c: c.company.phone),
    (QT_TRANSLATE_NOOP("CompanyTables", "Ansvarlig konsulent"), lambda c: c.responsible_name),
]
CONTACT_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("CompanyTables", "Hvornår"), _when),
    (QT_TRANSLATE_NOOP("CompanyTables", "Hvem"), lambda c: c.staff_name),
    (QT_TRANSLATE_NOOP("CompanyTables", "Emne"), lambda c: subject_label(c.contact.subject)),
    (QT_TRANSLATE_NOOP("CompanyTables", "Kontaktform"), lambda c: channel_label(c.contact.channel)),
    (QT_TRANSLATE_NOOP("CompanyTables", "Notat"), lambda c: c.contact.note),
]


class LineTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, a column being a header (marked in `context`) and how to show a row
    in it. The kvikservice and advice tables use it too."""

    def __init__(self, columns: Sequence[Column], context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._lines: list[Row] = []

    def set_lines(self, lines: Sequence[Row]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> Row | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def lines(self) -> list[Row]:
        return list(self._lines)

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
        return self.extra_data(line, index.column(), role)

    def extra_data(self, line: Row, column: int, role: int) -> Any:
        """Colour, font …: what a subclass adds beyond the text."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, str(self._columns[section][0]))
        return None


class CompanyTableModel(LineTableModel[CompanyLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COMPANY_COLUMNS, CONTEXT, parent)


class ContactTableModel(LineTableModel[ContactLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTACT_COLUMNS, CONTEXT, parent)

"""Table model of group-meeting sessions offered for booking (no I/O: it is given rows)."""

from __future__ import annotations

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
from app.visitation.records import GroupSession

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("SessionTableModel", "man."),
    QT_TRANSLATE_NOOP("SessionTableModel", "tirs."),
    QT_TRANSLATE_NOOP("SessionTableModel", "ons."),
    QT_TRANSLATE_NOOP("SessionTableModel", "tors."),
    QT_TRANSLATE_NOOP("SessionTableModel", "fre."),
    QT_TRANSLATE_NOOP("SessionTableModel", "lør."),
    QT_TRANSLATE_NOOP("SessionTableModel", "søn."),
)


class SessionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions: list[GroupSession] = []
        self._site_names: dict[str, str] = {}
        self._headers = (
            QCoreApplication.translate("SessionTableModel", "Tidspunkt"),
            QCoreApplication.translate("SessionTableModel", "Sted"),
            QCoreApplication.translate("SessionTableModel", "Lokale"),
            QCoreApplication.translate("SessionTableModel", "Ledige pladser"),
        )

    def set_sessions(self, sessions: list[GroupSession], site_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._sessions = list(sessions)
        self._site_names = dict(site_names)
        self.endResetModel()

    def session_at(self, row: int) -> GroupSession | None:
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def row_of(self, session_id: str) -> int:
        return next((i for i, s in enumerate(self._sessions) if s.id == session_id), -1)

    def first_with_room(self) -> int:
        return next((i for i, s in enumerate(self._sessions) if s.seats_left > 0), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        session = self.session_at(index.row())
        if session is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        local = session.starts_at.astimezone(COPENHAGEN)
        column = index.column()
        if column == 0:
            day = QCoreApplication.translate("SessionTableModel", str(_WEEKDAYS[local.weekday()]))
            return f"{day} {local:%d.%m.%Y %H.%M}"
        if column == 1:
            return self._site_names.get(session.site_code, session.site_code)
        if column == 2:
            return session.room
        return f"{session.seats_left} / {session.capacity}"

"""Table model of group-meeting sessions offered for booking (no I/O: it is given rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.visitation.records import GroupSession
from ui.visitation.meeting_text import place_text, when_text


class SessionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions: list[GroupSession] = []
        self._site_names: dict[str, str] = {}
        self._headers = (
            QCoreApplication.translate("SessionTableModel", "Dato og tid"),
            QCoreApplication.translate("SessionTableModel", "Sted"),
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
        if session is None:
            return None
        place = place_text(self._site_names.get(session.site_code, session.site_code), session.room)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{when_text(session.starts_at)}, {place}"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return when_text(session.starts_at)
        if column == 1:
            return place
        return QCoreApplication.translate("SessionTableModel", "{left} af {capacity}").format(
            left=session.seats_left, capacity=session.capacity
        )

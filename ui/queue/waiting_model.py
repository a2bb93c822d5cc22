"""The counter's waiting list as a Qt table model (the screen hands it the rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.entities import Ticket

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(QAbstractTableModel):
    def __init__(self, service_names: dict[str, str]) -> None:
        super().__init__()
        self._tickets: list[Ticket] = []
        self._names = service_names
        self._now = dt.datetime.now(dt.UTC)
        self._headers = [
            QCoreApplication.translate("WaitingModel", "Billet"),
            QCoreApplication.translate("WaitingModel", "Kø"),
            QCoreApplication.translate("WaitingModel", "Ventet (min)"),
        ]

    def set_tickets(self, tickets: Sequence[Ticket], now: dt.datetime) -> None:
        self.beginResetModel()
        self._tickets, self._now = list(tickets), now
        self.endResetModel()

    def ticket_at(self, row: int) -> Ticket | None:
        return self._tickets[row] if 0 <= row < len(self._tickets) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = self._tickets[index.row()]
        waited = max(0, int((self._now - t.arrival).total_seconds() // 60))
        return (t.number, self._names.get(t.service_code, t.service_code), str(waited))[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

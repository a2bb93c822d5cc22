"""A list of waiting tickets as a Qt table model (the screen hands it the rows).

The last column says who a reserved ticket is for ("Til skranke 3", "Til BBJ"): such a
ticket is listed where its queue is, but only that counter or person calls it next.
"""

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


def target_text(ticket: Ticket, initials: dict[str, str]) -> str:
    if ticket.target_counter is not None:
        return QCoreApplication.translate("WaitingModel", "Til skranke %1").replace(
            "%1", str(ticket.target_counter)
        )
    if ticket.target_staff is not None:
        who = initials.get(ticket.target_staff, ticket.target_staff)
        return QCoreApplication.translate("WaitingModel", "Til %1").replace("%1", who)
    return ""


class WaitingModel(QAbstractTableModel):
    def __init__(self, service_names: dict[str, str]) -> None:
        super().__init__()
        self._tickets: list[Ticket] = []
        self._names = service_names
        self._initials: dict[str, str] = {}
        self._now = dt.datetime.now(dt.UTC)
        self._headers = [
            QCoreApplication.translate("WaitingModel", "Billet"),
            QCoreApplication.translate("WaitingModel", "Kø"),
            QCoreApplication.translate("WaitingModel", "Ventet (min)"),
            QCoreApplication.translate("WaitingModel", "Reserveret"),
        ]

    def set_tickets(
        self, tickets: Sequence[Ticket], now: dt.datetime, initials: dict[str, str] | None = None
    ) -> None:
        """`initials`: staff id → initials, to name the person a ticket is sent to."""
        self.beginResetModel()
        self._tickets, self._now = list(tickets), now
        if initials is not None:
            self._initials = dict(initials)
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
        return (
            t.number,
            self._names.get(t.service_code, t.service_code),
            str(waited),
            target_text(t, self._initials),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

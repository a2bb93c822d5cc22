"""Name-search hits as a Qt table model (no I/O: the screen hands it the rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.entities import SupportBasis
from app.registration import SearchHit

Index = QModelIndex | QPersistentModelIndex


class SearchHitsModel(QAbstractTableModel):
    def __init__(self, basis_label: Callable[[SupportBasis], str]) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []
        self._basis_label = basis_label
        self._headers = [
            QCoreApplication.translate("SearchHitsModel", "Navn"),
            QCoreApplication.translate("SearchHitsModel", "CPR-nummer"),
            QCoreApplication.translate("SearchHitsModel", "Forsørgelsesgrundlag"),
        ]

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        return (hit.full_name, hit.masked_cpr, self._basis_label(hit.support_basis))[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

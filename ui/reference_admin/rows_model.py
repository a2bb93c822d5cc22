"""A kind's rows as a table: read-only (the version in force) or the editable draft.

Cells are edited as text; what was typed is kept as typed until the rules (app) accept
it, so a refusal never loses a keystroke. Yes/no cells read «ja»/«nej»."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.reference_data.model import ColumnType, KindSpec, Row, Value

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#f4c7c3")
YES = ("ja", "j", "yes", "y", "1", "sand", "true")
NO = ("nej", "n", "no", "0", "falsk", "false")


def shown(value: Value) -> str:
    if value is True:
        return QCoreApplication.translate("RowsModel", "ja")
    if value is False:
        return QCoreApplication.translate("RowsModel", "nej")
    return str(value)


def typed(spec_type: ColumnType, text: str) -> Value:
    """The typed text as the rules read it; unreadable text stays text (they refuse it)."""
    clean = text.strip()
    if spec_type is ColumnType.BOOLEAN:
        lowered = clean.lower()
        yes = {QCoreApplication.translate("RowsModel", "ja").lower(), *YES}
        no = {QCoreApplication.translate("RowsModel", "nej").lower(), *NO}
        return True if lowered in yes else False if lowered in no else clean
    if spec_type is ColumnType.INTEGER and clean.isdigit():
        return int(clean)
    return clean


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: dict[str, str], *, editable: bool) -> None:
        super().__init__()
        self._headers = headers  # column key → translated header
        self._editable = editable
        self.spec: KindSpec | None = None
        self.rows: list[dict[str, Value]] = []
        self.error_cell: tuple[int, str] | None = None

    def set_rows(self, spec: KindSpec, rows: tuple[Row, ...] | list[dict[str, Value]]) -> None:
        self.beginResetModel()
        self.spec = spec
        self.rows = [dict(r) for r in rows]
        self.error_cell = None
        self.endResetModel()

    def mark_error(self, field: str | None) -> QModelIndex:
        """The cell a refusal names ("row.column"), coloured; an invalid index if none."""
        self.error_cell = None
        index = QModelIndex()
        if field and "." in field and self.spec is not None:
            row, key = field.split(".", 1)
            keys = [c.key for c in self.spec.columns]
            if row.isdigit() and int(row) < len(self.rows) and key in keys:
                self.error_cell = (int(row), key)
                index = self.index(int(row), keys.index(key))
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        return index

    def add_row(self, at: int) -> int:
        assert self.spec is not None
        at = max(0, min(at, len(self.rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, {c.key: c.default for c in self.spec.columns})
        self.endInsertRows()
        return at

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.spec is None else len(self.spec.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._editable else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.spec is None:
            return None
        column = self.spec.columns[index.column()]
        value = self.rows[index.row()].get(column.key, column.default)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.key == "site_code" and value == "" and role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("RowsModel", "alle afdelinger")
            return shown(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.error_cell == (index.row(), column.key):
            return ERROR_BACKGROUND
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._editable or self.spec is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.spec.columns[index.column()]
        self.rows[index.row()][column.key] = typed(column.type, str(value))
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.spec is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            key = self.spec.columns[section].key
            return self._headers.get(key, key)
        return str(section + 1)

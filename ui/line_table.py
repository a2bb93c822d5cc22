"""One Qt table model for rows of one kind: each column a header and how to show a row in it.

The header texts are marked with QT_TRANSLATE_NOOP(context, …) where the columns are
declared (lupdate finds them there) and translated here, in that context. Subclasses
add colour or fonts through `extra_data`. No I/O: a page hands the model its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Column = tuple[object, Callable[[Any], str]]  # (marked header, the row's text in it)


class LineTableModel(QAbstractTableModel, Generic[Row]):
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

"""What the dashboard shows, in the dashboard's own terms: sections of rows of numbers.

A section is one subject (registrations by support basis, meetings …): a table of rows
(a label and one number per column) and, for its chart, which columns are drawn and the
target drawn in. The figures from app/management_info are turned into sections in
ui/management_info/from_figures.py; the chart and the table here show the same numbers,
so a screen reader (and a test) reads exactly what the chart draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.formats import format_number, format_percent

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole  # the number itself (int, float or None), not its text


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # translated already
    share: bool = False  # a fraction 0‥1, shown as a percentage
    charted: bool = True  # drawn as bars (a share and a count never share one axis)


@dataclass(frozen=True, slots=True)
class Target:
    value: float  # in the charted columns' unit (a fraction for shares)
    label: str  # e.g. «Mål: 75 %», translated already


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    values: tuple[float | None, ...]  # one per column; None where it does not apply


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # stable, for tests and exports: "registrations", "meetings" …
    title: str  # translated: the heading and the table's accessible name
    label_title: str  # the first column's heading («Forsørgelsesgrundlag»)
    columns: tuple[Column, ...]
    lines: tuple[Line, ...]
    target: Target | None = None
    note: str = ""  # one sentence under the heading (what is counted), translated

    @property
    def charted(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.columns) if c.charted)

    def value(self, label: str, column: str) -> float | None:
        """The number in the row `label` under the column titled `column`."""
        index = [c.title for c in self.columns].index(column)
        return next(line.values[index] for line in self.lines if line.label == label)


def format_value(value: float | None, column: Column) -> str:
    if value is None:
        return "–"
    if column.share:
        return format_percent(value)
    return format_number(value, 0 if float(value).is_integer() else 1)


class SectionModel(QAbstractTableModel):
    """The section's rows: the label, then one column per number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._section: Section | None = None

    @property
    def section(self) -> Section | None:
        return self._section

    def set_section(self, section: Section) -> None:
        self.beginResetModel()
        self._section = section
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._section is None:
            return 0
        return len(self._section.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._section is None:
            return 0
        return 1 + len(self._section.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        section = self._section
        if section is None or not index.isValid():
            return None
        line = section.lines[index.row()]
        column = index.column()
        if column == 0:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                return line.label
            return line.label if role == RAW_ROLE else None
        value = line.values[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_value(value, section.columns[column - 1])
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = self._section
        if shown is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation != Qt.Orientation.Horizontal:
            return None
        return shown.label_title if section == 0 else shown.columns[section - 1].title

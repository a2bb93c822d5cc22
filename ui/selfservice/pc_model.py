"""The board of PCs as a Qt table (no I/O): each PC free, taken until a time, or overdue.

Overdue depends on the clock, not on the store: the board's timer hands the model the
time and the model repaints. An overdue PC is red AND says so in words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.commands.envelope import utc_now
from app.selfservice.service import PcLine
from ui.formats import format_time
from ui.line_table import Column, LineTableModel
from ui.theme import TOKENS

CONTEXT = "PcTables"
OVERDUE_COLOUR = QColor(TOKENS["error"])


class PcModel(LineTableModel[PcLine]):
    def __init__(self, parent: Any = None) -> None:
        columns: list[Column] = [
            (QT_TRANSLATE_NOOP("PcTables", "Pc"), lambda ln: ln.pc.label),
            (QT_TRANSLATE_NOOP("PcTables", "Status"), self.status_text),
            (QT_TRANSLATE_NOOP("PcTables", "Borger"), lambda ln: ln.citizen_name),
        ]
        super().__init__(columns, CONTEXT, parent)
        self._now = utc_now()

    def set_now(self, now: dt.datetime) -> None:
        self._now = now
        if self.rowCount():  # only the status column moves with the clock
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))

    def overdue(self, line: PcLine) -> bool:
        return line.slot is not None and line.slot.overdue(self._now)

    def status_text(self, line: PcLine) -> str:
        slot = line.slot
        if slot is None:
            return QCoreApplication.translate("PcTables", "Ledig")
        if slot.overdue(self._now):
            return QCoreApplication.translate(
                "PcTables", "Overskredet – skulle frigives kl. %1"
            ).replace("%1", format_time(slot.ends_at))
        return QCoreApplication.translate("PcTables", "Optaget til kl. %1").replace(
            "%1", format_time(slot.ends_at)
        )

    def extra_data(self, line: PcLine, column: int, role: int) -> Any:
        if not self.overdue(line):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

"""Table columns that use the room they have: each as wide as its text, one column
(the name, the title) taking what is left, and — when the view is too narrow for all —
the columns least needed stepping out first (their text is in the detail beside the list,
or in the row's tooltip)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class FitColumns(QObject):
    def __init__(self, table: QTableView, stretch: int, drop_order: Sequence[int] = ()) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._drop_order = list(drop_order)
        self._dropped: set[int] = set()
        self._pending = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.refit_soon)
        model.dataChanged.connect(self.refit_soon)
        table.viewport().installEventFilter(self)
        self.refit_soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit_soon()
        return False

    def refit_soon(self) -> None:
        """Once per turn of the event loop, after Qt has laid the new rows out."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refit)

    def refit(self) -> None:
        self._pending = False
        table = self._table
        for column in self._dropped:
            table.setColumnHidden(column, False)
        self._dropped.clear()
        columns = range(table.model().columnCount())
        shown = [c for c in columns if not table.isColumnHidden(c)]
        total = sum(self._needed(c) for c in shown)
        room = table.viewport().width()
        for column in self._drop_order:
            if total <= room:
                break
            if column in shown and column != self._stretch:
                table.setColumnHidden(column, True)
                self._dropped.add(column)
                total -= self._needed(column)

    def _needed(self, column: int) -> int:
        header = self._table.horizontalHeader()
        return max(header.sectionSizeHint(column), self._table.sizeHintForColumn(column))

    @property
    def dropped(self) -> frozenset[int]:
        return frozenset(self._dropped)

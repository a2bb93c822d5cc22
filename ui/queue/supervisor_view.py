"""The supervisor's view of this site's queues: live figures, colours when a queue
passes its limit. (All three sites at once needs the sync streams of other sites.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.queue.figures import ServiceFigures
from app.queue.service import QueueService
from ui.background import BackgroundRunner

Index = QModelIndex | QPersistentModelIndex
LIMIT_MINUTES = 15  # a queue whose longest wait passes this turns red
WARN_MINUTES = 10


def _minutes(seconds: float) -> str:
    return str(round(seconds / 60))


class FiguresModel(QAbstractTableModel):
    # Marked for lupdate here, translated when shown (headerData).
    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresModel", "Kø"),
        QT_TRANSLATE_NOOP("FiguresModel", "Venter"),
        QT_TRANSLATE_NOOP("FiguresModel", "Længste ventetid (min)"),
        QT_TRANSLATE_NOOP("FiguresModel", "Gns. ventetid (min)"),
        QT_TRANSLATE_NOOP("FiguresModel", "Åbne skranker"),
        QT_TRANSLATE_NOOP("FiguresModel", "Betjent i dag"),
        QT_TRANSLATE_NOOP("FiguresModel", "Udeblevet"),
        QT_TRANSLATE_NOOP("FiguresModel", "Serviceniveau"),
        QT_TRANSLATE_NOOP("FiguresModel", "Forventet ventetid (min)"),
    )

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self._names = names
        self._rows: list[ServiceFigures] = []

    def set_figures(self, rows: Sequence[ServiceFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        longest = f.longest_wait.total_seconds() / 60
        if role == Qt.ItemDataRole.BackgroundRole:
            if longest > LIMIT_MINUTES:
                return QColor("#f4c7c3")
            return QColor("#fff2cc") if longest > WARN_MINUTES else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        level = "–" if f.service_level is None else f"{f.service_level:.0%}"
        return (
            self._names.get(f.service_code, f.service_code),
            str(f.waiting),
            _minutes(f.longest_wait.total_seconds()),
            _minutes(f.average_wait.total_seconds()),
            str(f.open_counters),
            str(f.served),
            str(f.no_shows),
            level,
            _minutes(f.expected_wait.total_seconds()),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("FiguresModel", self.HEADERS[section])
        return None

    def over_limit(self) -> list[str]:
        return [
            self._names.get(f.service_code, f.service_code)
            for f in self._rows
            if f.longest_wait.total_seconds() / 60 > LIMIT_MINUTES
        ]


class SupervisorView(QWidget):
    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self.model = FiguresModel(names)
        self.table = QTableView(accessibleName=self.tr("Køoversigt"))
        self.table.setModel(self.model)
        self.alert_label = QLabel(accessibleName=self.tr("Køalarm"))
        self.alert_label.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.table, 1)
        self._codes = list(names)
        self._timer = QTimer(self, interval=3000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def title(self) -> str:
        return self.tr("Køoversigt")

    def refresh(self) -> None:
        self._runner.run(
            lambda: self._queue.figures(self._codes), self._show, self._show_error, owner=self
        )

    def _show_error(self, error: BaseException) -> None:
        # Never leave old numbers looking current: say they could not be read.
        self.alert_label.setText(
            self.tr("Tallene kunne ikke opdateres: %1").replace("%1", str(error))
        )

    def _show(self, rows: list[ServiceFigures]) -> None:
        self.model.set_figures(rows)
        over = self.model.over_limit()
        self.alert_label.setText(
            self.tr("Over grænsen (%1 min): %2")
            .replace("%1", str(LIMIT_MINUTES))
            .replace("%2", ", ".join(over))
            if over
            else ""
        )

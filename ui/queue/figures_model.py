"""One row per site and service: the supervisor's numbers, coloured by the limits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.queue.callbacks import CALLBACKS
from app.queue.figures import ServiceFigures
from app.queue.overview import SiteOverview
from app.reference_data.readers import QueueThresholds
from ui.formats import format_percent

Index = QModelIndex | QPersistentModelIndex
# When a queue's longest wait turns yellow and red: reference data (Filer → Referencedata),
# loaded by the supervisor view; the seed's 10 and 15 minutes until then.
STALE_GREY = QColor("#808080")


def _minutes(seconds: float) -> str:
    return str(round(seconds / 60))


@dataclass(frozen=True, slots=True)
class FigureRow:
    site_name: str
    site_code: str
    stale: bool
    figures: ServiceFigures


class FiguresModel(QAbstractTableModel):
    # Marked for lupdate here, translated when shown (headerData). Two lines where a
    # header is long: the columns then fit a 1024-pixel screen.
    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresModel", "Afdeling"),
        QT_TRANSLATE_NOOP("FiguresModel", "Kø"),
        QT_TRANSLATE_NOOP("FiguresModel", "Venter"),
        QT_TRANSLATE_NOOP("FiguresModel", "Længste\nventetid (min)"),
        QT_TRANSLATE_NOOP("FiguresModel", "Gns.\nventetid (min)"),
        QT_TRANSLATE_NOOP("FiguresModel", "Åbne\nskranker"),
        QT_TRANSLATE_NOOP("FiguresModel", "Betjent\ni dag"),
        QT_TRANSLATE_NOOP("FiguresModel", "Udeblevet"),
        QT_TRANSLATE_NOOP("FiguresModel", "Serviceniveau"),
        QT_TRANSLATE_NOOP("FiguresModel", "Forventet\nventetid (min)"),
    )

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        # Callbacks: one line per site beside the walk-ins' queues.
        callbacks = QCoreApplication.translate("FiguresModel", "Tilbagekald (telefon)")
        self._names = {**names, CALLBACKS: callbacks}
        self._rows: list[FigureRow] = []
        self.thresholds = QueueThresholds()

    def set_sites(self, sites: tuple[SiteOverview, ...]) -> None:
        self.beginResetModel()
        self._rows = [
            FigureRow(site.site_name, site.site_code, site.stale, f)
            for site in sites
            for f in site.services
            if f.service_code in self._names
        ]
        self.endResetModel()

    def mark_all_stale(self) -> None:
        self.beginResetModel()
        self._rows = [FigureRow(r.site_name, r.site_code, True, r.figures) for r in self._rows]
        self.endResetModel()

    def set_thresholds(self, thresholds: QueueThresholds) -> None:
        self.beginResetModel()
        self.thresholds = thresholds
        self.endResetModel()

    def limits(self, site_code: str) -> tuple[int, int]:
        """Warn and limit minutes at the site (its own row, or the one for all sites)."""
        return self.thresholds.for_site(site_code)

    def is_stale(self, row: int) -> bool:
        return self._rows[row].stale

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        f = row.figures
        longest = f.longest_wait.total_seconds() / 60
        if role == Qt.ItemDataRole.ForegroundRole and row.stale:
            return STALE_GREY
        if role == Qt.ItemDataRole.BackgroundRole and not row.stale:
            warn, limit = self.limits(row.site_code)
            if longest > limit:
                return QColor("#f4c7c3")
            return QColor("#fff2cc") if longest > warn else None
        if role == Qt.ItemDataRole.ToolTipRole and row.stale:
            return QCoreApplication.translate(
                "FiguresModel", "Forældet: ingen arbejdsstation i afdelingen har forbindelse."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        site = row.site_name
        if row.stale:
            site += QCoreApplication.translate("FiguresModel", " (forældet)")
        level = "–" if f.service_level is None else format_percent(f.service_level)
        return (
            site,
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
            return QCoreApplication.translate("FiguresModel", str(self.HEADERS[section]))
        return None

    def over_limit(self) -> list[str]:
        return [
            f"{r.site_name}: {self._names.get(r.figures.service_code, r.figures.service_code)}"
            for r in self._rows
            if not r.stale
            and r.figures.longest_wait.total_seconds() / 60 > self.limits(r.site_code)[1]
        ]

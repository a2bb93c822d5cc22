"""Arrivals and average wait per hour for one site: bars for arrivals, a line for waits."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.queue.figures import HourFigures

FIRST_HOUR, LAST_HOUR = 7, 18  # the opening day, with room either side


class HourlyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ankomster og ventetid pr. time"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.arrivals: list[int] = []
        self.waits: list[float] = []

    def show_hours(self, site_name: str, hours: tuple[HourFigures, ...]) -> None:
        first = min([FIRST_HOUR, *(h.hour for h in hours)])
        last = max([LAST_HOUR, *(h.hour for h in hours)])
        by_hour = {h.hour: h for h in hours}
        span = range(first, last + 1)
        self.arrivals = [by_hour[h].arrivals if h in by_hour else 0 for h in span]
        self.waits = [
            (w.total_seconds() / 60)
            if h in by_hour and (w := by_hour[h].average_wait) is not None
            else 0.0
            for h in span
        ]
        chart = QChart()
        chart.setTitle(self.tr("%1: ankomster og gns. ventetid pr. time").replace("%1", site_name))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        bars = QBarSet(self.tr("Ankomster"))
        bars.append([float(n) for n in self.arrivals])
        bar_series = QBarSeries()
        bar_series.append(bars)
        line = QLineSeries()
        line.setName(self.tr("Gns. ventetid (min)"))
        for i, minutes in enumerate(self.waits):
            line.append(i, minutes)
        chart.addSeries(bar_series)
        chart.addSeries(line)
        hours_axis = QBarCategoryAxis()
        hours_axis.append([f"{h:02d}" for h in span])
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignBottom)
        bar_series.attachAxis(hours_axis)
        line.attachAxis(hours_axis)
        count_axis = QValueAxis()
        count_axis.setRange(0, max(self.arrivals, default=0) + 1)
        count_axis.setLabelFormat("%d")
        count_axis.setTitleText(self.tr("Ankomster"))
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignLeft)
        bar_series.attachAxis(count_axis)
        wait_axis = QValueAxis()
        wait_axis.setRange(0, max(self.waits, default=0.0) + 5)
        wait_axis.setLabelFormat("%d")
        wait_axis.setTitleText(self.tr("Minutter"))
        chart.addAxis(wait_axis, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(wait_axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

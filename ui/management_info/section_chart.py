"""One section's numbers as bars, with its target drawn in as a dashed line.

Bars lie horizontally: the rows' labels (support bases, referral targets, topics) are
long Danish words and read whole at the left. A share is drawn in per cent on an axis
from 0 to 100; counts on an axis from 0 to a little above the largest number or target.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.management_info.sections import Section
from ui.theme import TOKENS

BAR_COLOURS = ("#00558c", "#6aa2c8", "#e07b39", "#7a8a99")  # the accent first
TARGET_COLOUR = QColor(TOKENS["error"])
ROW_HEIGHT = 18  # pixels per bar, so a long list is not squeezed


class SectionChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it holds the numbers
        self.drawn: dict[str, list[float]] = {}  # series name → its bars, in row order
        self.target_drawn: float | None = None

    def show_section(self, section: Section) -> None:
        self.setAccessibleName(self.tr("%1 (diagram)").replace("%1", section.title))
        charted = section.charted
        share = any(section.columns[i].share for i in charted)
        scale = 100.0 if share else 1.0
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(len(charted) > 1 or section.target is not None)
        series = QHorizontalBarSeries()
        self.drawn = {}
        labels = [line.label for line in reversed(section.lines)]  # first row on top
        for n, index in enumerate(charted):
            column = section.columns[index]
            bars = QBarSet(column.title)
            bars.setColor(QColor(BAR_COLOURS[n % len(BAR_COLOURS)]))
            values = [(line.values[index] or 0.0) * scale for line in reversed(section.lines)]
            bars.append(values)
            series.append(bars)
            self.drawn[column.title] = list(reversed(values))
        chart.addSeries(series)
        rows_axis = QBarCategoryAxis()
        rows_axis.append(labels or [""])
        rows_axis.setTruncateLabels(False)  # the labels are the point: whole, at the left
        chart.addAxis(rows_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(rows_axis)
        value_axis = QValueAxis()
        largest = max((v for vs in self.drawn.values() for v in vs), default=0.0)
        self.target_drawn = None
        if section.target is not None:
            self.target_drawn = section.target.value * scale
            largest = max(largest, self.target_drawn)
        value_axis.setLabelFormat("%d %%" if share else "%d")
        if share:
            value_axis.setRange(0, 100)
        else:  # a little room above the largest bar, at round numbers
            value_axis.setRange(0, max(5.0, largest * 1.1))
            value_axis.applyNiceNumbers()
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(value_axis)
        if section.target is not None and self.target_drawn is not None:
            line = QLineSeries()
            line.setName(section.target.label)
            pen = QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(self.target_drawn, -0.5)
            line.append(self.target_drawn, max(len(labels), 1) - 0.5)
            chart.addSeries(line)
            line.attachAxis(value_axis)
            line.attachAxis(rows_axis)
        bars_per_row = max(1, len(charted))
        self.setFixedHeight(max(160, 90 + ROW_HEIGHT * max(len(labels), 1) * bars_per_row))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

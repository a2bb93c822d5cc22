"""What a table does not show: cells whose text is cut (elided or clipped) and rows or
columns outside the visible part — read from the view's geometry and font, as a
receptionist would see it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

ROLE = Qt.ItemDataRole


def cut_cells(table: QTableView) -> list[str]:
    """'row:column «text»' for every cell in view whose text does not fit its column, unless
    the model says the whole text in its tooltip (elided on purpose)."""
    model = table.model()
    viewport = table.viewport().rect()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for row in range(model.rowCount()):
        if table.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            rect = table.visualRect(index)
            if not rect.intersects(viewport):
                continue  # scrolled away: `hidden_rows` speaks of that
            text = index.data(ROLE.DisplayRole)
            if not text:
                continue
            font = index.data(ROLE.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
            needed = max(metrics.horizontalAdvance(line) for line in str(text).splitlines())
            visible = min(rect.x() + rect.width(), viewport.width()) - max(rect.x(), 0)
            if needed + margin > visible and index.data(ROLE.ToolTipRole) != text:
                cut.append(f"{row}:{column} «{text}»")
    return cut


def cut_headers(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    cut = []
    for column in range(table.model().columnCount()):
        if table.isColumnHidden(column):
            continue
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        if widest + margin > header.sectionSize(column):
            cut.append(f"{column} «{text}»")
    return cut


def hidden_rows(table: QTableView) -> int:
    """Rows that need scrolling to be seen."""
    viewport = table.viewport().rect()
    model = table.model()
    return sum(
        1
        for row in range(model.rowCount())
        if not table.isRowHidden(row)
        and table.rowViewportPosition(row) + table.rowHeight(row) > viewport.height()
    )


def columns_out_of_view(table: QTableView) -> int:
    viewport = table.viewport().rect()
    return sum(
        1
        for column in range(table.model().columnCount())
        if not table.isColumnHidden(column)
        and table.columnViewportPosition(column) + table.columnWidth(column) > viewport.width()
    )

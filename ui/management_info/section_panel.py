"""One section of the dashboard: its heading, the chart, and the table of the same numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ui.management_info.section_chart import SectionChart
from ui.management_info.sections import Section, SectionModel


class SectionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.chart = SectionChart()
        self.model = SectionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next section
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.modelReset.connect(self._fit_columns)
        self.target_label = QLabel()
        beside = QVBoxLayout()
        beside.addWidget(self.table)
        beside.addWidget(self.target_label)
        beside.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.chart, 3, Qt.AlignmentFlag.AlignTop)
        row.addLayout(beside, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def _fit_columns(self) -> None:
        """The numbers whole; the labels take what is left (their full text in a tooltip)."""
        header = self.table.horizontalHeader()
        if self.model.columnCount() > 0:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_section(self, section: Section) -> None:
        self.setObjectName(f"section-{section.key}")
        self.heading.setText(section.title)
        self.note.setText(section.note)
        self.note.setVisible(bool(section.note))
        self.table.setAccessibleName(section.title)
        self.model.set_section(section)
        self.chart.show_section(section)
        if section.target is None:
            self.target_label.clear()
            self.target_label.hide()
        else:
            self.target_label.setText(section.target.label)
            self.target_label.show()
        self.target_label.setAccessibleName(self.tr("%1: mål").replace("%1", section.title))
        # Every row in view: the page scrolls, not the table.
        rows = self.table.verticalHeader().length() if section.lines else 0
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows
            + 2 * self.table.frameWidth()
            + self.table.horizontalScrollBar().sizeHint().height()  # when columns overflow
        )

"""The filter bar of «Ledige job»: text, trade area, deadline, closed orders, and the
page's own buttons (turn toward the citizen, create a job). It only says what is asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.records import TradeArea
from ui.jobshop.vacancy_model import qdate

DEFAULT_UNTIL_DAYS = 14
LIMIT = 200


@dataclass(frozen=True, slots=True)
class JobsQuery:
    text: str
    trade_area: str | None
    deadline_until: dt.date | None
    include_closed: bool
    limit: int = LIMIT


class JobsFilters(QWidget):
    text_edited = Signal()  # search after a short pause
    changed = Signal()  # search now
    search_submitted = Signal()  # Enter in the search field
    citizen_view_toggled = Signal(bool)
    create_requested = Signal()
    preselection_cleared = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Søg i ledige job"))
        self.search_edit.setPlaceholderText(self.tr("Stilling, virksomhed eller sted (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.trade_combo = QComboBox()
        self.trade_combo.setAccessibleName(self.tr("Branche"))
        self.trade_combo.addItem(self.tr("Alle brancher"), "")
        self.deadline_check = QCheckBox(self.tr("Fris&t senest"))
        self.deadline_check.setAccessibleName(self.tr("Frist senest"))
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setAccessibleName(self.tr("Frist senest dato"))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd.MM.yyyy")
        self.deadline_edit.setDate(qdate(today + dt.timedelta(days=DEFAULT_UNTIL_DAYS)))
        self.deadline_edit.setEnabled(False)
        self.closed_check = QCheckBox(self.tr("Vis også &besatte/udløbne"))
        self.closed_check.setAccessibleName(self.tr("Vis også besatte og udløbne"))
        self.citizen_button = QPushButton(self.tr("Vend skærmen mod borgeren (F9)"))
        self.citizen_button.setAccessibleName(self.tr("Vend skærmen mod borgeren"))
        self.citizen_button.setCheckable(True)
        self.citizen_button.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.create_button = QPushButton(self.tr("Opret job … (Ctrl+N)"))
        self.create_button.setAccessibleName(self.tr("Opret job"))
        self.create_button.setShortcut(QKeySequence("Ctrl+N"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antal job"))
        self.count_label.setProperty("role", "muted")
        self.preselected_label = QLabel()
        self.preselected_label.setAccessibleName(self.tr("Borger der henvises"))
        self.clear_button = QPushButton(self.tr("Glem borgeren"))
        self.clear_button.setAccessibleName(self.tr("Glem borgeren der henvises"))

        row = QHBoxLayout()
        search_label = QLabel(self.tr("S&øg:"))
        search_label.setBuddy(self.search_edit)
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 3)
        trade_label = QLabel(self.tr("Bra&nche:"))
        trade_label.setBuddy(self.trade_combo)
        row.addWidget(trade_label)
        row.addWidget(self.trade_combo, 2)
        row.addWidget(self.deadline_check)
        row.addWidget(self.deadline_edit)
        row.addWidget(self.closed_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.preselected_label)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.citizen_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.show_preselected(None)

        self.search_edit.textEdited.connect(lambda _t: self.text_edited.emit())
        self.search_edit.returnPressed.connect(self.search_submitted)
        self.trade_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.deadline_check.toggled.connect(self._on_deadline_check_toggled)
        self.deadline_edit.dateChanged.connect(self._on_deadline_edit_date_changed)
        self.closed_check.toggled.connect(lambda _on: self.changed.emit())
        self.citizen_button.toggled.connect(self.citizen_view_toggled)
        self.create_button.clicked.connect(self.create_requested)
        self.clear_button.clicked.connect(self.preselection_cleared)

    def query(self) -> JobsQuery:
        until = self.deadline_edit.date().toPython() if self.deadline_check.isChecked() else None
        return JobsQuery(
            self.search_edit.text().strip(),
            self.trade_combo.currentData() or None,
            until if isinstance(until, dt.date) else None,
            self.closed_check.isChecked(),
        )

    def set_trade_areas(self, areas: Sequence[TradeArea]) -> None:
        chosen = self.trade_combo.currentData()
        self.trade_combo.blockSignals(True)  # filling is not the user choosing
        while self.trade_combo.count() > 1:
            self.trade_combo.removeItem(1)
        for area in areas:
            self.trade_combo.addItem(area.label_da, area.code)
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(chosen), 0))
        self.trade_combo.blockSignals(False)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_count(self, count: int, limit: int) -> None:
        if count >= limit:
            text = self.tr("Viser de første %1 job – skriv mere for at afgrænse.")
        else:
            text = self.tr("%1 job")
        self.count_label.setText(text.replace("%1", str(count)))

    def show_preselected(self, label: str | None) -> None:
        self.preselected_label.setText(self.tr("Henviser: %1").replace("%1", label or ""))
        self.preselected_label.setVisible(bool(label))
        self.clear_button.setVisible(bool(label))

    def set_citizen_view(self, on: bool) -> None:
        """Turned toward the citizen: nothing that only staff use."""
        self.create_button.setVisible(not on)
        self.closed_check.setVisible(not on)
        if on and self.closed_check.isChecked():
            self.closed_check.setChecked(False)  # a citizen looks for jobs still open

    def _on_deadline_check_toggled(self, on: bool) -> None:
        self.deadline_edit.setEnabled(on)
        self.changed.emit()

    def _on_deadline_edit_date_changed(self) -> None:
        if self.deadline_check.isChecked():
            self.changed.emit()

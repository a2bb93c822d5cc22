"""For an insured citizen: no categorisation here, only the date by which it must happen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWidget

from app.visitation.visitation_service import VisitationService
from ui.formats import format_date


class InsuredPage(QWidget):
    def __init__(self, visitation: VisitationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visitation = visitation
        self._start = QDateEdit()
        self._start.setCalendarPopup(True)
        self._start.setDisplayFormat("dd.MM.yyyy")
        self._start.setAccessibleName(self.tr("Første dag med dagpenge"))
        self._start.dateChanged.connect(self._on_start_date_changed)
        self._due = QLabel()
        self._due.setAccessibleName(self.tr("Frist for kategorisering"))
        info = QLabel(
            self.tr(
                "Forsikrede ledige kategoriseres ikke i modtagelsen. Registrér den dato, hvor "
                "borgeren senest skal være kategoriseret."
            )
        )
        info.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(info)
        layout.addRow(self.tr("&Første dag med dagpenge:"), self._start)
        layout.addRow(self.tr("Frist for kategorisering:"), self._due)

    def load(self, today: dt.date, existing_due: dt.date | None) -> None:
        self._start.setDate(QDate(today.year, today.month, today.day))
        self._on_start_date_changed(self._start.date())
        if existing_due is not None:
            self._due.setText(
                self.tr("Fristen er allerede registreret: {due}").format(
                    due=format_date(existing_due)
                )
            )

    def benefit_start(self) -> dt.date:
        value = self._start.date()
        return dt.date(value.year(), value.month(), value.day())

    def first_field(self) -> QWidget:
        return self._start

    def _on_start_date_changed(self, _date: QDate) -> None:
        due = self._visitation.insured_deadline_preview(self.benefit_start())
        self._due.setText(format_date(due))

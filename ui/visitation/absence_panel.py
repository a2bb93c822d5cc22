"""Registering a missed meeting (udeblivelse) for the citizen at the desk; starts the hearing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.visitation.follow_up_service import FollowUpService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.formats import format_date


class AbsencePanel(QWidget):
    absence_registered = Signal(str, str)  # citizen id, hearing deadline (ISO date)

    def __init__(
        self, follow_ups: FollowUpService, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._runner = runner
        self._citizen_id = ""
        self._missed_on = QDateEdit()
        self._missed_on.setDisplayFormat("dd.MM.yyyy")
        self._missed_on.setAccessibleName(self.tr("Dato for udeblivelsen"))
        self._note = QLineEdit()
        self._note.setAccessibleName(self.tr("Hvilket møde borgeren udeblev fra"))
        self._register = QPushButton(self.tr("Registrér udeblivelse"))
        self._register.setAccessibleName(self.tr("Registrér udeblivelse"))
        self._register.clicked.connect(self._on_register_clicked)
        self._message = QLabel()
        self._message.setAccessibleName(self.tr("Besked"))
        self._message.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Udeblev den:"), self._missed_on)
        layout.addRow(self.tr("Mø&de:"), self._note)
        layout.addRow(self._register)
        layout.addRow(self._message)

    def set_citizen(self, citizen_id: str, today: dt.date) -> None:
        self._citizen_id = citizen_id
        self._missed_on.setDate(QDate(today.year, today.month, today.day))
        self._note.clear()
        self._message.clear()

    def _on_register_clicked(self) -> None:
        value = self._missed_on.date()
        citizen_id, note = self._citizen_id, self._note.text()
        missed_on = dt.date(value.year(), value.month(), value.day())
        self._register.setEnabled(False)
        self._runner.run(
            lambda: self._follow_ups.register_absence(citizen_id, missed_on, note=note),
            lambda due: self._registered(citizen_id, due),
            self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self._register.setEnabled(True)
        self._message.setText(failure_text(error))

    def _registered(self, citizen_id: str, due: dt.date) -> None:
        self._register.setEnabled(True)
        self._message.setText(
            self.tr("Partshøring startet; borgeren har frist til {due}.").format(
                due=format_date(due)
            )
        )
        self.absence_registered.emit(citizen_id, due.isoformat())

"""Who stands at the counter: ticket and state, name with masked CPR, reason, wait and the
note registration wrote, so the receptionist greets the citizen without asking again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.entities import TicketStatus
from app.queue.at_counter import CitizenAtCounter


class CurrentCitizenPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Nuværende billet"))
        self.heading.setProperty("role", "heading")
        self.citizen = self._field(self.tr("Borger"))
        self.reason = self._field(self.tr("Henvendelse"))
        self.waited = self._field(self.tr("Ventetid"))
        self.note = self._field(self.tr("Note fra registreringen"))
        self.note.setWordWrap(True)
        self.also_held = QLabel()
        self.also_held.setAccessibleName(self.tr("Også ved skranken"))
        self.also_held.setProperty("role", "error")
        self._form = QFormLayout()
        for caption, value in (
            (self.tr("Borger:"), self.citizen),
            (self.tr("Henvendelse:"), self.reason),
            (self.tr("Ventetid:"), self.waited),
            (self.tr("Note:"), self.note),
        ):
            label = QLabel(caption)
            label.setAccessibleName(caption)  # the caption; the value carries the name
            label.setBuddy(value)
            self._form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._form)
        layout.addWidget(self.also_held)
        self.show_citizen(None, dt.datetime.now(dt.UTC))

    @staticmethod
    def _field(name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        return label

    def show_citizen(self, at: CitizenAtCounter | None, now: dt.datetime) -> None:
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, at is not None)
        if at is None:
            self.heading.setText(self.tr("Ingen borger ved skranken"))
            self.also_held.hide()
            return
        ticket = at.ticket
        state = self.tr("betjenes") if ticket.status is TicketStatus.SERVING else self.tr("kaldt")
        self.heading.setText(f"{ticket.number} – {state}")
        self.citizen.setText(
            f"{at.full_name} ({at.masked_cpr})" if at.full_name else self.tr("Ukendt borger")
        )
        self.reason.setText(at.service_name)
        minutes = int(at.waited(now).total_seconds() // 60)
        self.waited.setText(self.tr("{minutes} min").format(minutes=minutes))
        self.note.setText(at.note or self.tr("Ingen note"))
        self.also_held.setVisible(bool(at.also_held))
        self.also_held.setText(
            self.tr("Skranken har også kaldt {numbers}: afslut dem bagefter.").format(
                numbers=", ".join(at.also_held)
            )
        )

"""What the desk shows about a found citizen: name, support, masked CPR, last visits."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.clock import COPENHAGEN
from app.entities import SupportBasis
from app.registration import CitizenCard

log = logging.getLogger(__name__)


class CitizenCardView(QWidget):
    def __init__(
        self, basis_label: Callable[[SupportBasis], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._basis_label = basis_label
        self._card: CitizenCard | None = None
        self.name_label = QLabel(accessibleName=self.tr("Borgerens navn"))
        self.name_label.setProperty("role", "heading")
        self.cpr_label = QLabel(accessibleName=self.tr("CPR-nummer"))
        self.reveal_button = QPushButton(self.tr("&Vis CPR"), accessibleName=self.tr("Vis CPR"))
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.basis_label = QLabel(accessibleName=self.tr("Forsørgelsesgrundlag"))
        self.visits_label = QLabel(accessibleName=self.tr("Seneste besøg"))
        self.visits_label.setProperty("role", "muted")
        self.visits_label.setWordWrap(True)

        cpr_row = QHBoxLayout()
        cpr_row.addWidget(self.cpr_label)
        cpr_row.addWidget(self.reveal_button)
        cpr_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(cpr_row)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.visits_label)
        layout.addStretch()

    def show_card(self, card: CitizenCard) -> None:
        self._card = card
        citizen = card.citizen
        self.name_label.setText(citizen.full_name)
        self.cpr_label.setText(card.masked_cpr)
        self.reveal_button.setEnabled(True)
        basis = self._basis_label(citizen.support_basis)
        if citizen.a_kasse:
            basis = self.tr("%1 – a-kasse: %2").replace("%1", basis).replace("%2", citizen.a_kasse)
        self.basis_label.setText(basis)
        if card.recent_visits:
            lines = [
                f"{v.started_at.astimezone(COPENHAGEN):%d.%m.%Y %H:%M}  {v.site_code}  {v.service_name}"
                for v in card.recent_visits
            ]
            self.visits_label.setText(self.tr("Seneste besøg:") + "\n" + "\n".join(lines))
        else:
            self.visits_label.setText(self.tr("Ingen tidligere besøg."))

    def _on_reveal_button_clicked(self) -> None:
        if self._card is None:
            return
        digits = self._card.citizen.cpr
        # On purpose only; issue 8 turns this log line into the audit trail.
        log.info("CPR revealed for citizen %s", self._card.citizen.id)
        self.cpr_label.setText(f"{digits[:6]}-{digits[6:]}")
        self.reveal_button.setEnabled(False)

"""«Afvist tilbud …»: the citizen refused an offer or referral; registering it opens the
same hearing (partshøring) as a missed meeting. The reason is required; on an error the
dialog stays open with everything typed still there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.visitation.follow_up_service import FollowUpService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.formats import format_date


class RefusedOfferDialog(QDialog):
    registered = Signal(str, str)  # citizen id, hearing deadline (ISO date)

    def __init__(
        self,
        follow_ups: FollowUpService,
        runner: BackgroundRunner,
        *,
        citizen_id: str,
        referral_id: str,
        offer_label: str,
        offered_on: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._runner = runner
        self._citizen_id = citizen_id
        self._referral_id = referral_id
        self.setWindowTitle(self.tr("Afvist tilbud"))
        self.setAccessibleName(self.tr("Afvist tilbud"))
        offer = QLabel(offer_label)
        offer.setAccessibleName(self.tr("Tilbuddet"))
        today = follow_ups.today()
        self._refused_on = QDateEdit(QDate(today.year, today.month, today.day))
        self._refused_on.setDisplayFormat("dd.MM.yyyy")
        self._refused_on.setMinimumDate(QDate(offered_on.year, offered_on.month, offered_on.day))
        self._refused_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self._refused_on.setAccessibleName(self.tr("Dato for afvisningen"))
        self._reason = QLineEdit()
        self._reason.setAccessibleName(self.tr("Borgerens begrundelse for afvisningen"))
        self._reason.setMaxLength(500)
        self._good_reason = QCheckBox(self.tr("Borgeren angiver en &rimelig grund"))
        self._good_reason.setAccessibleName(self.tr("Borgeren angiver en rimelig grund"))
        self._message = QLabel()
        self._message.setAccessibleName(self.tr("Besked"))
        self._message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Registrér afvisning"))
        self._ok.setAccessibleName(self.tr("Registrér afvisning"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annullér"))
        cancel.setAccessibleName(self.tr("Annullér"))
        buttons.accepted.connect(self._register)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Tilbud:"), offer)
        layout.addRow(self.tr("&Begrundelse:"), self._reason)
        layout.addRow(self._good_reason)
        layout.addRow(self.tr("Afvist &den:"), self._refused_on)  # Tab walks its day parts
        layout.addRow(self._message)
        layout.addRow(buttons)
        self.setTabOrder(self._reason, self._good_reason)
        self.setTabOrder(self._good_reason, self._refused_on)
        self._reason.setFocus()

    def _register(self) -> None:
        reason = self._reason.text().strip()
        if not reason:
            self._message.setText(self.tr("Skriv borgerens begrundelse for afvisningen."))
            self._reason.setFocus()
            return
        value = self._refused_on.date()
        refused_on = dt.date(value.year(), value.month(), value.day())
        citizen_id, referral_id = self._citizen_id, self._referral_id
        good_reason = self._good_reason.isChecked()
        self._ok.setEnabled(False)
        self._message.setText(self.tr("Registrerer …"))
        self._runner.run(
            lambda: self._follow_ups.register_refused_offer(
                citizen_id, referral_id, refused_on, reason=reason, good_reason=good_reason
            ),
            self._done,
            self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self._ok.setEnabled(True)
        self._message.setText(failure_text(error))
        self._reason.setFocus()

    def _done(self, due: dt.date) -> None:
        self._ok.setEnabled(True)
        self._message.setText(
            self.tr("Partshøring startet; borgeren har frist til {due}.").format(
                due=format_date(due)
            )
        )
        self.registered.emit(self._citizen_id, due.isoformat())
        self.accept()

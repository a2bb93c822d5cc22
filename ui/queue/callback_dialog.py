"""«Tilbagekald …» (Alt+L on the citizen card): the citizen called and is to be rung back.
The phone number (the card's, if known), the queue and the site that rings back; Enter
places the callback in that site's queue. A wrong number is said at once and the dialog
stays open with everything typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.errors import KnownError
from app.queue.callback_service import CallbackService, PlacedCallback
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.help.focus_back import give_focus_back_on_close


class CallbackDialog(QDialog):
    placed = Signal(object)  # PlacedCallback

    def __init__(
        self,
        callbacks: CallbackService,
        runner: BackgroundRunner,
        *,
        citizen_id: str,
        citizen_name: str,
        phone: str,
        services: Sequence[tuple[str, str]],  # (code, name)
        sites: Sequence[tuple[str, str]],  # (code, name); the desk's own first
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        give_focus_back_on_close(self)  # the keys go back to where Alt+L was pressed
        self._callbacks, self._runner, self._citizen_id = callbacks, runner, citizen_id
        self.setWindowTitle(self.tr("Tilbagekald"))
        self.setAccessibleName(self.tr("Tilbagekald"))
        who = QLabel(citizen_name)
        who.setAccessibleName(self.tr("Borger"))
        self.phone = QLineEdit(phone)
        self.phone.setAccessibleName(self.tr("Telefonnummer til tilbagekald"))
        self.phone.setMaxLength(30)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Kø for tilbagekaldet"))
        for code, name in services:
            self.service.addItem(name, code)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Afdeling der ringer tilbage"))
        for code, name in sites:
            self.site.addItem(name, code)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Bemærkning til tilbagekaldet"))
        self.note.setMaxLength(500)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Bestil tilbagekald"))
        self._ok.setAccessibleName(self.tr("Bestil tilbagekald"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annullér"))
        cancel.setAccessibleName(self.tr("Annullér"))
        buttons.accepted.connect(self._place)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Borger:"), who)
        layout.addRow(self.tr("&Telefon:"), self.phone)
        layout.addRow(self.tr("&Kø:"), self.service)
        layout.addRow(self.tr("&Afdeling:"), self.site)
        layout.addRow(self.tr("&Bemærkning:"), self.note)
        layout.addRow(self.message)
        layout.addRow(buttons)
        self.phone.setFocus()
        self.phone.selectAll()  # a number from the card is replaced by typing over it

    def _place(self) -> None:
        phone, note = self.phone.text(), self.note.text().strip()
        service, site = self.service.currentData(), self.site.currentData()
        citizen_id = self._citizen_id
        self._ok.setEnabled(False)
        self.message.setText(self.tr("Bestiller …"))
        self._runner.run(
            lambda: self._callbacks.place(citizen_id, service, phone, site_code=site, note=note),
            self._done,
            self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self._ok.setEnabled(True)
        self.message.setText(failure_text(error))
        if isinstance(error, KnownError) and error.field == "phone":
            self.phone.setFocus()
            self.phone.selectAll()

    def _done(self, placed: PlacedCallback) -> None:
        self._ok.setEnabled(True)
        self.placed.emit(placed)
        self.accept()

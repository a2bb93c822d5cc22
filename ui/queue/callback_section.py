"""«Tilbagekald …» on the citizen card (Alt+L): ring the citizen back from a counter of
any site, in the queue chosen; the card says which callback was placed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.queue.callback_service import CallbackService, PlacedCallback
from app.registration import CitizenCard
from ui.background import BackgroundRunner
from ui.queue.callback_dialog import CallbackDialog
from ui.registration.citizen_card import CitizenCardView

Choices = tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]]  # services, sites


class CallbackSection(QWidget):
    def __init__(
        self,
        callbacks: CallbackService,
        runner: BackgroundRunner,
        choices: Callable[[], Choices],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._callbacks, self._runner, self._choices = callbacks, runner, choices
        self._card: CitizenCard | None = None
        self.dialog: CallbackDialog | None = None
        self.button = QPushButton(self.tr("Ti&lbagekald …"))
        self.button.setAccessibleName(self.tr("Tilbagekald"))
        self.button.clicked.connect(self._on_button_clicked)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Tilbagekald bestilt"))
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    def show_card(self, card: CitizenCard) -> None:
        if self._card is None or self._card.citizen.id != card.citizen.id:
            self.status.clear()
        self._card = card

    def _on_button_clicked(self) -> None:
        card = self._card
        if card is None:
            return
        self._runner.run(self._choices, lambda found: self._open(card, found), owner=self)

    def _open(self, card: CitizenCard, choices: Choices) -> None:
        services, sites = choices
        citizen = card.citizen
        self.dialog = CallbackDialog(
            self._callbacks,
            self._runner,
            citizen_id=citizen.id,
            citizen_name=citizen.full_name,
            phone=citizen.phone,
            services=services,
            sites=sites,
            parent=self.window(),
        )
        self.dialog.placed.connect(self._placed)
        self.dialog.open()

    def _placed(self, placed: PlacedCallback) -> None:
        self.status.setText(
            self.tr("Tilbagekald {number} bestilt, telefon {phone}.").format(
                number=placed.number, phone=placed.phone
            )
        )


def link_callbacks_to_card(
    card: CitizenCardView,
    callbacks: CallbackService,
    runner: BackgroundRunner,
    choices: Callable[[], Choices],
) -> CallbackSection:
    """Called once from the composition root."""
    section = CallbackSection(callbacks, runner, choices)
    card.add_section(section)
    card.card_shown.connect(section.show_card)
    return section

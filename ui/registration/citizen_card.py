"""What the desk shows about a found citizen: name, support, masked CPR, last visits.

The full CPR number is shown only on request, with a purpose, through the
service (which logs it); the card never shows it by itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.entities import SupportBasis
from app.registration import CitizenCard
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.focus import give_focus_back, land_focus, screen_around
from ui.formats import format_datetime
from ui.security.reveal_dialog import RevealDialog

# (citizen id, purpose) -> the full CPR number, logged in the audit trail
RevealCpr = Callable[[str, str], str]


class CitizenCardView(QWidget):
    card_shown = Signal(object)  # CitizenCard: added sections (the job shop's) follow it

    def __init__(
        self,
        basis_label: Callable[[SupportBasis], str],
        reveal: RevealCpr,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._basis_label = basis_label
        self._reveal = reveal
        self._runner = runner
        self.reveal_dialog: RevealDialog | None = None
        self._focus_before: QWidget | None = None  # where the keys were when it opened
        self._card: CitizenCard | None = None
        self.name_label = QLabel()
        self.name_label.setAccessibleName(self.tr("Borgerens navn"))
        self.name_label.setProperty("role", "heading")
        self.cpr_label = QLabel()
        self.cpr_label.setAccessibleName(self.tr("CPR-nummer"))
        self.reveal_button = QPushButton(self.tr("&Vis CPR"))
        self.reveal_button.setAccessibleName(self.tr("Vis CPR"))
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.basis_label = QLabel()
        self.basis_label.setAccessibleName(self.tr("Forsørgelsesgrundlag"))
        self.visits_label = QLabel()
        self.visits_label.setAccessibleName(self.tr("Seneste besøg"))
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
        self._sections = QVBoxLayout()  # other screens' parts of the card (add_section)
        layout.addLayout(self._sections)
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
                f"{format_datetime(v.started_at)}  {v.site_code}  {v.service_name}"
                for v in card.recent_visits
            ]
            self.visits_label.setText(self.tr("Seneste besøg:") + "\n" + "\n".join(lines))
        else:
            self.visits_label.setText(self.tr("Ingen tidligere besøg."))
        self.card_shown.emit(card)

    @property
    def shown_card(self) -> CitizenCard | None:
        return self._card

    def add_section(self, section: QWidget) -> None:
        """A part of the card owned elsewhere (wired in the composition root)."""
        self._sections.addWidget(section)

    def _on_reveal_button_clicked(self) -> None:
        if self._card is None:
            return
        self._focus_before = QApplication.focusWidget()
        self.reveal_dialog = RevealDialog(self._card.citizen.full_name, self)
        self.reveal_dialog.finished.connect(self._on_reveal_dialog_finished)
        self.reveal_dialog.accepted.connect(self._on_reveal_dialog_accepted)
        self.reveal_dialog.open()

    def _on_reveal_dialog_finished(self) -> None:
        """The question closed: the keys go back where they were («Vis CPR» itself when
        pressed), also where no window manager hands the window its focus back."""
        before, self._focus_before = self._focus_before, None
        give_focus_back(before, self)

    def _on_reveal_dialog_accepted(self) -> None:
        if self._card is None or self.reveal_dialog is None:
            return
        citizen_id, purpose = self._card.citizen.id, self.reveal_dialog.chosen_purpose()

        def shown(cpr: str) -> None:
            if self._card is not None and self._card.citizen.id == citizen_id:
                self.cpr_label.setText(cpr)
                # The window's focus widget, not hasFocus(): the window may not be active
                # again yet when the answer lands (the dialog just closed, and activation
                # is asynchronous), yet the keys will be on the button when it is.
                had_keys = self.reveal_button is self.window().focusWidget()
                self.reveal_button.setEnabled(False)
                if had_keys:  # the button is spent: on to the screen's next step
                    land_focus(screen_around(self))

        def failed(error: BaseException) -> None:
            self.cpr_label.setText(self.tr("CPR vises ikke: %1").replace("%1", failure_text(error)))

        self._runner.run(lambda: self._reveal(citizen_id, purpose), shown, failed, owner=self)

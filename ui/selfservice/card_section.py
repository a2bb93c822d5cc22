"""«Selvbetjenings-pc» on the citizen card: which PC the citizen sits at and until when,
and «Selvbetjenings-pc … (F9)», which opens the board to give them one (or free it).

The line reloads on the desk's change event, so a PC freed at another desk of the site
shows here too; the keys come back to the button when the dialog closes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.commands.envelope import utc_now
from app.registration import CitizenCard
from app.selfservice.service import PcLine, SelfServiceService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.focus import give_focus_back
from ui.formats import format_time
from ui.registration.citizen_card import CitizenCardView
from ui.selfservice.assign_dialog import AssignPcDialog
from ui.selfservice.pc_board import PcBoard

SHOWN_TABLES = ("selfservice_slot", "reference_data_version")


class SelfServiceSection(QGroupBox):
    def __init__(
        self,
        service: SelfServiceService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Selvbetjenings-pc"), parent)
        self.setAccessibleName(self.tr("Selvbetjenings-pc"))
        self._service = service
        self._runner = runner
        self._changes = changes
        self._clock = clock
        self._card: CitizenCard | None = None
        self.dialog: AssignPcDialog | None = None
        self.pc_label = QLabel()
        self.pc_label.setAccessibleName(self.tr("Borgerens selvbetjenings-pc"))
        self.pc_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Selvbetjenings-pc … (F9)"))
        self.open_button.setAccessibleName(self.tr("Vælg selvbetjenings-pc"))
        self.open_button.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.pc_label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.data = LiveData(self, runner, SHOWN_TABLES, self._load, self._show, self._failed)
        if changes is not None:
            self.data.follow(changes)
        self.setVisible(False)  # until a citizen is shown

    def show_card(self, card: CitizenCard) -> None:
        self._card = card
        self.pc_label.setText("")
        self.setVisible(True)
        self.data.refresh()

    def _load(self) -> tuple[str, PcLine | None]:
        citizen_id = self._card.citizen.id if self._card else ""
        return citizen_id, self._service.slot_of(citizen_id) if citizen_id else None

    def _show(self, loaded: tuple[str, PcLine | None]) -> None:
        citizen_id, line = loaded
        if self._card is None or citizen_id != self._card.citizen.id:
            return  # the card has moved on to another citizen
        if line is None or line.slot is None:
            self.pc_label.setText(self.tr("Sidder ikke ved en selvbetjenings-pc."))
            return
        until = format_time(line.slot.ends_at)
        text = (
            self.tr("Ved %1 – skulle være frigivet kl. %2")
            if line.slot.overdue(self._clock())
            else self.tr("Ved %1 til kl. %2")
        )
        self.pc_label.setText(text.replace("%1", line.pc.label).replace("%2", until))

    def _failed(self, error: BaseException) -> None:
        self.pc_label.setText(failure_text(error))

    def _on_open_button_clicked(self) -> None:
        card = self._card
        if card is None or self.dialog is not None:
            return
        dialog = AssignPcDialog(
            self._service,
            self._runner,
            self._changes,
            card.citizen.id,
            card.citizen.full_name,
            parent=self.window(),
        )
        dialog.pc_assigned.connect(self._on_dialog_pc_assigned)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_pc_assigned(self, label: str) -> None:
        self.pc_label.setText(self.tr("Ved %1").replace("%1", label))  # until the reload
        self.data.refresh()

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        give_focus_back(self.open_button, self)  # the next key belongs to the card again


def link_selfservice_to_card(
    card: CitizenCardView,
    service: SelfServiceService,
    runner: BackgroundRunner,
    changes: ChangeRelay,
) -> SelfServiceSection:
    """Called once from the composition root."""
    section = SelfServiceSection(service, runner, changes)
    card.add_section(section)
    card.card_shown.connect(section.show_card)
    return section


def add_pc_board_page(
    add_page: Callable[[QWidget, str], None],
    service: SelfServiceService,
    runner: BackgroundRunner,
    changes: ChangeRelay,
) -> QWidget:
    """The board as a page of the job-shop tab: the PCs at a glance, overdue ones marked."""
    board = PcBoard(service, runner, changes)
    add_page(board, board.title())
    return board

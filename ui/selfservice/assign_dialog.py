"""«Selvbetjenings-pc» for the citizen on the card: the site's PCs (live), the first free
one chosen, the slot's length (30 minutes unless changed); Enter gives the citizen the
chosen PC, «Frigiv pc» (Alt+G) frees a taken one, Esc closes.

A refusal (the PC was taken at another desk a moment ago) is shown in the dialog, the
list reloads and the keys stay in it: nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.selfservice.records import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from app.selfservice.service import SelfServiceService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay
from ui.failures import failure_text
from ui.selfservice.pc_board import PcBoard


class AssignPcDialog(QDialog):
    pc_assigned = Signal(str)  # the PC's name, for the card's message

    def __init__(
        self,
        service: SelfServiceService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None,
        citizen_id: str,
        citizen_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._citizen_id = citizen_id
        self._busy = False
        self.setWindowTitle(self.tr("Selvbetjenings-pc"))
        self.setAccessibleName(self.tr("Selvbetjenings-pc"))
        heading = QLabel(self.tr("Vælg en ledig pc til %1:").replace("%1", citizen_name))
        heading.setWordWrap(True)
        self.board = PcBoard(service, runner, changes, parent=self)
        self.board.table.activated.connect(lambda _index: self._on_assign_button_clicked())
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Tid i minutter"))
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        minutes_label = QLabel(self.tr("&Tid:"))
        minutes_label.setBuddy(self.minutes)
        form.addRow(minutes_label, self.minutes)
        self.assign_button = QPushButton(self.tr("Sæt ved &pc (Enter)"))
        self.assign_button.setAccessibleName(self.tr("Sæt ved pc"))
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.close_button = QPushButton(self.tr("&Luk (Esc)"))
        self.close_button.setAccessibleName(self.tr("Luk"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.board)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.board.release_button.setAutoDefault(False)
        self.board.table.setFocus()  # ↑/↓ choose a PC, Enter gives it

    def _on_assign_button_clicked(self) -> None:
        line = self.board.current_line()
        if self._busy:
            return
        if line is None or not line.is_free:
            self.board.message_label.setText(self.tr("Vælg en ledig pc (↑/↓)."))
            self.board.table.setFocus()
            return
        self._busy = True
        self.assign_button.setEnabled(False)
        citizen_id, code, label = self._citizen_id, line.pc.code, line.pc.label
        minutes = self.minutes.value()

        def done(_slot_id: str) -> None:
            self._busy = False
            self.pc_assigned.emit(label)
            self.accept()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.assign_button.setEnabled(True)
            self.board.message_label.setText(failure_text(error))
            self.board.refresh()
            self.board.table.setFocus()

        self._runner.run(
            lambda: self._service.assign(citizen_id, code, minutes), done, failed, owner=self
        )

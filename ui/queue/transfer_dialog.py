"""Choose where a ticket goes: a queue, and optionally one counter or one staff member
there; its place (arrival) is kept unless unticked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queue.service import QueueDirectory


@dataclass(frozen=True, slots=True)
class TransferChoice:
    service_code: str
    keep_arrival: bool
    to_counter: int | None = None
    to_staff: str | None = None


class TransferDialog(QDialog):
    chosen = Signal(object)  # TransferChoice

    def __init__(
        self,
        ticket_number: str,
        service_names: dict[str, str],
        current_service: str,
        parent: QWidget | None = None,
        directory: QueueDirectory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overfør billet %1").replace("%1", ticket_number))
        self.queues = QListWidget()
        self.queues.setAccessibleName(self.tr("Overfør til kø"))
        for code, name in service_names.items():
            if code != current_service:
                self._add_queue(name, code)
        if current_service in service_names:  # last: e.g. the same queue, for one counter
            same = self.tr("%1 (samme kø)").replace("%1", service_names[current_service])
            self._add_queue(same, current_service)
        self.queues.setCurrentRow(0)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Overfør til skranke eller medarbejder"))
        self.recipient.addItem(self.tr("Alle i køen"), "")  # data: "", counter:N or staff:ID
        if directory is not None:
            for number in directory.counters:
                self.recipient.addItem(
                    self.tr("Skranke %1").replace("%1", str(number)), f"counter:{number}"
                )
            for member in directory.staff:
                self.recipient.addItem(f"{member.initials} – {member.name}", f"staff:{member.id}")
        self.keep_arrival = QCheckBox(self.tr("&Behold pladsen i køen (oprindelig ankomst)"))
        self.keep_arrival.setAccessibleName(self.tr("Behold pladsen i køen"))
        self.keep_arrival.setChecked(True)  # fairness: a transfer is not a new arrival
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Overfør"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Overfør"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.queues.itemActivated.connect(lambda _item: self._accept())
        layout = QVBoxLayout(self)
        queues_label = QLabel(self.tr("&Til køen:"))
        queues_label.setBuddy(self.queues)
        layout.addWidget(queues_label)
        layout.addWidget(self.queues)
        recipient_label = QLabel(self.tr("&Kun for:"))
        recipient_label.setBuddy(self.recipient)
        layout.addWidget(recipient_label)
        layout.addWidget(self.recipient)
        layout.addWidget(self.keep_arrival)
        layout.addWidget(buttons)

    def _add_queue(self, text: str, code: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.queues.addItem(item)

    def choose_recipient(self, kind: str, value: object) -> None:
        """Select "Skranke n" or a staff member by id (what a keyboard user picks)."""
        self.recipient.setCurrentIndex(max(self.recipient.findData(f"{kind}:{value}"), 0))

    def _accept(self) -> None:
        item = self.queues.currentItem()
        if item is None:
            return
        kind, _sep, value = str(self.recipient.currentData() or "").partition(":")
        self.chosen.emit(
            TransferChoice(
                service_code=str(item.data(Qt.ItemDataRole.UserRole)),
                keep_arrival=self.keep_arrival.isChecked(),
                to_counter=int(value) if kind == "counter" else None,
                to_staff=str(value) if kind == "staff" else None,
            )
        )
        self.accept()

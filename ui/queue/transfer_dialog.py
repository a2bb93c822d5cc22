"""Choose the queue a ticket moves to; its place (arrival) is kept unless unticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class TransferDialog(QDialog):
    chosen = Signal(str, bool)  # service code, keep the original arrival

    def __init__(
        self,
        ticket_number: str,
        service_names: dict[str, str],
        current_service: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overfør billet %1").replace("%1", ticket_number))
        self.queues = QListWidget(accessibleName=self.tr("Overfør til kø"))
        for code, name in service_names.items():
            if code != current_service:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, code)
                self.queues.addItem(item)
        self.queues.setCurrentRow(0)
        self.keep_arrival = QCheckBox(
            self.tr("&Behold pladsen i køen (oprindelig ankomst)"),
            accessibleName=self.tr("Behold pladsen i køen"),
        )
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
        layout.addWidget(QLabel(self.tr("&Til køen:"), buddy=self.queues))
        layout.addWidget(self.queues)
        layout.addWidget(self.keep_arrival)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        item = self.queues.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)), self.keep_arrival.isChecked())
        self.accept()
